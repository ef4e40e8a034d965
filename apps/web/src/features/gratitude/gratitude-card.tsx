// One evening's gratitude: about you, and about us.
import type { GratitudePayload } from '../../lib/record-payloads';

export function GratitudeCard({ gratitude }: { gratitude: GratitudePayload }) {
  return (
    <dl className="gratitude">
      {gratitude.aboutYou ? (
        <div>
          <dt>About you</dt>
          <dd className="quote-text">{gratitude.aboutYou}</dd>
        </div>
      ) : null}
      {gratitude.aboutUs ? (
        <div>
          <dt>About us</dt>
          <dd className="quote-text">{gratitude.aboutUs}</dd>
        </div>
      ) : null}
    </dl>
  );
}
