// Answering today's question privately. Saved answers cannot be changed (answer-then-reveal).
import { useState, type FormEvent } from 'react';
import { TextAreaField } from '../../components/field';
import { FormError } from '../../components/notice';
import { friendlyError } from '../../lib/friendly-errors';
import { MAX_ANSWER_LENGTH } from '../../lib/record-payloads';
import { answerQuestion } from '../practices/practice-actions';
import type { DailyQuestionReady } from './use-daily-question';

export function AnswerForm({ state }: { state: DailyQuestionReady }) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const name = state.couple.partnerName;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!text.trim()) {
      setError('Write your answer first. A sentence or two is plenty.');
      return;
    }
    setBusy(true);
    try {
      await answerQuestion(
        {
          tag: state.tag,
          coupleId: state.couple.coupleId,
          epoch: state.couple.epoch,
          questionId: state.question.id,
          date: state.date,
        },
        text,
      );
    } catch (err) {
      setError(friendlyError(err));
      setBusy(false);
    }
  };

  return (
    <form className="stack" onSubmit={(e) => void submit(e)} noValidate>
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
