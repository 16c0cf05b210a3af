import { useId } from 'react';
import { calendarDate, hours, percent } from '../lib/format';
import { TableWrap } from './ui';

/**
 * Hours tracked this month against the monthly budget: one bar per day for the running total, a line
 * for the budget. An SVG with a title and description for screen readers, and the same numbers as a
 * table under "Show the numbers".
 */
export function HoursChart({ days, budgetHours, title }: { days: { date: string; seconds: number }[]; budgetHours: number | null; title: string }) {
  const id = useId();
  const width = 640;
  const height = 240;
  const pad = { left: 44, right: 12, top: 16, bottom: 28 };
  let running = 0;
  const cumulative = days.map((day) => {
    running += day.seconds;
    return { date: day.date, daySeconds: day.seconds, totalHours: running / 3600 };
  });
  const totalHours = running / 3600;
  const top = Math.max(budgetHours ?? 0, totalHours, 1) * 1.1;
  const plotWidth = width - pad.left - pad.right;
  const plotHeight = height - pad.top - pad.bottom;
  const slot = plotWidth / Math.max(days.length, 1);
  const y = (value: number) => pad.top + plotHeight - (value / top) * plotHeight;
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((fraction) => Math.round(top * fraction));
  const used = budgetHours ? totalHours / budgetHours : null;
  const description = budgetHours
    ? `${hours(running)} tracked of a ${budgetHours} h budget (${percent(used)}).`
    : `${hours(running)} tracked; no monthly budget is set.`;

  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${id}-title ${id}-desc`} preserveAspectRatio="xMidYMid meet">
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        {ticks.map((tick) => (
          <g key={tick}>
            <line x1={pad.left} x2={width - pad.right} y1={y(tick)} y2={y(tick)} className="gridline" />
            <text x={pad.left - 6} y={y(tick) + 4} textAnchor="end" className="axis-label">
              {tick} h
            </text>
          </g>
        ))}
        {cumulative.map((day, index) => (
          <rect
            key={day.date}
            x={pad.left + index * slot + slot * 0.15}
            width={slot * 0.7}
            y={y(day.totalHours)}
            height={Math.max(0, pad.top + plotHeight - y(day.totalHours))}
            className={budgetHours && day.totalHours > budgetHours ? 'bar over' : 'bar'}
          />
        ))}
        {cumulative
          .filter((_, index) => index === 0 || (index + 1) % 7 === 0 || index === cumulative.length - 1)
          .map((day) => {
            const index = cumulative.indexOf(day);
            return (
              <text key={day.date} x={pad.left + index * slot + slot / 2} y={height - 8} textAnchor="middle" className="axis-label">
                {Number(day.date.slice(8))}
              </text>
            );
          })}
        {budgetHours ? (
          <g>
            <line x1={pad.left} x2={width - pad.right} y1={y(budgetHours)} y2={y(budgetHours)} className="budget-line" />
            <text x={width - pad.right} y={y(budgetHours) - 6} textAnchor="end" className="budget-label">
              Budget {budgetHours} h
            </text>
          </g>
        ) : null}
      </svg>
      <figcaption>
        <span className="legend-swatch bar" aria-hidden="true" /> Hours tracked so far this month
        {budgetHours ? (
          <>
            {' '}
            <span className="legend-swatch budget" aria-hidden="true" /> Monthly budget
          </>
        ) : null}
        <span className="chart-summary">{description}</span>
      </figcaption>
      <details>
        <summary>Show the numbers</summary>
        <TableWrap label={`${title}, by day`}>
          <table>
            <thead>
              <tr>
                <th scope="col">Day</th>
                <th scope="col">Hours that day</th>
                <th scope="col">Total so far</th>
              </tr>
            </thead>
            <tbody>
              {cumulative.map((day) => (
                <tr key={day.date}>
                  <td>{calendarDate(day.date, 'weekday')}</td>
                  <td>{hours(day.daySeconds)}</td>
                  <td>{hours(day.totalHours * 3600)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      </details>
    </figure>
  );
}

/** A labelled horizontal bar for a share (utilization, accuracy, budget use). */
export function Meter({ value, label, max = 1, text }: { value: number | null; label: string; max?: number; text: string }) {
  return (
    <meter className={value !== null && value > max ? 'meter over' : 'meter'} min={0} max={max} value={Math.min(value ?? 0, max)} aria-label={label} aria-valuetext={text}>
      {text}
    </meter>
  );
}
