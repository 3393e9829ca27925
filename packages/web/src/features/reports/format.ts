/** Formatting of report figures and their change against the previous period. */

const countFormat = new Intl.NumberFormat('en-US');
const oneDecimal = new Intl.NumberFormat('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const twoDecimals = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

export const NO_VALUE = '–';

export function formatCount(value: number | null): string {
  return value === null ? NO_VALUE : countFormat.format(value);
}

/** Formats a ratio from 0 to 1 as a percentage with one decimal, such as "12.5%". */
export function formatPercent(ratio: number | null): string {
  return ratio === null ? NO_VALUE : `${oneDecimal.format(ratio * 100)}%`;
}

/** Formats a mean rating from 1 to 4, such as "3.4". */
export function formatRating(value: number | null): string {
  return value === null ? NO_VALUE : oneDecimal.format(value);
}

export function formatDecimal(value: number | null): string {
  return value === null ? NO_VALUE : twoDecimals.format(value);
}

/**
 * Formats seconds as a readable duration: "45 s", "4 min 5 s", "42 min",
 * "2 h 5 min" or "3 d 4 h". Values are rounded to whole seconds first.
 */
export function formatDuration(seconds: number | null): string {
  if (seconds === null || !Number.isFinite(seconds)) return NO_VALUE;
  const total = Math.round(seconds);
  if (total < 60) return `${total} s`;
  const minutes = Math.floor(total / 60);
  if (minutes < 10) {
    const rest = total % 60;
    return rest === 0 ? `${minutes} min` : `${minutes} min ${rest} s`;
  }
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) {
    const rest = minutes % 60;
    return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
  }
  const days = Math.floor(hours / 24);
  const restHours = hours % 24;
  return restHours === 0 ? `${days} d` : `${days} d ${restHours} h`;
}

/**
 * The kind of comparison of a figure with the previous period:
 * - `percent`: relative change of a count or duration, "+12.5%".
 * - `points`: difference of two ratios in percentage points, "+3.0 pts".
 * - `difference`: plain difference, for mean ratings and per-inquiry figures, "+0.3".
 */
export type ChangeKind = 'percent' | 'points' | 'difference';

export type Change = { text: string; direction: 'up' | 'down' | 'same' | 'none' };

function sign(value: number): string {
  if (value > 0) return '+';
  if (value < 0) return '−';
  return '±';
}

/** Returns the change from `previous` to `current`; "new" when a count grows from 0. */
export function describeChange(current: number | null, previous: number | null, kind: ChangeKind): Change {
  if (current === null || previous === null) return { text: NO_VALUE, direction: 'none' };
  let direction: Change['direction'] = 'same';
  if (current > previous) direction = 'up';
  else if (current < previous) direction = 'down';
  if (kind === 'points') {
    const points = (current - previous) * 100;
    return { text: `${sign(points)}${oneDecimal.format(Math.abs(points))} pts`, direction };
  }
  if (kind === 'difference') {
    const difference = current - previous;
    return { text: `${sign(difference)}${twoDecimals.format(Math.abs(difference))}`, direction };
  }
  if (previous === 0) return current === 0 ? { text: '±0.0%', direction: 'same' } : { text: 'new', direction: 'up' };
  const percent = ((current - previous) / previous) * 100;
  return { text: `${sign(percent)}${oneDecimal.format(Math.abs(percent))}%`, direction };
}

/** Describes a change for screen readers and tooltips, such as "up 12.5% on the previous period". */
export function changeSentence(change: Change): string {
  if (change.direction === 'none') return 'no comparison available';
  if (change.text === 'new') return 'none in the previous period';
  if (change.direction === 'same') return 'unchanged from the previous period';
  return `${change.direction} ${change.text.replace(/^[+−]/, '')} on the previous period`;
}
