// "Allow notifications" for this device, with plain words for every state it can be in.
import { useEffect, useState } from 'react';
import { FormError } from '../../components/notice';
import { useAction } from '../../lib/use-action';
import { disablePush, enablePush, pushState, type PushState } from './push-subscription';

const explanation: Record<PushState, string> = {
  unsupported: 'This browser cannot show notifications from Hearth. Reminders still show on Today.',
  blocked: 'Notifications are blocked for Hearth in this browser’s settings. You can allow them there.',
  off: 'Reminders arrive as a discreet “Hearth — a gentle reminder”, never with what they are about.',
  on: 'Notifications are on for this device. They never say what they are about.',
  unavailable:
    'This browser could not reach its notification service, so reminders cannot arrive here. They still show on Today.',
};

export function NotificationsCard() {
  const [state, setState] = useState<PushState | null>(null);
  const { busy, error, run } = useAction();

  useEffect(() => {
    let live = true;
    void pushState().then((s) => live && setState(s));
    return () => {
      live = false;
    };
  }, []);

  const change = (action: () => Promise<PushState>) =>
    run(async () => {
      setState(await action());
    });

  return (
    <section className="card" aria-labelledby="r-notifications">
      <h2 id="r-notifications" className="card-title">
        Notifications on this device
      </h2>
      <p role="status" aria-live="polite">
        {state ? explanation[state] : 'Checking…'}
      </p>
      <FormError message={error} />
      {state === 'off' ? (
        <button
          type="button"
          className="btn btn-primary"
          disabled={busy}
          onClick={() => void change(enablePush)}
        >
          Allow notifications
        </button>
      ) : state === 'on' ? (
        <button
          type="button"
          className="btn btn-secondary"
          disabled={busy}
          onClick={() => void change(disablePush)}
        >
          Turn off on this device
        </button>
      ) : null}
    </section>
  );
}
