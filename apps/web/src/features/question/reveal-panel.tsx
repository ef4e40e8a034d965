// Both answers, side by side once both of us have answered; then a reaction or a short reply.
import { useState, type FormEvent } from 'react';
import { TextAreaField } from '../../components/field';
import { MAX_REPLY_LENGTH, reactionKinds, type ReactionKind } from '../../lib/record-payloads';
import { useAction } from '../../lib/use-action';
import { say } from '../content/content-libraries';
import { replyToQuestion } from '../practices/practice-actions';
import { usePracticeContext } from '../practices/practice-frame';
import { repliesFor } from '../practices/practice-records';
import { reactionLabels } from './reactions';
import type { DailyQuestionReady } from './use-daily-question';

export function RevealPanel({ state }: { state: DailyQuestionReady }) {
  const ctx = usePracticeContext();
  const [text, setText] = useState('');
  const { error, run } = useAction();
  const name = state.couple.partnerName;
  const replies = repliesFor(ctx?.shared ?? [], state.tag);
  const myReaction = [...replies]
    .reverse()
    .find((r) => r.authorId === state.couple.myId && r.payload.reaction)?.payload.reaction;

  const send = (reply: { reaction?: ReactionKind; text?: string }) =>
    run(async () => {
      await replyToQuestion(state.tag, reply);
      if (reply.text) setText('');
    });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (text.trim()) void send({ text });
  };
  const who = (authorId: string) => (authorId === state.couple.myId ? 'You' : name);

  return (
    <div className="stack">
      <div className="answers">
        <section className="answer" aria-labelledby="answer-mine">
          <h3 id="answer-mine" className="answer-who">
            You
          </h3>
          <p className="quote-text">{state.mine?.text}</p>
        </section>
        <section className="answer" aria-labelledby="answer-partner">
          <h3 id="answer-partner" className="answer-who">
            {name}
          </h3>
          <p className="quote-text">{state.partner?.text}</p>
        </section>
      </div>
      {state.question.followUp ? (
        <p className="follow-up">
          <span className="label-inline">To talk about together: </span>
          {say(state.question.followUp)}
        </p>
      ) : null}
      <div className="reaction-row" role="group" aria-label={`React to ${name}’s answer`}>
        {reactionKinds.map((kind) => (
          <button
            key={kind}
            type="button"
            className="btn btn-secondary btn-small reaction"
            aria-pressed={myReaction === kind}
            onClick={() => void send({ reaction: kind })}
          >
            {reactionLabels[kind]}
          </button>
        ))}
      </div>
      {replies.length > 0 ? (
        <ul className="reply-list" aria-label="Replies">
          {replies.map((r) => (
            <li key={r.id}>
              <span className="label-inline">{who(r.authorId)}: </span>
              {r.payload.reaction ? <span>{reactionLabels[r.payload.reaction]}</span> : null}
              {r.payload.reaction && r.payload.text ? ' · ' : null}
              {r.payload.text ? <span className="reply-text">{r.payload.text}</span> : null}
            </li>
          ))}
        </ul>
      ) : null}
      <form className="composer" onSubmit={submit} noValidate>
        <TextAreaField
          label={`A short reply to ${name}`}
          value={text}
          onChange={(e) => setText(e.target.value)}
          maxLength={MAX_REPLY_LENGTH}
          rows={2}
          error={error}
        />
        <button type="submit" className="btn btn-secondary">
          Send reply
        </button>
      </form>
    </div>
  );
}
