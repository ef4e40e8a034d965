// One evening's gratitude: about you, and about us; and a dated list of them to reread.
import { formatDate } from '../../lib/format-date';
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

/** Thank-yous, newest first, each under its date. */
export function GratitudeLetters({
  label,
  letters,
}: {
  label: string;
  letters: readonly { id: string; payload: GratitudePayload }[];
}) {
  return (
    <ul className="letter-list" aria-label={label}>
      {letters.map((r) => (
        <li key={r.id} className="letter">
          <p className="letter-date">
            <time dateTime={r.payload.date}>{formatDate(`${r.payload.date}T12:00:00`)}</time>
          </p>
          <GratitudeCard gratitude={r.payload} />
        </li>
      ))}
    </ul>
  );
}
