import type { PresenceStatus } from '../../lib/graphql';

export const presenceStatusLabels: Record<PresenceStatus, string> = {
  AVAILABLE: 'Available',
  BUSY: 'Busy',
  AWAY: 'Away',
  OFFLINE: 'Offline',
};

/** The statuses a person can choose. OFFLINE is not one, because the server derives it from missing heartbeats. */
export const selectablePresenceStatuses: PresenceStatus[] = ['AVAILABLE', 'BUSY', 'AWAY'];

/** Returns the first word of a display name, for short labels such as "Dana is viewing". */
export function firstNameOf(displayName: string): string {
  return displayName.trim().split(/\s+/)[0] ?? displayName;
}
