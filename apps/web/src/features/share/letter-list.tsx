// Weekly shares, shown like letters.
import { mondayOfIsoWeek } from '@hearth/core';
import { EmptyState } from '../../components/loading';
import { formatDate } from '../../lib/format-date';
import type { VulnerabilityPayload } from '../../lib/record-payloads';
import type { Typed } from '../practices/practice-records';

export function LetterList({
  letters,
  emptyText,
  label,
}: {
  letters: Typed<VulnerabilityPayload>[];
  emptyText: string;
  label: string;
}) {
  if (letters.length === 0)
    return emptyText ? <EmptyState title="No letters yet">{emptyText}</EmptyState> : null;
  return (
    <ul className="letter-list" aria-label={label}>
      {letters.map((r) => (
        <li key={r.id} className="letter">
          <p className="letter-date">Week of {formatDate(`${mondayOfIsoWeek(r.payload.week)}T12:00:00`)}</p>
          <p className="letter-text">{r.payload.text}</p>
        </li>
      ))}
    </ul>
  );
}
