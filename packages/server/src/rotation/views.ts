import type { StaffSummary } from '../auth/service.js';

/** A person's duty in one half hour, as stored in rota_slots.kind and published_kind. */
export type DutyKind = 'on_call' | 'off_desk' | 'meeting' | 'leave';
export type RotaMemberKind = 'agent' | 'cover';

export const DUTY_KINDS: readonly DutyKind[] = ['on_call', 'off_desk', 'meeting', 'leave'];

/** Length of one slot of the rotation. */
export const HALF_HOUR_MS = 30 * 60 * 1000;

/** A person who can be scheduled, with the staff account of an agent. */
export type RotaMemberView = {
  id: string;
  kind: RotaMemberKind;
  displayName: string;
  staffId: string | null;
  staff: StaffSummary | null;
  phoneExtension: string | null;
  note: string | null;
  /** False when the manager took the member off the rotation, or the agent's account is inactive or no longer an agent. */
  active: boolean;
};

export type RotaSlotView = {
  member: RotaMemberView;
  startsAt: Date;
  /** Null for a cleared slot, which appears only in changes and events. */
  kind: DutyKind | null;
  publishedKind: DutyKind | null;
};

/** A slot as the rules and the generator see it: a member id, a start and the planned kind. */
export type PlannedSlot = { memberId: string; startsAt: Date; kind: DutyKind };

export type RotaLeaveView = {
  id: string;
  member: RotaMemberView;
  startsAt: Date;
  endsAt: Date;
  note: string | null;
};

export type TeamMeetingView = {
  weekday: number;
  startTime: string;
  endTime: string;
  everyWeeks: number;
  firstDate: string;
};

export type RotationSettingsView = {
  timeZone: string;
  openingTime: string;
  closingTime: string;
  openDays: number[];
  holidays: string[];
  minOnCall: number;
  preferredOnCall: number;
  maxOnCallMinutes: number;
  autoAssign: boolean;
  teamMeeting: TeamMeetingView | null;
};

export type RotaRule = 'UNDERSTAFFED' | 'BELOW_PREFERRED' | 'DOUBLE_BOOKED' | 'STRETCH_TOO_LONG' | 'LEAVE_NOT_RESPECTED' | 'MEETING_WITHOUT_COVER';
export type RotaWarningLevel = 'ERROR' | 'NOTICE';

export type RotaWarningView = {
  rule: RotaRule;
  level: RotaWarningLevel;
  startsAt: Date;
  endsAt: Date;
  member: RotaMemberView | null;
  message: string;
};

export type OpenHalfHour = { startsAt: Date; localTime: string };
export type OpenDay = { date: string; halfHours: OpenHalfHour[] };

export type MemberHoursView = { member: RotaMemberView; onCallHours: number; availableHours: number };
export type PairHoursView = { a: RotaMemberView; b: RotaMemberView; sharedHours: number };
export type FairnessView = { perMember: MemberHoursView[]; perPair: PairHoursView[] };

export type RotationView = {
  from: string;
  to: string;
  days: OpenDay[];
  members: RotaMemberView[];
  slots: RotaSlotView[];
  leave: RotaLeaveView[];
  warnings: RotaWarningView[];
  hasUnpublishedChanges: boolean;
  fairness: FairnessView;
};

export type RotaChangeView = { slots: RotaSlotView[]; warnings: RotaWarningView[] };

export type RotationEventView = {
  id: number;
  occurredAt: Date;
  dates: string[];
  slots: RotaSlotView[];
  actorId: string | null;
};
