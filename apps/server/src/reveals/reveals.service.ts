import type { AppContext } from '../context';
import type { Db } from '../db/database';
import { createCouplesRepository, type CouplesRepository } from '../couples/couples.repository';
import { requireCoupleOpenForWrites } from '../couples/couple-writes';
import { HearthError } from '../errors/catalogue';
import { createChangeNoticesRepository } from '../events/change-notices.repository';
import { cursorFields, pageCursor } from '../http/page-cursor';
import {
  createRevealsRepository,
  type AnswerCursor,
  type RevealAnswerRow,
  type RevealsRepository,
} from './reveals.repository';
import { toStoredMinute } from '@hearth/core';

export interface RevealAnswerView {
  authorId: string;
  keyEpoch: number;
  wrappedDek: string;
  body: string;
  createdAt: string;
}

export interface RevealView {
  tag: string;
  mine: RevealAnswerView | null;
  partner: RevealAnswerView | null;
  partnerAnswered: boolean;
}

/** One of my own answers, with where it belongs (the couple and tag its seal is bound to). */
export interface AuthoredAnswerView extends RevealAnswerView {
  coupleId: string;
  tag: string;
}

export interface AuthoredAnswersPage {
  answers: AuthoredAnswerView[];
  /** Pass as `after` for the next page; null when this was the last. */
  next: string | null;
}

/** Where a page of my answers ends: the last answer's time, couple and tag. */
export const answerCursor = pageCursor({
  createdAt: cursorFields.instant,
  coupleId: cursorFields.uuid,
  tag: cursorFields.tag,
});

export interface RevealAnswerInput {
  keyEpoch: number;
  wrappedDek: string;
  body: string;
}

function answerView(row: RevealAnswerRow): RevealAnswerView {
  return {
    authorId: row.authorId,
    keyEpoch: row.keyEpoch,
    wrappedDek: row.wrappedDek,
    body: row.body,
    createdAt: row.createdAt.toISOString(),
  };
}

// The server learns only that someone answered on a day; minutes are as precise as it gets.

/**
 * Builds the views for some tags. The couples are searched in order (the current couple first,
 * then read-only former ones) and each tag is answered from the first couple that has anything
 * under it, so a tag never mixes answers from two couples.
 */
async function buildViews(
  reveals: RevealsRepository,
  readerId: string,
  coupleIds: string[],
  tags: string[],
): Promise<RevealView[]> {
  const [readable, answered] = await Promise.all([
    reveals.readableAnswers(readerId, coupleIds, tags),
    reveals.answeredBy(coupleIds, tags),
  ]);
  return tags.map((tag) => {
    const coupleId = coupleIds.find((id) => answered.some((row) => row.coupleId === id && row.tag === tag));
    const here = readable.filter((row) => row.coupleId === coupleId && row.tag === tag);
    const mine = here.find((row) => row.authorId === readerId);
    const partner = here.find((row) => row.authorId !== readerId);
    return {
      tag,
      mine: mine ? answerView(mine) : null,
      partner: partner ? answerView(partner) : null,
      partnerAnswered: answered.some(
        (row) => row.coupleId === coupleId && row.tag === tag && row.authorId !== readerId,
      ),
    };
  });
}

/** The couples whose answers a person may read, the current one first; none at all → 409. */
async function readableCoupleIds(couples: CouplesRepository, userId: string): Promise<string[]> {
  const all = await couples.allCoupleIdsOf(userId);
  if (all.length === 0) throw new HearthError('HEARTH_NO_COUPLE');
  const current = await couples.currentCoupleOf(userId);
  return current ? [current.couple.id, ...all.filter((id) => id !== current.couple.id)] : all;
}

export function createRevealsService(ctx: AppContext) {
  const db = ctx.database.db;

  return {
    /** Stores my answer once. It can never be replaced, before or after the partner's arrives. */
    async answer(userId: string, tag: string, input: RevealAnswerInput): Promise<RevealView> {
      return db.transaction(async (rawTx) => {
        const tx = rawTx as unknown as Db;
        const couples = createCouplesRepository(tx);
        const reveals = createRevealsRepository(tx);
        const current = requireCoupleOpenForWrites(await couples.currentCoupleOf(userId));
        if (input.keyEpoch !== current.couple.epoch) {
          throw new HearthError('HEARTH_VALIDATION', {
            message: 'This was sealed with an old shared key; please sync and try again.',
          });
        }
        const coupleId = current.couple.id;
        const inserted = await reveals.insertOnce({
          coupleId,
          tag,
          authorId: userId,
          keyEpoch: input.keyEpoch,
          wrappedDek: input.wrappedDek,
          body: input.body,
          createdAt: toStoredMinute(ctx.clock.now()),
        });
        if (!inserted) throw new HearthError('HEARTH_ALREADY_ANSWERED');
        const members = await couples.members(coupleId);
        await createChangeNoticesRepository(tx).publish({
          kind: 'change',
          userIds: members.map((member) => member.userId),
        });
        return (await buildViews(reveals, userId, [coupleId], [tag]))[0]!;
      });
    },

    /** My own answers in every couple I have been part of, for my export. */
    async authored(userId: string, after: AnswerCursor | null, limit: number): Promise<AuthoredAnswersPage> {
      const rows = await createRevealsRepository(db).authoredBy(userId, after, limit + 1);
      const page = rows.slice(0, limit);
      const last = page[page.length - 1];
      return {
        answers: page.map((row) => ({ ...answerView(row), coupleId: row.coupleId, tag: row.tag })),
        next:
          rows.length > limit && last
            ? answerCursor.encode({
                createdAt: last.createdAt.toISOString(),
                coupleId: last.coupleId,
                tag: last.tag,
              })
            : null,
      };
    },

    async view(userId: string, tags: string[]): Promise<RevealView[]> {
      const coupleIds = await readableCoupleIds(createCouplesRepository(db), userId);
      return buildViews(createRevealsRepository(db), userId, coupleIds, [...new Set(tags)]);
    },
  };
}

export type RevealsService = ReturnType<typeof createRevealsService>;
