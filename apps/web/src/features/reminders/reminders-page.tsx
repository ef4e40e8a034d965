// Reminder settings: a time per practice, quiet hours and a time zone. The server keeps them to
// send content-free pushes; a private copy (reminder-prefs) follows me to my other devices.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { Field } from '../../components/field';
import { Loading } from '../../components/loading';
import { FormError } from '../../components/notice';
import { Page } from '../../components/page';
import { ApiError, api } from '../../lib/api-client';
import type { ReminderSettings } from '../../lib/api-types';
import { formatDateTime } from '../../lib/format-date';
import { friendlyError } from '../../lib/friendly-errors';
import { AppLink } from '../../lib/navigation';
import { writeRecord } from '../../lib/records';
import { useAction } from '../../lib/use-action';
import { useReminderPrefs } from './use-reminder-prefs';
import { deviceTimeZone } from '../../lib/local-today';
import { NotificationsCard } from './notifications-card';
import {
  reminderPractices,
  settingsForForm,
  settingsForServer,
  settingsProblem,
  DEFAULT_QUIET_HOURS,
} from './reminder-settings';

function timeZones(current: string): string[] {
  const all =
    (Intl as { supportedValuesOf?: (key: string) => string[] }).supportedValuesOf?.('timeZone') ?? [];
  return all.includes(current) ? all : [current, ...all];
}

function ReminderForm({ initial, prefsId }: { initial: ReminderSettings; prefsId: string | null }) {
  const queryClient = useQueryClient();
  const [form, setForm] = useState(initial);
  const [message, setMessage] = useState('');
  const { busy, error, setError, run } = useAction();
  useEffect(() => setForm(initial), [initial]);

  const setReminder = (index: number, change: Partial<ReminderSettings['reminders'][number]>) =>
    setForm((f) => ({ ...f, reminders: f.reminders.map((r, i) => (i === index ? { ...r, ...change } : r)) }));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const problem = settingsProblem(form);
    if (problem) {
      setError(problem);
      return;
    }
    void run(
      async () => {
        const body = settingsForServer(form);
        const saved = await api.putReminders(body);
        queryClient.setQueryData(['reminders'], saved);
        await writeRecord(
          'user',
          { type: 'reminder-prefs', ...body, updatedAt: new Date().toISOString() },
          prefsId ?? undefined,
        );
        setMessage('Reminders saved.');
      },
      {
        describeError: (err) =>
          err instanceof ApiError && err.isNetwork
            ? 'Reminders can only be saved while online.'
            : friendlyError(err),
      },
    );
  };

  return (
    <form className="card stack" onSubmit={submit} noValidate>
      <h2 className="card-title">When to remind me</h2>
      {form.reminders.map((r, index) => {
        const label = reminderPractices.find((p) => p.practice === r.practice)?.label ?? r.practice;
        return (
          <fieldset key={r.practice} className="reminder-row">
            <legend>{label}</legend>
            <label className="checkbox-row">
              <input
                type="checkbox"
                checked={r.enabled}
                onChange={(e) => setReminder(index, { enabled: e.target.checked })}
              />
              <span>Remind me</span>
            </label>
            <Field
              label="At"
              type="time"
              className="field-time"
              value={r.time}
              onChange={(e) => setReminder(index, { time: e.target.value })}
            />
            {r.enabled && r.nextDueAt ? (
              <p className="muted reminder-next">Next: {formatDateTime(r.nextDueAt)}</p>
            ) : null}
          </fieldset>
        );
      })}
      <fieldset className="reminder-row">
        <legend>Quiet hours</legend>
        <label className="checkbox-row">
          <input
            type="checkbox"
            checked={form.quietHours !== null}
            onChange={(e) =>
              setForm((f) => ({ ...f, quietHours: e.target.checked ? DEFAULT_QUIET_HOURS : null }))
            }
          />
          <span>No reminders during quiet hours</span>
        </label>
        {form.quietHours ? (
          <div className="row-fields">
            <Field
              label="From"
              type="time"
              className="field-time"
              value={form.quietHours.start}
              onChange={(e) =>
                setForm((f) => ({ ...f, quietHours: { ...f.quietHours!, start: e.target.value } }))
              }
            />
            <Field
              label="Until"
              type="time"
              className="field-time"
              value={form.quietHours.end}
              onChange={(e) =>
                setForm((f) => ({ ...f, quietHours: { ...f.quietHours!, end: e.target.value } }))
              }
            />
          </div>
        ) : null}
      </fieldset>
      <div className="field">
        <label htmlFor="reminder-zone">Time zone</label>
        <select
          id="reminder-zone"
          value={form.timeZone}
          onChange={(e) => setForm((f) => ({ ...f, timeZone: e.target.value }))}
        >
          {timeZones(form.timeZone).map((z) => (
            <option key={z} value={z}>
              {z.replaceAll('_', ' ')}
            </option>
          ))}
        </select>
      </div>
      <FormError message={error} />
      <div className="row-actions">
        <button type="submit" className="btn btn-primary" disabled={busy}>
          Save reminders
        </button>
        <p role="status" aria-live="polite" className="muted">
          {message}
        </p>
      </div>
    </form>
  );
}

export default function RemindersPage() {
  const prefs = useReminderPrefs();
  const query = useQuery({ queryKey: ['reminders'], queryFn: () => api.reminders(), retry: false });
  const stored = query.data ?? (query.isError ? prefs.prefs : null);
  const initial = useMemo(() => settingsForForm(stored, deviceTimeZone()), [stored]);

  return (
    <Page
      title="Reminders"
      lead="Gentle, discreet nudges at times you choose. The server learns the times and your time zone, never what you write."
    >
      <NotificationsCard />
      {query.isPending ? <Loading /> : <ReminderForm initial={initial} prefsId={prefs.recordId} />}
      <p className="aside-link">
        <AppLink to="/settings">Back to Settings</AppLink>
      </p>
    </Page>
  );
}
