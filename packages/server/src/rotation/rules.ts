import { formatLocalRange, meetingHalfHours, overlapsHalfHour } from './open-hours.js';
import {
  HALF_HOUR_MS,
  type DutyKind,
  type OpenDay,
  type PlannedSlot,
  type RotaMemberView,
  type RotaRule,
  type RotaWarningLevel,
  type RotaWarningView,
  type RotationSettingsView,
} from './views.js';

export type LeaveRange = { memberId: string; startsAt: Date; endsAt: Date };

export type RulesInput = {
  settings: RotationSettingsView;
  days: OpenDay[];
  /** Every member that may appear in `slots`; the slots of inactive members are ignored. */
  members: RotaMemberView[];
  slots: PlannedSlot[];
  leave: LeaveRange[];
};

/** One broken rule in one half hour (or one whole on-call stretch), before neighbours are merged. */
type Finding = {
  rule: RotaRule;
  level: RotaWarningLevel;
  start: number;
  end: number;
  member: RotaMemberView | null;
  /** Findings merge only when this also matches, so that a merged message stays true for the whole range. */
  detail: number;
};

const RULE_ORDER: RotaRule[] = ['UNDERSTAFFED', 'BELOW_PREFERRED', 'MEETING_WITHOUT_COVER', 'DOUBLE_BOOKED', 'STRETCH_TOO_LONG', 'LEAVE_NOT_RESPECTED'];

/** The person behind a member: their staff account, or the member itself for cover staff without one. */
const personOf = (member: RotaMemberView) => member.staffId ?? `member:${member.id}`;

/** Formats minutes as "3h", "3h30" or "30 min". */
function formatDuration(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours}h` : `${hours}h${String(rest).padStart(2, '0')}`;
}

/**
 * Checks the plan against the rules and returns its warnings, neighbouring
 * half hours with the same finding merged into one warning. A pure function
 * of its input, so the rules can be tested without a database.
 */
export function checkRules(input: RulesInput): RotaWarningView[] {
  const { settings, days } = input;
  const active = input.members.filter((member) => member.active);
  const kinds = new Map<string, DutyKind>();
  for (const slot of input.slots) kinds.set(`${slot.memberId}|${slot.startsAt.getTime()}`, slot.kind);
  const kindOf = (member: RotaMemberView, start: number) => kinds.get(`${member.id}|${start}`);

  const meeting = meetingHalfHours(settings, days);
  const leaveByMember = new Map<string, LeaveRange[]>();
  for (const range of input.leave) leaveByMember.set(range.memberId, [...(leaveByMember.get(range.memberId) ?? []), range]);

  const membersByPerson = new Map<string, RotaMemberView[]>();
  for (const member of active) membersByPerson.set(personOf(member), [...(membersByPerson.get(personOf(member)) ?? []), member]);

  const findings: Finding[] = [];
  const add = (rule: RotaRule, level: RotaWarningLevel, start: number, member: RotaMemberView | null, detail = 0, end = start + HALF_HOUR_MS) =>
    findings.push({ rule, level, start, end, member, detail });

  for (const day of days) {
    for (const halfHour of day.halfHours) {
      const start = halfHour.startsAt.getTime();

      const onCall = new Set(active.filter((member) => kindOf(member, start) === 'on_call').map(personOf));
      if (onCall.size < settings.minOnCall) add('UNDERSTAFFED', 'ERROR', start, null, onCall.size);
      else if (onCall.size < settings.preferredOnCall) add('BELOW_PREFERRED', 'NOTICE', start, null, onCall.size);

      if (meeting.has(start) && !active.some((member) => member.kind === 'cover' && kindOf(member, start) === 'on_call')) {
        add('MEETING_WITHOUT_COVER', 'ERROR', start, null);
      }

      for (const members of membersByPerson.values()) {
        if (members.length < 2) continue;
        const booked = new Set(members.map((member) => kindOf(member, start)).filter((kind) => kind !== undefined));
        if (booked.size >= 2) add('DOUBLE_BOOKED', 'ERROR', start, members[0]);
      }

      for (const member of active) {
        const onLeave = (leaveByMember.get(member.id) ?? []).some((range) => overlapsHalfHour(start, range));
        if (onLeave && kindOf(member, start) !== 'leave') add('LEAVE_NOT_RESPECTED', 'ERROR', start, member);
      }
    }
  }

  findings.push(...stretchFindings(settings, days, membersByPerson, kindOf));
  return mergeFindings(findings).map((finding) => toWarning(finding, settings));
}

/** One finding per on-call stretch longer than maxOnCallMinutes, per person, across all of that person's members. */
function stretchFindings(
  settings: RotationSettingsView,
  days: OpenDay[],
  membersByPerson: Map<string, RotaMemberView[]>,
  kindOf: (member: RotaMemberView, start: number) => DutyKind | undefined,
): Finding[] {
  const findings: Finding[] = [];
  const maxHalfHours = settings.maxOnCallMinutes / 30;
  for (const members of membersByPerson.values()) {
    let runStart = 0;
    let runEnd = 0;
    let runLength = 0;
    const closeRun = () => {
      if (runLength > maxHalfHours) {
        findings.push({ rule: 'STRETCH_TOO_LONG', level: 'ERROR', start: runStart, end: runEnd, member: members[0], detail: runLength });
      }
      runLength = 0;
    };
    for (const day of days) {
      for (const halfHour of day.halfHours) {
        const start = halfHour.startsAt.getTime();
        const onCall = members.some((member) => kindOf(member, start) === 'on_call');
        if (!onCall) {
          closeRun();
          continue;
        }
        if (runLength > 0 && start !== runEnd) closeRun();
        if (runLength === 0) runStart = start;
        runLength += 1;
        runEnd = start + HALF_HOUR_MS;
      }
    }
    closeRun();
  }
  return findings;
}

/** Merges findings of the same rule, member and detail whose ranges touch. */
function mergeFindings(findings: Finding[]): Finding[] {
  const key = (finding: Finding) => `${finding.rule}|${finding.member?.id ?? ''}|${finding.detail}`;
  const sorted = [...findings].sort((a, b) => key(a).localeCompare(key(b)) || a.start - b.start);
  const merged: Finding[] = [];
  for (const finding of sorted) {
    const last = merged.at(-1);
    if (last && key(last) === key(finding) && last.end === finding.start) last.end = finding.end;
    else merged.push({ ...finding });
  }
  return merged.sort(
    (a, b) =>
      a.start - b.start ||
      RULE_ORDER.indexOf(a.rule) - RULE_ORDER.indexOf(b.rule) ||
      (a.member?.displayName ?? '').localeCompare(b.member?.displayName ?? '', 'en'),
  );
}

function toWarning(finding: Finding, settings: RotationSettingsView): RotaWarningView {
  const startsAt = new Date(finding.start);
  const endsAt = new Date(finding.end);
  const range = formatLocalRange(startsAt, endsAt, settings.timeZone);
  const name = finding.member?.displayName ?? '';
  const messages: Record<RotaRule, () => string> = {
    UNDERSTAFFED: () =>
      finding.detail === 0 ? `No one on call ${range} (at least ${settings.minOnCall} needed)` : `Only ${finding.detail} on call ${range} (at least ${settings.minOnCall} needed)`,
    BELOW_PREFERRED: () => `Only ${finding.detail} on call ${range} (${settings.preferredOnCall} preferred)`,
    MEETING_WITHOUT_COVER: () => `No cover staff on call during the team meeting ${range}`,
    DOUBLE_BOOKED: () => `${name} is booked twice ${range}`,
    STRETCH_TOO_LONG: () =>
      `${name} is on call ${formatDuration(finding.detail * 30)} in a row ${range} (at most ${formatDuration(settings.maxOnCallMinutes)})`,
    LEAVE_NOT_RESPECTED: () => `${name} is on leave ${range} but not marked as leave`,
  };
  return { rule: finding.rule, level: finding.level, startsAt, endsAt, member: finding.member, message: messages[finding.rule]() };
}
