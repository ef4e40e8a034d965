// Where I am signed in, with a way to sign any other device out.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Loading } from '../../components/loading';
import { FormError } from '../../components/notice';
import { api } from '../../lib/api-client';
import { friendlyError } from '../../lib/friendly-errors';
import { formatDateTime } from '../../lib/format-date';

export function SessionsList() {
  const queryClient = useQueryClient();
  const sessions = useQuery({ queryKey: ['sessions'], queryFn: api.sessions });
  const [error, setError] = useState<string | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);

  const revoke = async (id: string) => {
    setBusyId(id);
    setError(null);
    try {
      await api.revokeSession(id);
      await queryClient.invalidateQueries({ queryKey: ['sessions'] });
    } catch (e) {
      setError(friendlyError(e));
    } finally {
      setBusyId(null);
    }
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
              {s.current ? null : (
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
