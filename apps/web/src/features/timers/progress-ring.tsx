// A calm circular progress ring. The SVG is decoration; the wrapper carries the meaning as text
// (role="img" with a label such as "3 of 6 touches today"), or the children do.
import type { ReactNode } from 'react';

const RADIUS = 44;
const CIRCUMFERENCE = 2 * Math.PI * RADIUS;

export function ProgressRing({
  fraction,
  label,
  size = 'medium',
  children,
}: {
  fraction: number;
  /** The text alternative; omit when the children already say it in words. */
  label?: string;
  size?: 'small' | 'medium' | 'large';
  children?: ReactNode;
}) {
  const clamped = Math.min(1, Math.max(0, fraction));
  return (
    <div
      className={`progress-ring progress-ring-${size}`}
      role={label ? 'img' : undefined}
      aria-label={label}
    >
      <svg viewBox="0 0 100 100" aria-hidden="true" focusable="false">
        <circle className="progress-ring-track" cx="50" cy="50" r={RADIUS} />
        <circle
          className="progress-ring-fill"
          cx="50"
          cy="50"
          r={RADIUS}
          strokeDasharray={CIRCUMFERENCE}
          strokeDashoffset={CIRCUMFERENCE * (1 - clamped)}
          transform="rotate(-90 50 50)"
        />
      </svg>
      {children ? (
        <div className="progress-ring-center" aria-hidden={label ? true : undefined}>
          {children}
        </div>
      ) : null}
    </div>
  );
}
