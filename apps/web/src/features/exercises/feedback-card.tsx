// "How was it?" after an exercise: one tap, private unless I choose to share it.
import { howWasItAnswers, type HowWasIt } from '@hearth/core';
import { useMemo, useState } from 'react';
import { FormError } from '../../components/notice';
import { useAction } from '../../lib/use-action';
import { useSyncSnapshot } from '../../lib/use-session';
import { saveExerciseFeedback } from './exercise-actions';
import { feedbackFor } from './exercise-records';

const answerText: Record<HowWasIt, string> = { good: 'Good', okay: 'Okay', hard: 'Hard' };

export function FeedbackCard({
  sessionId,
  exerciseId,
  myId,
  partnerName,
}: {
  sessionId: string;
  exerciseId: string;
  myId: string;
  partnerName: string;
}) {
  const { records } = useSyncSnapshot();
  const { mine, partnerShared } = useMemo(
    () => feedbackFor(records, sessionId, myId),
    [records, sessionId, myId],
  );
  const [share, setShare] = useState(false);
  const { error, run } = useAction();

  const answer = (choice: HowWasIt) =>
    void run(() => saveExerciseFeedback(sessionId, exerciseId, choice, share));

  return (
    <div className="card card-soft feedback-card">
      <fieldset className="chip-group">
        <legend>How was it for you?</legend>
        {howWasItAnswers.map((choice) => (
          <button
            key={choice}
            type="button"
            className="btn btn-secondary"
            aria-pressed={mine?.answer === choice}
            onClick={() => answer(choice)}
          >
            {answerText[choice]}
          </button>
        ))}
      </fieldset>
      <label className="checkbox-row">
        <input type="checkbox" checked={share} onChange={(e) => setShare(e.target.checked)} />
        <span>Share my answer with {partnerName}</span>
      </label>
      <p className="muted" role="status" aria-live="polite">
        {mine ? `Saved: ${answerText[mine.answer]}.` : 'Only you see this unless you share it.'}
        {partnerShared ? ` ${partnerName} said: ${answerText[partnerShared.answer]}.` : ''}
      </p>
      <FormError message={error} />
    </div>
  );
}
