// Export: confirm the password, then download JSON and a readable HTML page of what I wrote.
import { useState } from 'react';
import { Notice } from '../../components/notice';
import { Page } from '../../components/page';
import { AppLink } from '../../lib/navigation';
import { useMyProfile } from '../../lib/use-people';
import { appSession } from '../../lib/app-session';
import { useMe } from '../../lib/use-session';
import { ReauthForm } from '../auth/reauth-form';
import { checkupLibrary, exerciseLibrary, questionLibrary, say } from '../content/content-libraries';
import { buildExport, renderExportHtml, type ExportData } from './export-builder';
import { downloadText } from './download';
import { fetchMyAnswers } from './my-answers';

export default function ExportPage() {
  const me = useMe();
  const { name } = useMyProfile();
  const [data, setData] = useState<ExportData | null>(null);
  const [labels, setLabels] = useState<Map<string, string>>(new Map());
  const [unreadable, setUnreadable] = useState(0);

  const prepare = async () => {
    // Make sure the latest from the server is included.
    await appSession.engine?.sync();
    await appSession.engine?.whenComplete();
    const records = appSession.engine?.snapshot.records ?? [];
    const library = await questionLibrary.load();
    const byId = new Map(library.questions.map((q) => [q.id, say(q.text)]));
    // Check-up statements and exercise titles, so the readable page shows words, not ids.
    const [checkups, exercises] = await Promise.all([checkupLibrary.load(), exerciseLibrary.load()]);
    const words = new Map<string, string>(byId);
    for (const instrument of checkups.checkupInstruments)
      for (const item of [...instrument.items, ...instrument.barriers.items, ...instrument.safety.items])
        words.set(item.id, say(item.text));
    for (const exercise of exercises.exercises) words.set(exercise.id, say(exercise.title));
    setLabels(words);
    const answers = await fetchMyAnswers((id) => byId.get(id) ?? null);
    const exported = buildExport({
      userId: me.user.id,
      handle: me.user.handle,
      name,
      exportedAt: new Date().toISOString(),
      records: [
        ...records.map((r) => ({
          ...r,
          payload: r.payload as ExportData['records'][number]['content'] & { type: string },
        })),
        ...answers.answers,
      ],
    });
    setUnreadable(answers.unreadable);
    setData(exported);
  };

  const stamp = new Date().toISOString().slice(0, 10);
  return (
    <Page
      title="Export my data"
      lead="Everything you wrote, decrypted here on your device. The files never pass through our server."
    >
      {!data ? (
        <>
          <p>For your safety, please confirm your password first.</p>
          <ReauthForm handle={me.user.handle} submitLabel="Prepare my export" onConfirmed={prepare} />
        </>
      ) : (
        <>
          <Notice tone="success" title="Your export is ready">
            <p>
              {data.records.length} item{data.records.length === 1 ? '' : 's'}. Keep these files somewhere
              private — they are not encrypted.
            </p>
            {unreadable > 0 ? (
              <p>
                {unreadable} answer{unreadable === 1 ? '' : 's'} from an earlier partnership could not be
                opened on this device and {unreadable === 1 ? 'is' : 'are'} not included.
              </p>
            ) : null}
          </Notice>
          <div className="stack-actions">
            <button
              type="button"
              className="btn btn-primary btn-block"
              onClick={() =>
                downloadText(`hearth-export-${stamp}.json`, JSON.stringify(data, null, 2), 'application/json')
              }
            >
              Download JSON
            </button>
            <button
              type="button"
              className="btn btn-secondary btn-block"
              onClick={() =>
                downloadText(
                  `hearth-export-${stamp}.html`,
                  renderExportHtml(data, { labelOf: (id) => labels.get(id) ?? null }),
                  'text/html',
                )
              }
            >
              Download readable page (HTML)
            </button>
          </div>
        </>
      )}
      <p className="aside-link">
        <AppLink to="/settings">Back to settings</AppLink>
      </p>
    </Page>
  );
}
