import { describe, expect, it } from 'vitest';
import { checkupScoreSeries, moodSeries, pulseClosenessSeries } from './series';

describe('pulse closeness over time', () => {
  it('one point per partner per week, at the Monday, the week’s latest pulse winning', () => {
    expect(
      pulseClosenessSeries([
        { partner: 'b', date: '2026-01-14', closeness: 4 },
        { partner: 'a', date: '2026-01-06', closeness: 2 },
        { partner: 'a', date: '2026-01-11', closeness: 3 },
        { partner: 'a', date: '2026-01-13', closeness: 5 },
      ]),
    ).toEqual([
      {
        partner: 'a',
        points: [
          { date: '2026-01-05', value: 3 },
          { date: '2026-01-12', value: 5 },
        ],
      },
      { partner: 'b', points: [{ date: '2026-01-12', value: 4 }] },
    ]);
  });

  it('nothing in, nothing out', () => {
    expect(pulseClosenessSeries([])).toEqual([]);
  });
});

describe('check-up scores over time', () => {
  it('a line per partner and part, skipping parts without a score', () => {
    const series = checkupScoreSeries([
      {
        partner: 'a',
        date: '2026-02-01',
        dimensions: [
          { dimension: 'emotional', score: 60 },
          { dimension: 'sexual', score: null },
        ],
      },
      {
        partner: 'a',
        date: '2026-01-01',
        dimensions: [
          { dimension: 'emotional', score: 40 },
          { dimension: 'sexual', score: 50 },
        ],
      },
      { partner: 'b', date: '2026-01-03', dimensions: [{ dimension: 'emotional', score: 70 }] },
    ]);
    expect(series).toEqual([
      {
        dimension: 'emotional',
        partner: 'a',
        points: [
          { date: '2026-01-01', value: 40 },
          { date: '2026-02-01', value: 60 },
        ],
      },
      { dimension: 'emotional', partner: 'b', points: [{ date: '2026-01-03', value: 70 }] },
      { dimension: 'sexual', partner: 'a', points: [{ date: '2026-01-01', value: 50 }] },
    ]);
  });
});

describe('check-in moods per day', () => {
  it.each([
    ['inside the range', '2026-01-01', '2026-01-31', [1, 4]],
    ['range cuts off the end', '2026-01-01', '2026-01-09', [1]],
    ['a range with nothing in it', '2026-03-01', '2026-03-31', null],
  ] as const)('%s', (_name, from, to, moods) => {
    const series = moodSeries(
      [
        { partner: 'a', date: '2026-01-02', mood: 2 },
        { partner: 'a', date: '2026-01-02', mood: 1 },
        { partner: 'a', date: '2026-01-10', mood: 4 },
      ],
      from,
      to,
    );
    expect(series.length === 0 ? null : series[0]?.points.map((point) => point.value)).toEqual(moods);
  });
});
