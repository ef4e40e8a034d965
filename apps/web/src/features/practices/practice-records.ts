import type { SharedMoment } from '@hearth/core';
// Reading the daily practices out of the decrypted records. Pure functions over the sync
// snapshot, so every rule (which check-in counts, which timer is running, what counts as a day we
// connected) is tested in Node.
import type { LocalDate, QuestionSkip } from '@hearth/core';
import type {
  CheckinPayload,
  DeviceFreePayload,
  GratitudePayload,
  QuestionPrefsPayload,
  QuestionReplyPayload,
  RecordPayload,
  TouchPayload,
  VulnerabilityPayload,
} from '../../lib/record-payloads';
import type { DecryptedRecord } from '../../lib/sync-snapshot';

/** A record with its payload narrowed to one type. */
export type Typed<P extends RecordPayload> = DecryptedRecord & { payload: P };

function ofType<T extends RecordPayload['type']>(
  records: readonly DecryptedRecord[],
  type: T,
): Typed<Extract<RecordPayload, { type: T }>>[] {
  return records.filter((r) => r.payload.type === type) as Typed<Extract<RecordPayload, { type: T }>>[];
}

/** Only the shared records of this couple (not an earlier, unlinked one). */
export function coupleRecords(records: readonly DecryptedRecord[], coupleId: string): DecryptedRecord[] {
  return records.filter((r) => r.scope === 'couple' && r.ownerId === coupleId);
}

function newest<P extends RecordPayload>(list: Typed<P>[], at: (p: P) => string): Typed<P> | null {
  let best: Typed<P> | null = null;
  for (const r of list) if (!best || at(r.payload) > at(best.payload)) best = r;
  return best;
}

/** What `authorId` wrote of a once-a-day practice for `date`: the latest one written counts. */
function ofTheDay<P extends CheckinPayload | GratitudePayload>(
  records: Typed<P>[],
  authorId: string,
  date: LocalDate,
): P | null {
  const written = records.filter((r) => r.authorId === authorId && r.payload.date === date);
  return newest(written, (p) => p.createdAt)?.payload ?? null;
}

/** One check-in per person per date. */
export function checkinOf(
  records: readonly DecryptedRecord[],
  authorId: string,
  date: LocalDate,
): CheckinPayload | null {
  return ofTheDay(ofType(records, 'checkin'), authorId, date);
}

/** Gratitude written by `authorId` on `date`. */
export function gratitudeOf(
  records: readonly DecryptedRecord[],
  authorId: string,
  date: LocalDate,
): GratitudePayload | null {
  return ofTheDay(ofType(records, 'gratitude'), authorId, date);
}

/** Everything `authorId` has thanked their partner for, newest first: the "Thank-yous" page. */
export function thankYousFrom(
  records: readonly DecryptedRecord[],
  authorId: string,
): Typed<GratitudePayload>[] {
  return ofType(records, 'gratitude')
    .filter((r) => r.authorId === authorId)
    .sort((a, b) =>
      a.payload.createdAt < b.payload.createdAt ? 1 : a.payload.createdAt > b.payload.createdAt ? -1 : 0,
    );
}

/** Touches the two of us logged on a date (either partner can log for both), oldest first. */
export function touchesOn(records: readonly DecryptedRecord[], date: LocalDate): Typed<TouchPayload>[] {
  return ofType(records, 'touch')
    .filter((r) => r.payload.date === date)
    .sort((a, b) => (a.payload.at < b.payload.at ? -1 : a.payload.at > b.payload.at ? 1 : 0));
}

export interface RunningDeviceFree {
  recordId: string;
  payload: DeviceFreePayload;
  endsAt: number;
}

/** When a device-free time ends: its planned end, or earlier when someone ended it for both. */
export function deviceFreeEnd(p: DeviceFreePayload): number {
  const planned = Date.parse(p.startedAt) + p.minutes * 60_000;
  const ended = p.endedAt ? Date.parse(p.endedAt) : Number.POSITIVE_INFINITY;
  return Math.min(planned, ended);
}

/** The device-free time running at `now`, if any (the most recently started one wins). */
export function runningDeviceFree(
  records: readonly DecryptedRecord[],
  now: number,
): RunningDeviceFree | null {
  const running = ofType(records, 'device-free').filter((r) => {
    const start = Date.parse(r.payload.startedAt);
    // A start a little in the future is a clock difference between the phones, not a plan.
    return start - 5 * 60_000 <= now && now < deviceFreeEnd(r.payload);
  });
  const latest = newest(running, (p) => p.startedAt);
  return latest
    ? { recordId: latest.id, payload: latest.payload, endsAt: deviceFreeEnd(latest.payload) }
    : null;
}

/** Letters (weekly vulnerability shares) written by `authorId`, newest first. */
export function sharesFrom(
  records: readonly DecryptedRecord[],
  authorId: string,
): Typed<VulnerabilityPayload>[] {
  return ofType(records, 'vulnerability')
    .filter((r) => r.authorId === authorId)
    .sort((a, b) =>
      a.payload.createdAt < b.payload.createdAt ? 1 : a.payload.createdAt > b.payload.createdAt ? -1 : 0,
    );
}

/** Skips of the daily question, by either partner: they move the question on for both. */
export function questionSkips(records: readonly DecryptedRecord[]): QuestionSkip[] {
  return ofType(records, 'question-skip').map((r) => ({
    date: r.payload.date,
    questionId: r.payload.questionId,
  }));
}

/** A partner's question choices (the newest, if a second device wrote its own copy offline). */
export function questionPrefsOf(
  records: readonly DecryptedRecord[],
  authorId: string,
): Typed<QuestionPrefsPayload> | null {
  return newest(
    ofType(records, 'question-prefs').filter((r) => r.authorId === authorId),
    (p) => p.updatedAt,
  );
}

/** Starred questions: both can star; the latest choice per question wins. */
export function starredQuestionIds(records: readonly DecryptedRecord[]): Set<string> {
  const latest = new Map<string, { at: string; starred: boolean }>();
  for (const r of ofType(records, 'question-favourite')) {
    const at = r.payload.at ?? r.updatedAt;
    const seen = latest.get(r.payload.questionId);
    if (!seen || at >= seen.at) latest.set(r.payload.questionId, { at, starred: r.payload.starred });
  }
  return new Set([...latest].filter(([, v]) => v.starred).map(([id]) => id));
}

/** Reactions and replies after a reveal, oldest first. */
export function repliesFor(records: readonly DecryptedRecord[], tag: string): Typed<QuestionReplyPayload>[] {
  return ofType(records, 'question-reply')
    .filter((r) => r.payload.tag === tag)
    .sort((a, b) => (a.payload.createdAt < b.payload.createdAt ? -1 : 1));
}

/**
 * The dates on which the two of us practised something together (a check-in, gratitude, a
 * touch, device-free time, a letter, a reply): what the kind streak counts. `dateOf` turns an
 * instant into a local date for the records that carry a time rather than a date.
 */
export function practiceDates(
  records: readonly DecryptedRecord[],
  dateOf: (iso: string) => LocalDate | null,
): SharedMoment[] {
  const out: SharedMoment[] = [];
  for (const r of records) {
    const p = r.payload;
    let date: LocalDate | null = null;
    let together = false;
    if (p.type === 'checkin' || p.type === 'gratitude') date = p.date;
    else if (p.type === 'touch') {
      date = p.date;
      together = p.forBoth;
    } else if (p.type === 'device-free') {
      // Both phones are put down at once: one thing done together.
      date = dateOf(p.startedAt);
      together = true;
    } else if (p.type === 'vulnerability' || p.type === 'question-reply') date = dateOf(p.createdAt);
    if (date) out.push(together ? { date, together: true } : { date, by: r.authorId });
  }
  return out;
}
