// The weekly vulnerability share: once a week, something my partner has never heard — a
// memory, a worry, a dream — shared like a letter. A prompt helps if the page feels blank.
import { isoWeek } from '@hearth/core';
import { useState, type FormEvent } from 'react';
import { TextAreaField } from '../../components/field';
import { FormError } from '../../components/notice';
import { Page } from '../../components/page';
import { MAX_SHARE_LENGTH } from '../../lib/record-payloads';
import { useAction } from '../../lib/use-action';
import { questionLibrary, say } from '../content/content-libraries';
import { saveShare } from '../practices/practice-actions';
import { BackToToday, NeedsPartner, usePracticeContext } from '../practices/practice-frame';
import { sharesFrom } from '../practices/practice-records';
import { LetterList } from './letter-list';
import { promptForWeek, sharePrompts } from './share-prompts';

export default function SharePage() {
  const ctx = usePracticeContext();
  const library = questionLibrary.use();
  const [offset, setOffset] = useState(0);
  const [text, setText] = useState('');
  const { busy, error, setError, run } = useAction();
  const title = 'This week’s share';

  if (!ctx) {
    return (
      <Page title={title}>
        <NeedsPartner />
        <BackToToday />
      </Page>
    );
  }
  const { couple, shared, today } = ctx;
  const name = couple.partnerName;
  const week = isoWeek(today);
  const mine = sharesFrom(shared, couple.myId);
  const theirs = sharesFrom(shared, couple.partnerId);
  const sharedThisWeek = mine.find((r) => r.payload.week === week);
  const theirsThisWeek = theirs.find((r) => r.payload.week === week);
  const prompt = library ? promptForWeek(sharePrompts(library.questions), week, offset) : null;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!text.trim()) {
      setError('Write a few lines first. It does not need to be big, only new to them.');
      return;
    }
    void run(async () => {
      await saveShare(today, text, prompt?.id);
      setText('');
    });
  };

  return (
    <Page title={title} lead={`Once a week, something ${name} has never heard: a memory, a worry, a dream.`}>
      {theirsThisWeek ? (
        <section className="letter letter-featured" aria-labelledby="share-from">
          <h2 id="share-from" className="card-title">
            From {name} this week
          </h2>
          <p className="letter-text">{theirsThisWeek.payload.text}</p>
        </section>
      ) : null}
      {sharedThisWeek ? (
        <section className="card" aria-labelledby="share-done">
          <h2 id="share-done" className="card-title">
            Your letter this week is with {name}
          </h2>
          <p className="letter-text">{sharedThisWeek.payload.text}</p>
        </section>
      ) : (
        <form className="card stack" onSubmit={submit} noValidate>
          <div className="prompt-box">
            <p className="label-inline">A prompt, if it helps</p>
            <p className="prompt-text" aria-live="polite">
              {prompt ? say(prompt.text) : 'Loading a prompt…'}
            </p>
            <button type="button" className="btn btn-quiet btn-small" onClick={() => setOffset((o) => o + 1)}>
              Another prompt
            </button>
          </div>
          <TextAreaField
            label={`Your letter to ${name}`}
            hint="Take your time. It only needs to be new to them."
            value={text}
            onChange={(e) => setText(e.target.value)}
            maxLength={MAX_SHARE_LENGTH}
            rows={6}
          />
          <FormError message={error} />
          <div className="row-actions">
            <button type="submit" className="btn btn-primary" disabled={busy}>
              Send the letter
            </button>
          </div>
        </form>
      )}
      {theirsThisWeek && theirs.length === 1 ? null : (
        <section className="section" aria-labelledby="share-theirs">
          <h2 id="share-theirs" className="section-title">
            {theirsThisWeek ? `Earlier letters from ${name}` : `Letters from ${name}`}
          </h2>
          <LetterList
            letters={theirs.filter((r) => r !== theirsThisWeek)}
            emptyText={`When ${name} shares something, it arrives here.`}
            label={`Letters from ${name}`}
          />
        </section>
      )}
      {mine.some((r) => r !== sharedThisWeek) ? (
        <section className="section" aria-labelledby="share-mine">
          <h2 id="share-mine" className="section-title">
            Your earlier letters
          </h2>
          <LetterList
            letters={mine.filter((r) => r !== sharedThisWeek)}
            emptyText=""
            label="Your earlier letters"
          />
        </section>
      ) : null}
      <BackToToday />
    </Page>
  );
}
