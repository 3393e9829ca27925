import type { DutyFieldsFragment as DutyFields, DutyKind } from '../../lib/graphql';
import { formatClockTime } from '../../lib/time';

export const dutyKindLabels: Record<DutyKind, string> = {
  ON_CALL: 'On call',
  OFF_DESK: 'Off desk',
  MEETING: 'Meeting',
  LEAVE: 'Leave',
};

/** One-letter code shown in each grid cell, so the kind reads without its colour. */
export const dutyKindCodes: Record<DutyKind, string> = {
  ON_CALL: 'C',
  OFF_DESK: 'D',
  MEETING: 'M',
  LEAVE: 'L',
};

/** A brush paints a kind, or null to clear the slot. */
export type Brush = DutyKind | null;

/** The brushes in the order of their number keys, 1 to 5. */
export const brushes: { brush: Brush; label: string; key: string }[] = [
  { brush: 'ON_CALL', label: dutyKindLabels.ON_CALL, key: '1' },
  { brush: 'OFF_DESK', label: dutyKindLabels.OFF_DESK, key: '2' },
  { brush: 'MEETING', label: dutyKindLabels.MEETING, key: '3' },
  { brush: 'LEAVE', label: dutyKindLabels.LEAVE, key: '4' },
  { brush: null, label: 'Clear', key: '5' },
];

/** Lower-case class suffix of a kind, such as "on-call" for ON_CALL. */
export function dutyKindClass(kind: DutyKind | null): string {
  return kind === null ? 'none' : kind.toLowerCase().replace('_', '-');
}

/** Formats a duty as "On call until 12:00", with the time in the center's zone. */
export function formatDuty(duty: DutyFields): string {
  const label = dutyKindLabels[duty.kind];
  return duty.until === null ? label : `${label} until ${formatClockTime(duty.until)}`;
}
