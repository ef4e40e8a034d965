// Where I am signed in, with a way to sign any other device out (after a fresh password check,
// so someone holding this unlocked phone cannot quietly sign the owner out elsewhere).
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Loading } from '../../components/loading';
import { FormError } from '../../components/notice';
import { ApiError, api } from '../../lib/api-client';
import { friendlyError } from '../../lib/friendly-errors';
import { formatDateTime } from '../../lib/format-date';
import { useAction } from '../../lib/use-action';
import { useMe } from '../../lib/use-session';
import { ReauthForm } from '../auth/reauth-form';

export function SessionsList() {
  const me = useMe();
  const queryClient = useQueryClient();
  const sessions = useQuery({ queryKey: ['sessions'], queryFn: api.sessions });
  const { error, run } = useAction();
  const [busyId, setBusyId] = useState<string | null>(null);
  const [confirmingId, setConfirmingId] = useState<string | null>(null);

  const revoke = async (id: string) => {
    setBusyId(id);
    await run(async () => {
      try {
        await api.revokeSession(id);
      } catch (e) {
        // Not a failure: the password is asked for next to that device, and this runs again.
        if (!(e instanceof ApiError && e.code === 'HEARTH_REAUTH_REQUIRED')) throw e;
        setConfirmingId(id);
        return;
      }
      setConfirmingId(null);
      await queryClient.invalidateQueries({ queryKey: ['sessions'] });
    });
    setBusyId(null);
  };

  if (sessions.isPending) return <Loading label="Loading your sessions…" />;
  if (sessions.isError) return <FormError message={friendlyError(sessions.error)} />;

  return (
    <>
      <ul className="session-list" aria-label="Signed-in devices">
        {[...sessions.data.sessions]
          .sort((x, y) => Number(y.current) - Number(x.current))
          .map((s) => (
            <li key={s.id} className="session">
              <div>
                <p className="session-device">
                  {s.device || 'Unknown device'}
                  {s.current ? <span className="badge badge-accent">This device</span> : null}
                </p>
                <p className="muted">
                  Signed in {formatDateTime(s.createdAt)} · last active {formatDateTime(s.lastSeenAt)}
                </p>
              </div>
              {s.current ? null : confirmingId === s.id ? (
                <div className="stack session-confirm">
                  <p>To sign {s.device || 'this device'} out, please confirm your password.</p>
                  <ReauthForm
                    handle={me.user.handle}
                    submitLabel="Confirm and sign out"
                    onConfirmed={() => revoke(s.id)}
                  />
                  <button
                    type="button"
                    className="btn btn-quiet btn-small"
                    onClick={() => setConfirmingId(null)}
                  >
                    Cancel
                  </button>
                </div>
              ) : (
                <button
                  type="button"
                  className="btn btn-quiet btn-small"
                  onClick={() => void revoke(s.id)}
                  disabled={busyId === s.id}
                  aria-label={`Sign out ${s.device || 'device'} signed in ${formatDateTime(s.createdAt)}`}
                >
                  Sign out
                </button>
              )}
            </li>
          ))}
      </ul>
      <FormError message={error} />
    </>
  );
}
