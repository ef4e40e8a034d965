// Evening gratitude: one thing I appreciate about you, one thing I appreciated about us today,
// delivered to my partner — with a gentle nudge toward who they are, not only what they did.
import { useState, type FormEvent } from 'react';
import { TextAreaField } from '../../components/field';
import { FormError } from '../../components/notice';
import { Page } from '../../components/page';
import { AppLink, useGo } from '../../lib/navigation';
import { MAX_GRATITUDE_LENGTH } from '../../lib/record-payloads';
import { useAction } from '../../lib/use-action';
import { gratitudeLibrary, say } from '../content/content-libraries';
import { saveGratitude } from '../practices/practice-actions';
import {
  BackToToday,
  EndedNote,
  NeedsPartner,
  usePracticeContext,
  usePracticeHistory,
  type HistoryContext,
} from '../practices/practice-frame';
import { thankYousFrom } from '../practices/practice-records';
import { gratitudeOf } from '../practices/practice-records';
import { GratitudeCard, GratitudeLetters } from './gratitude-card';
import { needsCoaching, promptOfTheDay, qualityNudges } from './gratitude-coaching';

/** After the partner has left: the thank-yous I sent, to reread; nothing new can be sent. */
function SentBefore({ history }: { history: HistoryContext }) {
  const name = history.couple.partnerName;
  const list = thankYousFrom(history.shared, history.couple.myId);
  return (
    <Page title="Evening gratitude" lead={`The thank-yous you sent ${name}.`}>
      <EndedNote partnerName={name} />
      {list.length === 0 ? (
        <p>You did not send {name} a thank-you while you were linked.</p>
      ) : (
        <GratitudeLetters label={`Thank-yous you sent ${name}`} letters={list} />
      )}
      <BackToToday />
    </Page>
  );
}

export default function GratitudePage() {
  const ctx = usePracticeContext();
  const history = usePracticeHistory();
  const library = gratitudeLibrary.use();
  const go = useGo();
  const [aboutYou, setAboutYou] = useState('');
  const [aboutUs, setAboutUs] = useState('');
  const [again, setAgain] = useState(false);
  const { busy, error, setError, run } = useAction();

  const title = 'Evening gratitude';
  if (!ctx && history?.ended) return <SentBefore history={history} />;
  if (!ctx) {
    return (
      <Page title={title} lead="Two small thank-yous at the end of the day.">
        <NeedsPartner />
        <BackToToday />
      </Page>
    );
  }
  const { couple, shared, today } = ctx;
  const name = couple.partnerName;
  const sent = gratitudeOf(shared, couple.myId, today);
  const prompts = library?.gratitudePrompts ?? [];
  const youPrompt = promptOfTheDay(prompts, 'appreciate-you', today);
  const usPrompt = promptOfTheDay(prompts, 'appreciate-us', today);
  const coaching = needsCoaching(aboutYou) ? promptOfTheDay(qualityNudges(prompts), 'coaching', today) : null;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!aboutYou.trim() && !aboutUs.trim()) {
      setError('Write at least one of the two. A few words are plenty.');
      return;
    }
    void run(
      async () => {
        await saveGratitude(today, aboutYou, aboutUs);
        go('/');
      },
      { leavesScreen: true },
    );
  };

  return (
    <Page title={title} lead={`Two small thank-yous for ${name}, at the end of the day.`}>
      {sent && !again ? (
        <section className="card" aria-labelledby="gratitude-sent">
          <h2 id="gratitude-sent" className="card-title">
            Sent to {name} today
          </h2>
          <GratitudeCard gratitude={sent} />
          <div className="row-actions">
            <button type="button" className="btn btn-secondary" onClick={() => setAgain(true)}>
              Write another
            </button>
          </div>
        </section>
      ) : (
        <form className="card stack" onSubmit={submit} noValidate>
          <TextAreaField
            label="One thing I appreciate about you"
            hint={youPrompt ? say(youPrompt.text) : undefined}
            value={aboutYou}
            onChange={(e) => setAboutYou(e.target.value)}
            maxLength={MAX_GRATITUDE_LENGTH}
            rows={3}
          />
          <div className="coach-slot" role="status" aria-live="polite">
            {coaching ? (
              <p className="coach-nudge">
                <span className="label-inline">A gentle idea: </span>
                {say(coaching.text)}
              </p>
            ) : null}
          </div>
          <TextAreaField
            label="One thing I appreciated about us today"
            hint={usPrompt ? say(usPrompt.text) : undefined}
            value={aboutUs}
            onChange={(e) => setAboutUs(e.target.value)}
            maxLength={MAX_GRATITUDE_LENGTH}
            rows={3}
          />
          <FormError message={error} />
          <div className="row-actions">
            <button type="submit" className="btn btn-primary" disabled={busy}>
              Send to {name}
            </button>
            {again ? (
              <button type="button" className="btn btn-quiet" onClick={() => setAgain(false)}>
                Cancel
              </button>
            ) : null}
          </div>
        </form>
      )}
      <p className="aside-link">
        <AppLink to="/thank-yous">Everything {name} has thanked you for</AppLink>
      </p>
      <BackToToday />
    </Page>
  );
}
