// Morning check-in: two minutes, before logistics — how each of us feels about the day ahead.
import { validateMood } from '@hearth/core';
import { useState, type FormEvent } from 'react';
import { TextAreaField } from '../../components/field';
import { FormError } from '../../components/notice';
import { Page } from '../../components/page';
import { useGo } from '../../lib/navigation';
import { MAX_CHECKIN_HELP, MAX_CHECKIN_WORDS } from '../../lib/record-payloads';
import { useAction } from '../../lib/use-action';
import { saveCheckin } from '../practices/practice-actions';
import { BackToToday, NeedsPartner, usePracticeContext } from '../practices/practice-frame';
import { checkinOf } from '../practices/practice-records';
import { CheckinSummary } from './checkin-summary';
import { MoodPicker } from './mood-picker';

export default function CheckinPage() {
  const ctx = usePracticeContext();
  const go = useGo();
  const [mood, setMood] = useState<number | null>(null);
  const [words, setWords] = useState('');
  const [help, setHelp] = useState('');
  const [again, setAgain] = useState(false);
  const [moodError, setMoodError] = useState<string | null>(null);
  const { busy, error, run } = useAction();

  const title = 'Morning check-in';
  const lead = 'Two minutes for the two of you, before the day’s logistics.';
  if (!ctx) {
    return (
      <Page title={title} lead={lead}>
        <NeedsPartner />
        <BackToToday />
      </Page>
    );
  }
  const { couple, shared, today } = ctx;
  const mine = checkinOf(shared, couple.myId, today);
  const theirs = checkinOf(shared, couple.partnerId, today);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!validateMood(mood)) {
      setMoodError('Choose the word closest to how you feel.');
      return;
    }
    void run(
      async () => {
        await saveCheckin(today, mood, words, help);
        go('/');
      },
      { leavesScreen: true },
    );
  };

  return (
    <Page title={title} lead={lead}>
      {theirs ? (
        <section className="card card-soft" aria-labelledby="checkin-partner">
          <h2 id="checkin-partner" className="card-title">
            {couple.partnerName} this morning
          </h2>
          <CheckinSummary checkin={theirs} who={couple.partnerName} />
        </section>
      ) : null}
      {mine && !again ? (
        <section className="card" aria-labelledby="checkin-mine">
          <h2 id="checkin-mine" className="card-title">
            You checked in today
          </h2>
          <CheckinSummary checkin={mine} who="You" />
          <div className="row-actions">
            <button type="button" className="btn btn-secondary" onClick={() => setAgain(true)}>
              Check in again
            </button>
          </div>
        </section>
      ) : (
        <form className="card stack" onSubmit={submit} noValidate>
          <MoodPicker
            value={mood}
            onChange={(v) => {
              setMood(v);
              setMoodError(null);
            }}
            error={moodError}
          />
          <TextAreaField
            label="A few words (optional)"
            hint="About sleep, the day ahead, whatever is on your mind."
            value={words}
            onChange={(e) => setWords(e.target.value)}
            maxLength={MAX_CHECKIN_WORDS}
            rows={2}
          />
          <TextAreaField
            label="What would help me today (optional)"
            value={help}
            onChange={(e) => setHelp(e.target.value)}
            maxLength={MAX_CHECKIN_HELP}
            rows={2}
          />
          <FormError message={error} />
          <div className="row-actions">
            <button type="submit" className="btn btn-primary" disabled={busy}>
              Share with {couple.partnerName}
            </button>
            {again ? (
              <button type="button" className="btn btn-quiet" onClick={() => setAgain(false)}>
                Cancel
              </button>
            ) : null}
          </div>
        </form>
      )}
      <BackToToday />
    </Page>
  );
}
