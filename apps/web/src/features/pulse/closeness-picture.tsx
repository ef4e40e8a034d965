// The closeness picture: two circles, from apart to almost one, drawn from the pulse's data.
import type { ClosenessLevel } from '@hearth/content';

export function ClosenessPicture({
  level,
  viewBox,
}: {
  level: ClosenessLevel;
  viewBox: { width: number; height: number };
}) {
  const cy = viewBox.height / 2;
  const centre = viewBox.width / 2;
  return (
    <svg className="closeness-picture" viewBox={`0 0 ${viewBox.width} ${viewBox.height}`} aria-hidden="true">
      <circle cx={centre - level.distance / 2} cy={cy} r={level.radius} className="closeness-you" />
      <circle cx={centre + level.distance / 2} cy={cy} r={level.radius} className="closeness-partner" />
    </svg>
  );
}
