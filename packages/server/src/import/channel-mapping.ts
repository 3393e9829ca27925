import type { Channel } from '../inquiries/views.js';

/**
 * Tables from each 311 export's channel column to the center's channels.
 * docs/import.md documents the same tables, so change both together.
 */

/**
 * NYC "Open Data Channel Type". UNKNOWN and an empty value become phone,
 * because the center records a contact of unrecorded origin as a call.
 */
export const nycChannels: Readonly<Record<string, Channel>> = {
  PHONE: 'phone',
  ONLINE: 'web',
  MOBILE: 'web',
  UNKNOWN: 'phone',
  '': 'phone',
};

/**
 * Boston "source". Cases that city staff file from the field or on a
 * resident's behalf count as walk_in, the channel for contacts made in person.
 */
export const bostonChannels: Readonly<Record<string, Channel>> = {
  'Constituent Call': 'phone',
  'Citizens Connect App': 'web',
  'Self Service': 'web',
  Twitter: 'web',
  'City Worker App': 'walk_in',
  'Employee Generated': 'walk_in',
};

const emailSource = /\be-?mail\b/i;

/** Returns the channel for an NYC "Open Data Channel Type" value, or undefined when the table lacks it. */
export function nycChannel(value: string): Channel | undefined {
  return nycChannels[value.trim().toUpperCase()];
}

/**
 * Returns the channel for a Boston "source" value, or undefined when the
 * table lacks it. Any source that names e-mail ("Email", "E-mail Request")
 * maps to email.
 */
export function bostonChannel(value: string): Channel | undefined {
  const source = value.trim();
  if (Object.hasOwn(bostonChannels, source)) return bostonChannels[source];
  if (emailSource.test(source)) return 'email';
  return undefined;
}
