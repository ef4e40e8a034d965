// What my partner shared in their morning check-in, in words.
import type { CheckinPayload } from '../../lib/record-payloads';
import { moodWord } from './mood-scale';

export function CheckinSummary({ checkin, who }: { checkin: CheckinPayload; who: string }) {
  return (
    <div className="checkin-summary">
      <p className="checkin-mood">
        <span className={`mood-dot mood-${checkin.mood}`} aria-hidden="true" />
        {who} {who === 'You' ? 'feel' : 'feels'} <strong>{moodWord(checkin.mood).toLowerCase()}</strong> about
        the day.
      </p>
      {checkin.words ? <p className="quote-text">{checkin.words}</p> : null}
      {checkin.help ? (
        <p className="checkin-help">
          <span className="label-inline">What would help: </span>
          {checkin.help}
        </p>
      ) : null}
    </div>
  );
}
