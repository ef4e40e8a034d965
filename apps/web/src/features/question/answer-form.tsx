// Answering today's question privately. Saved answers cannot be changed (answer-then-reveal).
import { useState, type FormEvent } from 'react';
import { TextAreaField } from '../../components/field';
import { FormError } from '../../components/notice';
import { MAX_ANSWER_LENGTH } from '../../lib/record-payloads';
import { useAction } from '../../lib/use-action';
import { answerQuestion } from '../practices/practice-actions';
import type { DailyQuestionReady } from './use-daily-question';

export function AnswerForm({ state }: { state: DailyQuestionReady }) {
  const [text, setText] = useState('');
  const { busy, error, setError, run } = useAction();
  const name = state.couple.partnerName;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!text.trim()) {
      setError('Write your answer first. A sentence or two is plenty.');
      return;
    }
    // A saved answer replaces this form with the waiting or reveal view.
    void run(
      () =>
        answerQuestion(
          {
            tag: state.tag,
            coupleId: state.couple.coupleId,
            epoch: state.couple.epoch,
            questionId: state.question.id,
            date: state.date,
          },
          text,
        ),
      { leavesScreen: true },
    );
  };

  return (
    <form className="stack" onSubmit={submit} noValidate>
      <TextAreaField
        label="Your answer"
        hint={`Only you can read it until ${name} has answered too. Then both answers unlock together, and neither can be changed.`}
        value={text}
        onChange={(e) => setText(e.target.value)}
        maxLength={MAX_ANSWER_LENGTH}
        rows={4}
      />
      <FormError message={error} />
      <div className="row-actions">
        <button type="submit" className="btn btn-primary" disabled={busy}>
          Save my answer
        </button>
      </div>
    </form>
  );
}
