// My answers to daily questions live apart from the synced records (answer-then-reveal), so the
// export fetches them page by page and opens them the way the question screen does.
import { api } from '../../lib/api-client';
import type { ApiAuthoredAnswer } from '../../lib/api-types';
import { revealRecordId } from '../../lib/sync-rules';
import { openSealedAnswer } from '../question/sealed-answer';
import type { ExportRecordInput } from './export-builder';

export interface MyAnswers {
  answers: ExportRecordInput[];
  /** Answers this device holds no key for (a couple key it never received): left out. */
  unreadable: number;
}

function openAnswer(answer: ApiAuthoredAnswer): ExportRecordInput | null {
  const payload = openSealedAnswer(answer, answer);
  if (!payload) return null;
  return {
    id: revealRecordId(answer.tag),
    scope: 'couple',
    authorId: answer.authorId,
    version: 1,
    updatedAt: answer.createdAt,
    payload: payload as ExportRecordInput['payload'],
  };
}

/** Adds the question's words next to the answer, so the export reads on its own. */
function withQuestion(answer: ExportRecordInput, questionText: (id: string) => string | null) {
  const id = answer.payload.questionId;
  const question = typeof id === 'string' ? questionText(id) : null;
  return question ? { ...answer, payload: { ...answer.payload, question } } : answer;
}

export async function fetchMyAnswers(questionText: (id: string) => string | null): Promise<MyAnswers> {
  const answers: ExportRecordInput[] = [];
  let unreadable = 0;
  let after: string | null = null;
  do {
    const page: Awaited<ReturnType<typeof api.myAnswers>> = await api.myAnswers(after);
    for (const answer of page.answers) {
      const opened = openAnswer(answer);
      if (opened) answers.push(withQuestion(opened, questionText));
      else unreadable += 1;
    }
    after = page.next;
  } while (after);
  return { answers, unreadable };
}
