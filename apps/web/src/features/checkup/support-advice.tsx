// Private advice when my own answers show distress (support) or fear (safety). Shown only to me;
// the safety route sets couple exercises aside and keeps the quick exit in view.
import type { CheckupInstrument, SafetyResources } from '@hearth/content';
import { supportAdvice, type SupportRoute } from '@hearth/core';
import { say } from '../content/content-libraries';

export function SupportAdvice({
  instrument,
  resources,
  routes,
}: {
  instrument: CheckupInstrument;
  resources: SafetyResources;
  routes: readonly SupportRoute[];
}) {
  const advice = supportAdvice(instrument, resources, routes);
  if (advice.length === 0) return null;
  return (
    <>
      {advice.map((entry) => (
        <section
          key={entry.route}
          className={entry.route === 'safety' ? 'card card-danger' : 'card card-soft'}
          aria-labelledby={`advice-${entry.route}`}
        >
          <h2 id={`advice-${entry.route}`} className="card-title">
            {entry.route === 'safety' ? 'Your safety comes first' : 'Support is worth reaching for'}
          </h2>
          <p>{say(entry.message)}</p>
          {entry.showQuickExit ? (
            <p>
              <strong>Quick exit</strong> (top of the screen, or Shift three times) leaves at once.
            </p>
          ) : null}
          <ul className="plain-list resource-list">
            {entry.resources.map((resource) => (
              <li key={resource.id}>
                <strong>{say(resource.title)}</strong>
                <p>{say(resource.body)}</p>
                {resource.points && resource.points.length > 0 ? (
                  <ul className="plain-list">
                    {resource.points.map((point, i) => (
                      <li key={i}>{say(point)}</li>
                    ))}
                  </ul>
                ) : null}
              </li>
            ))}
          </ul>
          <p className="muted">Only you can see this. It is never shared with your partner.</p>
        </section>
      ))}
    </>
  );
}
