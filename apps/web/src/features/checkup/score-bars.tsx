// Scores per part as labelled bars: the numbers and band are in the text, the bar only shows them,
// so nothing depends on seeing colour or shape. Plain HTML: smaller than a chart library for this.
import type { CheckupInstrument } from '@hearth/content';
import type { DimensionScore } from '@hearth/core';
import { say } from '../content/content-libraries';

export function ScoreBars({
  instrument,
  scores,
  label,
}: {
  instrument: CheckupInstrument;
  scores: readonly DimensionScore[];
  label: string;
}) {
  return (
    <ul className="score-list" aria-label={label}>
      {instrument.dimensions.map((dimension) => {
        const entry = scores.find((score) => score.dimension === dimension.id);
        const band = dimension.bands.find((b) => b.id === entry?.band);
        const score = entry?.score ?? null;
        return (
          <li key={dimension.id} className="score-row">
            <div className="score-head">
              <span className="score-title">{say(dimension.title)}</span>
              <span className="score-value">{score === null ? 'not scored' : `${score} of 100`}</span>
            </div>
            <div className="score-track" aria-hidden="true">
              <div
                className={`score-fill band-${entry?.band ?? 'none'}`}
                style={{ width: `${score ?? 0}%` }}
              />
            </div>
            {band ? <p className="score-band">{say(band.label)}</p> : null}
          </li>
        );
      })}
    </ul>
  );
}
