// Device-free time: 15, 20 or 30 minutes with both phones away. Starting it here makes both
// phones show only a calm timer (see calm-timer-overlay.tsx).
import { useState, type FormEvent } from 'react';
import { FormError } from '../../components/notice';
import { Page } from '../../components/page';
import { deviceFreeMinutes, type DeviceFreePayload } from '../../lib/record-payloads';
import { useAction } from '../../lib/use-action';
import { startDeviceFree } from '../practices/practice-actions';
import { BackToToday, NeedsPartner, usePracticeContext } from '../practices/practice-frame';
import { prepareSound } from '../timers/soft-bell';

export default function DeviceFreePage() {
  const ctx = usePracticeContext();
  const [minutes, setMinutes] = useState<DeviceFreePayload['minutes']>(20);
  const { busy, error, run } = useAction();
  const lead =
    'Phones away for a while. Both phones show a calm timer and nothing else until the time is up.';

  if (!ctx) {
    return (
      <Page title="Device-free time" lead={lead}>
        <NeedsPartner />
        <BackToToday />
      </Page>
    );
  }

  const submit = (e: FormEvent) => {
    e.preventDefault();
    prepareSound();
    void run(() => startDeviceFree(minutes));
  };

  return (
    <Page title="Device-free time" lead={lead}>
      <form className="card stack" onSubmit={submit}>
        <fieldset className="radio-group">
          <legend>How long?</legend>
          <div className="choice-row">
            {deviceFreeMinutes.map((m) => (
              <label key={m} className="choice">
                <input
                  type="radio"
                  name="minutes"
                  value={m}
                  checked={minutes === m}
                  onChange={() => setMinutes(m)}
                />
                <span>{m} minutes</span>
              </label>
            ))}
          </div>
        </fieldset>
        <p className="muted">
          Put both phones in another room or a drawer. Talk, walk, cook, play — anything without a screen.
        </p>
        <FormError message={error} />
        <div className="row-actions">
          <button type="submit" className="btn btn-primary" disabled={busy}>
            Start for both of us
          </button>
        </div>
      </form>
      <BackToToday />
    </Page>
  );
}
