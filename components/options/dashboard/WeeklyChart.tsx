import type { Portfolio } from '../../../utils/shared/insights/portfolio';

/** Plain SVG bars, labelled for screen readers with the numbers. */
export function WeeklyChart({ weeks }: { weeks: Portfolio['perWeek'] }) {
  const max = Math.max(1, ...weeks.map((w) => w.count));
  const width = 600;
  const height = 140;
  const bar = width / weeks.length;
  // Room above the tallest bar for its number.
  const top = 14;
  return (
    <svg
      viewBox={`0 0 ${width} ${height + top + 20}`}
      class="chart"
      role="img"
      aria-label={weeks.map((w) => `week of ${w.week}: ${w.count}`).join(', ')}
      data-testid="weekly-chart"
    >
      {weeks.map((w, i) => {
        const h = Math.round((w.count / max) * height);
        return (
          <g key={w.week}>
            <rect x={i * bar + 4} y={top + height - h} width={bar - 8} height={h} class="chart-bar" />
            <text x={i * bar + bar / 2} y={top + height + 14} text-anchor="middle" class="chart-label">
              {w.week.slice(5)}
            </text>
            {w.count > 0 && (
              <text x={i * bar + bar / 2} y={top + height - h - 4} text-anchor="middle" class="chart-value">
                {w.count}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
}
