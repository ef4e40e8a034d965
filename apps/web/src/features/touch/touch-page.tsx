// Touch: a one-tap log of everyday, non-sexual touch toward six a day (either of us can log for
// both), the 20-second hug and the two-minute touch ritual.
import { useState } from 'react';
import { FormError } from '../../components/notice';
import { Page } from '../../components/page';
import { AppLink } from '../../lib/navigation';
import { touchKinds, type TouchKind } from '../../lib/record-payloads';
import { useAction } from '../../lib/use-action';
import { logTouch } from '../practices/practice-actions';
import { BackToToday, NeedsPartner, usePracticeContext } from '../practices/practice-frame';
import { HugTimer } from './hug-timer';
import { touchLabels, touchSummary } from './touch-kinds';
import { TouchRing, useTouchProgress } from './touch-ring';

export default function TouchPage() {
  const ctx = usePracticeContext();
  const [message, setMessage] = useState('');
  const { error, run } = useAction();
  const progress = useTouchProgress(ctx?.shared ?? [], ctx?.today ?? '');

  const lead = 'Small, everyday, non-sexual touch. Six a day is a lovely aim; every one counts.';
  if (!ctx) {
    return (
      <Page title="Touch" lead={lead}>
        <NeedsPartner />
        <BackToToday />
      </Page>
    );
  }

  const log = (kind: TouchKind) =>
    run(async () => {
      await logTouch(ctx.today, kind);
      setMessage(`${touchLabels[kind]} logged. ${touchSummary(progress.count + 1, progress.goal)}.`);
    });

  return (
    <Page title="Touch" lead={lead}>
      <section className="card touch-card" aria-labelledby="touch-log">
        <h2 id="touch-log" className="card-title">
          Log a touch for the two of you
        </h2>
        <div className="touch-layout">
          <TouchRing count={progress.count} goal={progress.goal} size="large" />
          <div className="touch-buttons" role="group" aria-label="Kinds of touch">
            {touchKinds.map((kind) => (
              <button
                key={kind}
                type="button"
                className="btn btn-secondary touch-button"
                onClick={() => void log(kind)}
                aria-label={`Log: ${touchLabels[kind]}`}
              >
                {touchLabels[kind]}
              </button>
            ))}
          </div>
        </div>
        <p className="muted touch-status" role="status" aria-live="polite">
          {message || (progress.done ? 'Six today. Lovely.' : 'Either of you can log for both.')}
        </p>
        <FormError message={error} />
      </section>
      <section className="card" aria-labelledby="touch-hug">
        <h2 id="touch-hug" className="card-title">
          The 20-second hug
        </h2>
        <HugTimer onLog={() => logTouch(ctx.today, 'hug')} />
      </section>
      <section className="card" aria-labelledby="touch-ritual">
        <h2 id="touch-ritual" className="card-title">
          Two-minute touch ritual
        </h2>
        <p>
          A long hug, holding hands, fingertips along the arm and a short massage. It doesn’t need to lead
          anywhere.
        </p>
        <AppLink to="/exercises/ex-daily-touch-ritual" className="btn btn-secondary">
          Start the touch ritual
        </AppLink>
      </section>
      <BackToToday />
    </Page>
  );
}
