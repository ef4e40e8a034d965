// Fetching and opening the two answers of a daily question. The server decides what we get: the
// partner's sealed answer only once mine is stored (answer-then-reveal). Here we only open what
// came, check it is what we asked for, and keep the ciphertext for reading offline.
import { ApiError, api } from '../../lib/api-client';
import type { ApiReveal, ApiRevealAnswer } from '../../lib/api-types';
import { appSession } from '../../lib/app-session';
import type { QuestionAnswerPayload } from '../../lib/record-payloads';
import { openSealedAnswer } from './sealed-answer';

export interface RevealContext {
  tag: string;
  coupleId: string;
  myId: string;
  questionId: string;
  date: string;
}

export interface OpenedReveal {
  mine: QuestionAnswerPayload | null;
  partner: QuestionAnswerPayload | null;
  partnerAnswered: boolean;
  /** An answer came that could not be verified (or was for another question): it is not shown. */
  problem: boolean;
}

/** An answer sealed for another question or day is refused like a broken one. */
function openAnswer(answer: ApiRevealAnswer, ctx: RevealContext): QuestionAnswerPayload | null {
  const opened = openSealedAnswer(answer, ctx);
  return opened && opened.questionId === ctx.questionId && opened.date === ctx.date ? opened : null;
}

/** Opens both answers; an answer claiming the wrong author is refused like a broken one. */
export function openReveal(reveal: ApiReveal, ctx: RevealContext): OpenedReveal {
  const mine = reveal.mine && reveal.mine.authorId === ctx.myId ? openAnswer(reveal.mine, ctx) : null;
  const partner =
    reveal.partner && reveal.partner.authorId !== ctx.myId ? openAnswer(reveal.partner, ctx) : null;
  return {
    mine,
    partner,
    partnerAnswered: reveal.partnerAnswered || reveal.partner !== null,
    problem: (reveal.mine !== null && mine === null) || (reveal.partner !== null && partner === null),
  };
}

/** GET /api/reveals/:tag, remembered on this device; offline, the last answer we had. */
export async function fetchReveal(tag: string): Promise<ApiReveal | null> {
  const store = appSession.localStore;
  try {
    const reveal = await api.reveal(tag);
    await store?.saveReveal(tag, reveal).catch(() => undefined);
    return reveal;
  } catch (error) {
    if (error instanceof ApiError && (error.isNetwork || error.status >= 500)) {
      return (await store?.loadReveal(tag)) ?? null;
    }
    throw error;
  }
}
