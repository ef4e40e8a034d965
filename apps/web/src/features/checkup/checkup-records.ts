// Reading the check-up out of the decrypted records: my private check-ups and draft, the summaries
// each of us chose to share, and the couple's life stage. Pure, so the rules are tested in Node.
import { checkupDimensions, type BarrierId, type CheckupDimension } from '@hearth/content';
import type { CoupleSummary, LocalDate, SharedCheckup } from '@hearth/core';
import type { CheckupSharePayload } from '../../lib/record-payloads';
import type { DecryptedRecord } from '../../lib/sync-snapshot';
import { myPrivate, recordsOfType, type RecordOf } from './records-of-type';

const byString =
  <T>(key: (item: T) => string) =>
  (a: T, b: T): number =>
    key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;

/** My finished check-ups, oldest first. Only ever my own user-scope records. */
export function myCheckups(records: readonly DecryptedRecord[], myId: string): RecordOf<'checkup'>[] {
  return recordsOfType(myPrivate(records, myId), 'checkup').sort(byString((r) => r.payload.completedAt));
}

/** The check-up I paused, if any (the newest, if two devices each kept one). */
export function myDraft(records: readonly DecryptedRecord[], myId: string): RecordOf<'checkup-draft'> | null {
  return (
    recordsOfType(myPrivate(records, myId), 'checkup-draft')
      .sort(byString((r) => r.payload.updatedAt))
      .at(-1) ?? null
  );
}

/** Summaries `authorId` shared with the couple, oldest first. */
export function sharesBy(shared: readonly DecryptedRecord[], authorId: string): RecordOf<'checkup-share'>[] {
  return recordsOfType(shared, 'checkup-share')
    .filter((r) => r.scope === 'couple' && r.authorId === authorId)
    .sort(byString((r) => r.payload.sharedAt));
}

const knownDimensions = new Set<string>(checkupDimensions);

/**
 * A shared summary as the plan and the together view use it. Parts this app does not know (from a
 * newer app) are left out rather than guessed at.
 */
export function coupleSummaryOf(payload: CheckupSharePayload): CoupleSummary {
  const { summary } = payload;
  return {
    instrumentId: summary.instrumentId,
    version: summary.version,
    dimensions: summary.dimensions
      .filter((entry) => knownDimensions.has(entry.dimension))
      .map((entry) => ({ ...entry, dimension: entry.dimension as CheckupDimension })),
    workOnFirst: summary.workOnFirst
      .filter((entry) => knownDimensions.has(entry.dimension))
      .map((entry) => ({ dimension: entry.dimension as CheckupDimension, exerciseIds: entry.exerciseIds })),
    barriers: summary.barriers as BarrierId[],
  };
}

/** Every shared check-up of this couple, for the plan (it keeps each partner's latest by date). */
export function sharedCheckups(shared: readonly DecryptedRecord[]): SharedCheckup[] {
  return recordsOfType(shared, 'checkup-share')
    .filter((r) => r.scope === 'couple')
    .map((r) => ({ partner: r.authorId, takenOn: r.payload.takenOn, summary: coupleSummaryOf(r.payload) }));
}

/** The couple's life stages: the latest setting either of us saved; none until one is saved. */
export function lifeStagesOf(shared: readonly DecryptedRecord[]): string[] | null {
  const latest = recordsOfType(shared, 'life-stage')
    .sort(byString((r) => r.payload.updatedAt))
    .at(-1);
  return latest ? latest.payload.stages : null;
}

/**
 * What the together view may show. The partner's summary only once I have shared mine too, so
 * sharing is mutual and neither of us is looked at one-sidedly.
 */
export interface TogetherState {
  mine: RecordOf<'checkup-share'> | null;
  theirs: RecordOf<'checkup-share'> | null;
  /** The partner has shared and is waiting for me: said only when I open the together view. */
  partnerWaiting: boolean;
}

export function togetherState(
  shared: readonly DecryptedRecord[],
  myId: string,
  partnerId: string,
): TogetherState {
  const mine = sharesBy(shared, myId).at(-1) ?? null;
  const theirs = sharesBy(shared, partnerId).at(-1) ?? null;
  return { mine, theirs: mine ? theirs : null, partnerWaiting: !mine && theirs !== null };
}

/** The dates of my check-ups, for the monthly retake reminder. */
export function myCheckupDates(records: readonly DecryptedRecord[], myId: string): LocalDate[] {
  return myCheckups(records, myId).map((r) => r.payload.takenOn);
}
