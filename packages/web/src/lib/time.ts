import { createRoot, createSignal, type Accessor } from 'solid-js';

/** How often relative ages ("5 min ago") refresh, in milliseconds. */
const CLOCK_TICK_MS = 30_000;

let clock: Accessor<number> | null = null;

/** Returns a signal of the current time in milliseconds, updated every CLOCK_TICK_MS. */
export function useClock(): Accessor<number> {
  if (clock === null) {
    clock = createRoot(() => {
      const [now, setNow] = createSignal(Date.now());
      setInterval(() => setNow(Date.now()), CLOCK_TICK_MS);
      return now;
    });
  }
  return clock;
}

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

/**
 * The center's time zone from the server; times show in it so that every
 * agent and report reads the same clock. Until it loads, the browser's zone.
 */
const [centerTimeZone, setCenterTimeZoneSignal] = createRoot(() => createSignal<string | undefined>(undefined));

const formatters = () => {
  const timeZone = centerTimeZone();
  return {
    shortDate: new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', year: 'numeric', timeZone }),
    dateTime: new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short', timeZone }),
    clockTime: new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone }),
  };
};
let cachedFormatters: { zone: string | undefined; value: ReturnType<typeof formatters> } | undefined;

function currentFormatters(): ReturnType<typeof formatters> {
  const zone = centerTimeZone();
  if (cachedFormatters === undefined || cachedFormatters.zone !== zone) cachedFormatters = { zone, value: formatters() };
  return cachedFormatters.value;
}

/** Sets the zone that dates and times are shown in; an unknown zone is ignored. */
export function setCenterTimeZone(timeZone: string): void {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    setCenterTimeZoneSignal(timeZone);
  } catch {
    // An unknown zone keeps the browser's zone.
  }
}

/** Formats the age of `iso` relative to `nowMs`, such as "just now", "5 min ago", "3 h ago" or "Mar 8, 2026". */
export function formatAge(iso: string, nowMs: number): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return '';

  const elapsed = Math.max(0, nowMs - time);
  if (elapsed < MINUTE_MS) return 'just now';
  if (elapsed < HOUR_MS) return `${Math.floor(elapsed / MINUTE_MS)} min ago`;
  if (elapsed < DAY_MS) return `${Math.floor(elapsed / HOUR_MS)} h ago`;
  if (elapsed < 7 * DAY_MS) return `${Math.floor(elapsed / DAY_MS)} d ago`;
  return currentFormatters().shortDate.format(time);
}

/** Formats an instant as a medium date and short time in the center's time zone. */
export function formatDateTime(iso: string): string {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? iso : currentFormatters().dateTime.format(time);
}

/** Formats an instant as a 24-hour time such as "12:00" in the center's time zone. */
export function formatClockTime(iso: string): string {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? iso : currentFormatters().clockTime.format(time);
}

/** Formats the time between two instants as "4 min 12 s", or "" when either is missing. */
export function formatDuration(startIso: string | null, endIso: string | null): string {
  if (startIso === null || endIso === null) return '';
  return formatSeconds(Math.round((Date.parse(endIso) - Date.parse(startIso)) / 1000));
}

/** Formats a number of seconds as "4 min 12 s" or "38 s"; returns '' for a negative or missing value. */
export function formatSeconds(seconds: number | null | undefined): string {
  if (seconds == null || !Number.isFinite(seconds) || seconds < 0) return '';
  const minutes = Math.floor(seconds / 60);
  return minutes > 0 ? `${minutes} min ${seconds % 60} s` : `${seconds} s`;
}
