// Opening one sealed daily-question answer. Answers are not synced records: each is sealed for the
// couple under the record id 'reveal:' + tag, and the server hands them back as they were stored.
import type { ApiRevealAnswer } from '../../lib/api-types';
import { openPayload } from '../../lib/record-codec';
import type { QuestionAnswerPayload } from '../../lib/record-payloads';
import { revealRecordId } from '../../lib/sync-rules';

/** The answer inside, or null when it cannot be verified or is not an answer at all. */
export function openSealedAnswer(
  answer: ApiRevealAnswer,
  where: { coupleId: string; tag: string },
): QuestionAnswerPayload | null {
  try {
    const payload = openPayload(
      {
        scope: 'couple',
        ownerId: where.coupleId,
        keyEpoch: answer.keyEpoch,
        recordId: revealRecordId(where.tag),
        authorId: answer.authorId,
        version: 1,
      },
      answer,
    );
    return payload.type === 'question-answer' ? (payload as QuestionAnswerPayload) : null;
  } catch {
    return null;
  }
}
