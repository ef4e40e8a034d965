// Shows the recovery key once, then asks for two of its groups back before continuing.
import { useMemo, useState, type FormEvent } from 'react';
import { BusyButton } from '../../components/busy-button';
import { Field } from '../../components/field';
import { FormError } from '../../components/notice';
import { groupMatches, pickConfirmationGroups, recoveryGroups } from './recovery-confirm';
import { recoveryKeyFileText } from './recovery-key-file';
import { LOSS_WARNING } from './recovery-wording';
import { useFocusHeadingOnStep } from '../../components/page';

export function RecoveryKeyStep({
  display,
  handle,
  busy,
  error,
  onConfirmed,
}: {
  display: string;
  /** The login handle, written into the saved file so it can be used long after. */
  handle: string;
  busy: boolean;
  error: string | null;
  onConfirmed: () => void;
}) {
  const groups = recoveryGroups(display);
  const [stage, setStage] = useState<'show' | 'confirm'>('show');
  useFocusHeadingOnStep(stage);
  const [positions] = useState(() => pickConfirmationGroups(groups.length));
  const [typed, setTyped] = useState<[string, string]>(['', '']);
  const [mismatch, setMismatch] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const fileUrl = useMemo(
    () =>
      URL.createObjectURL(
        new Blob([recoveryKeyFileText({ display, handle, serverAddress: location.origin })], {
          type: 'text/plain',
        }),
      ),
    [display, handle],
  );

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(display);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const ok = groupMatches(display, positions[0], typed[0]) && groupMatches(display, positions[1], typed[1]);
    if (!ok) {
      setMismatch('That does not match your recovery key. Check the groups and try again.');
      return;
    }
    setMismatch(null);
    onConfirmed();
  };

  if (stage === 'show') {
    return (
      <div className="stack">
        <p>
          This is your recovery key. It is the only other way into your account if you forget your password.
          Write it down or save it somewhere safe, away from this device.
        </p>
        <p className="recovery-key" aria-label={`Recovery key: ${groups.join(', ')}`}>
          {groups.map((g, i) => (
            <span key={i} className="recovery-group">
              {g}
            </span>
          ))}
        </p>
        <p className="notice notice-warning">{LOSS_WARNING}</p>
        <p className="muted">It is shown only this once.</p>
        <div className="row-actions">
          <button type="button" className="btn btn-secondary" onClick={() => void copy()}>
            {copied ? 'Copied' : 'Copy recovery key'}
          </button>
          <a className="btn btn-secondary" href={fileUrl} download="hearth-recovery-key.txt">
            Save as a file
          </a>
        </div>
        <p role="status" className="visually-hidden">
          {copied ? 'Recovery key copied.' : ''}
        </p>
        <button type="button" className="btn btn-primary btn-block" onClick={() => setStage('confirm')}>
          I have saved it
        </button>
      </div>
    );
  }

  return (
    <form className="stack" onSubmit={submit} noValidate>
      <p>To be sure it is saved, type two groups of your recovery key.</p>
      <div className="row-fields">
        {positions.map((pos, i) => (
          <Field
            key={pos}
            label={`Group ${pos + 1}`}
            className="field-short"
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            maxLength={6}
            value={typed[i]}
            onChange={(e) => setTyped((t) => (i === 0 ? [e.target.value, t[1]] : [t[0], e.target.value]))}
            required
          />
        ))}
      </div>
      <FormError message={mismatch ?? error} />
      <div className="stack-actions">
        <BusyButton
          type="submit"
          className="btn btn-primary btn-block"
          busy={busy}
          busyLabel="Creating your account…"
        >
          Confirm and create account
        </BusyButton>
        <button
          type="button"
          className="btn btn-quiet btn-block"
          onClick={() => setStage('show')}
          disabled={busy}
        >
          Show the key again
        </button>
      </div>
    </form>
  );
}
