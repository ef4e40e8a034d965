// One chart drawn with uPlot (canvas), plus what a screen reader or a reader of words needs: a
// sentence per line from describeTrend and the numbers in a visually hidden table.
import { describeTrend, type SeriesPoint } from '@hearth/core';
import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { formatDate } from '../checkup/format';
import { chartColours, useThemeKey, type ChartColours } from './chart-theme';

export interface ChartLine {
  label: string;
  points: readonly SeriesPoint[];
  colour: keyof Pick<ChartColours, 'mine' | 'partner' | 'goal'>;
  bars?: boolean;
  dashed?: boolean;
  /** Left out of the sentences (a goal line says nothing about how things went). */
  reference?: boolean;
}

const daySeconds = 86_400;
const toSeconds = (date: string) => Date.parse(`${date}T12:00:00Z`) / 1000;

function chartData(lines: readonly ChartLine[]): { dates: string[]; data: uPlot.AlignedData } {
  const dates = [...new Set(lines.flatMap((line) => line.points.map((p) => p.date)))].sort();
  const columns = lines.map((line) => {
    const byDate = new Map(line.points.map((p) => [p.date, p.value]));
    return dates.map((date) => byDate.get(date) ?? null);
  });
  return { dates, data: [dates.map(toSeconds), ...columns] as uPlot.AlignedData };
}

export function TrendChart({
  id,
  title,
  lines,
  yRange,
  yLabel,
}: {
  id: string;
  title: string;
  lines: readonly ChartLine[];
  yRange: [number, number];
  yLabel: string;
}) {
  const holder = useRef<HTMLDivElement>(null);
  const themeKey = useThemeKey();
  const { dates, data } = chartData(lines);

  useEffect(() => {
    const element = holder.current;
    if (!element || dates.length === 0) return;
    const colours = chartColours();
    const barPaths = uPlot.paths.bars?.({ size: [0.6, 28] });
    const width = () => Math.max(240, element.clientWidth);
    const options: uPlot.Options = {
      width: width(),
      height: 200,
      legend: { show: false },
      cursor: { show: false },
      tzDate: (seconds) => uPlot.tzDate(new Date(seconds * 1000), 'Etc/UTC'),
      scales: {
        // Fixed to the dates shown, a day either side, so one reading does not stretch the axis over years.
        x: { time: true, range: [toSeconds(dates[0]!) - daySeconds, toSeconds(dates.at(-1)!) + daySeconds] },
        y: { range: yRange },
      },
      axes: [
        {
          stroke: colours.text,
          grid: { stroke: colours.grid, width: 1 },
          ticks: { stroke: colours.grid },
          // Whole days only: these are calendar dates, never times of day.
          incrs: [1, 2, 7, 14, 28, 56, 91, 182, 364].map((days) => days * daySeconds),
          values: (_chart, splits) =>
            splits.map((seconds) => formatDate(new Date(seconds * 1000).toISOString().slice(0, 10))),
        },
        {
          stroke: colours.text,
          grid: { stroke: colours.grid, width: 1 },
          ticks: { stroke: colours.grid },
          size: 36,
        },
      ],
      series: [
        {},
        ...lines.map((line) => ({
          label: line.label,
          stroke: colours[line.colour],
          width: 2,
          spanGaps: true,
          ...(line.dashed ? { dash: [6, 4] } : {}),
          ...(line.bars && barPaths ? { paths: barPaths, fill: colours[line.colour] } : {}),
          points: { show: !line.bars && !line.dashed, size: 6, fill: colours[line.colour] },
        })),
      ],
    };
    const chart = new uPlot(options, data, element);
    const resize = new ResizeObserver(() => chart.setSize({ width: width(), height: 200 }));
    resize.observe(element);
    return () => {
      resize.disconnect();
      chart.destroy();
    };
    // The data is rebuilt from `lines` each render; JSON keeps the effect to real changes.
  }, [JSON.stringify(lines), themeKey, yRange[0], yRange[1]]);

  const sentences = lines
    .filter((line) => !line.reference)
    .map((line) => describeTrend(line.label, line.points, formatDate));
  return (
    <figure className="card chart-card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="card-title">
        {title}
      </h2>
      {dates.length > 0 ? (
        <>
          <ul className="chart-key" aria-hidden="true">
            {lines.map((line) => (
              <li key={line.label}>
                <span className={`chart-swatch swatch-${line.colour}${line.dashed ? ' is-dashed' : ''}`} />
                {line.label}
              </li>
            ))}
          </ul>
          <div ref={holder} className="chart" aria-hidden="true" />
        </>
      ) : null}
      <figcaption className="chart-text">
        {sentences.map((sentence) => (
          <p key={sentence}>{sentence}</p>
        ))}
        {/* No lines at all yet (nobody has shared any): say so rather than show a bare title. */}
        {dates.length === 0 && sentences.length === 0 ? (
          <p className="muted">Nothing here yet. It fills in as you go.</p>
        ) : null}
      </figcaption>
      {dates.length > 0 ? (
        // The class on a wrapper, not the table: a table never shrinks below its content's width.
        <div className="visually-hidden">
          <table>
            <caption>
              {title} ({yLabel})
            </caption>
            <thead>
              <tr>
                <th scope="col">Date</th>
                {lines.map((line) => (
                  <th key={line.label} scope="col">
                    {line.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {dates.map((date, row) => (
                <tr key={date}>
                  <th scope="row">{formatDate(date)}</th>
                  {lines.map((line, column) => (
                    <td key={line.label}>{data[column + 1]?.[row] ?? '—'}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </figure>
  );
}
