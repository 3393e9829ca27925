import { language } from './i18n';

/**
 * Formats a time for a resident in the center's time zone, with the zone's
 * short name ("1:16 AM MST"), in the page's language. Until the zone is
 * known it falls back to the browser's zone, still labelled.
 */
export function formatCenterTime(iso: string, timeZone: string | undefined): string {
  const locale = language() === 'es' ? 'es-US' : 'en-US';
  const date = new Date(iso);
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone }).format(date);
  const zone = new Intl.DateTimeFormat(locale, { timeZoneName: 'short', timeZone }).formatToParts(date).find((part) => part.type === 'timeZoneName');
  return zone ? `${dateTime} ${zone.value}` : dateTime;
}
