import { isUuid } from '../auth/service.js';
import { AppError } from '../core/errors.js';
import { actorOf, type GraphQLContext } from '../graphql/context.js';
import type { Resolvers } from '../graphql/generated.js';
import { isoDate } from '../rotation/settings.js';
import { freeNotarySlots, type FreeNotarySlot } from './availability.js';
import {
  appointmentByToken,
  bookPublicAppointment,
  bookStaffAppointment,
  cancelByToken,
  markAppointment,
  setNotaryCommission,
  type AppointmentChangeResult,
  type BookingResult,
  type NotaryMailSettings,
} from './service.js';
import { listAppointmentsOn, listConflicts, listNotaries } from './views.js';

function mailSettings(context: GraphQLContext): NotaryMailSettings | undefined {
  return context.email ? { publicBaseUrl: context.publicBaseUrl, mailFrom: context.email.mailFrom } : undefined;
}

/** Drops the notaries' ids, which the public page does not need. */
function publicSlot(slot: FreeNotarySlot) {
  return { startsAt: slot.startsAt, endsAt: slot.endsAt, date: slot.date, localTime: slot.localTime };
}

function groupByDay(slots: FreeNotarySlot[]) {
  const days: { date: string; slots: ReturnType<typeof publicSlot>[] }[] = [];
  for (const slot of slots) {
    const last = days.at(-1);
    if (last?.date === slot.date) last.slots.push(publicSlot(slot));
    else days.push({ date: slot.date, slots: [publicSlot(slot)] });
  }
  return days;
}

function takenOrInvalid<T extends Exclude<BookingResult, { kind: 'booked' }>>(result: T) {
  return result.kind === 'slot_taken' ? { ...result, nextFreeSlots: result.nextFreeSlots.map(publicSlot) } : (result as Exclude<T, { kind: 'slot_taken' }>);
}

function flatten(result: AppointmentChangeResult) {
  return result.kind === 'ok' ? { kind: 'ok' as const, ...result.appointment } : result;
}

function parseId(id: string): number {
  const value = Number(id);
  if (!/^[0-9]{1,15}$/.test(id) || !Number.isSafeInteger(value) || value <= 0) throw new AppError('BAD_USER_INPUT', `id must be the number of a notary appointment, not "${id.slice(0, 40)}"`);
  return value;
}

export const notaryResolvers: Resolvers = {
  Query: {
    async notaryFreeSlots(_parent, _args, context) {
      return groupByDay(await freeNotarySlots(context.deps.db, context.deps.centerTimeZone, new Date()));
    },
    notaryAppointmentByToken: async (_parent, args, context) => (await appointmentByToken(context.deps, args.token)) ?? null,
    notaries: (_parent, _args, context) => listNotaries(context.deps.db),
    notaryAppointments(_parent, args, context) {
      const parsed = isoDate('date').safeParse(args.date);
      if (!parsed.success) throw new AppError('BAD_USER_INPUT', `date must be a date YYYY-MM-DD, not "${args.date.slice(0, 40)}"`);
      return listAppointmentsOn(context.deps.db, context.deps.centerTimeZone, parsed.data);
    },
    notaryConflicts: (_parent, _args, context) => listConflicts(context.deps.db, context.deps.centerTimeZone, new Date()),
    async notaryStaffSlots(_parent, args, context) {
      if (args.staffId && !isUuid(args.staffId)) throw new AppError('BAD_USER_INPUT', `staffId must be the id of a notary, not "${args.staffId.slice(0, 40)}"`);
      const notaries = new Map((await listNotaries(context.deps.db)).map((notary) => [notary.staffId, notary]));
      const slots = await freeNotarySlots(context.deps.db, context.deps.centerTimeZone, new Date(), args.staffId ?? undefined);
      return slots.map((slot) => ({ ...publicSlot(slot), notaries: slot.staffIds.map((id) => notaries.get(id)).filter((notary) => notary !== undefined) }));
    },
  },
  Mutation: {
    async bookNotaryAppointment(_parent, args, context) {
      const result = await bookPublicAppointment(context.deps, args.input, { clientAddress: context.clientAddress, limits: context.publicForm, mail: mailSettings(context) });
      if (result.kind !== 'booked') return takenOrInvalid(result);
      const { appointment } = result;
      return {
        kind: 'booked' as const,
        reference: appointment.reference,
        startsAt: appointment.startsAt,
        endsAt: appointment.endsAt,
        documentKind: appointment.documentKind,
        documentCount: appointment.documentCount,
        manageToken: result.manageToken,
        confirmationQueued: result.confirmationQueued,
      };
    },
    cancelNotaryAppointmentByToken: async (_parent, args, context) => (await cancelByToken(context.deps, args.token)) ?? null,
    async bookNotaryAppointmentForResident(_parent, args, context) {
      const input = { ...args.input, channel: args.input.channel as 'walk_in' | 'phone' };
      const result = await bookStaffAppointment(context.deps, actorOf(context), input, mailSettings(context));
      if (result.kind === 'booked') return { kind: 'booked' as const, ...result.appointment };
      return takenOrInvalid(result);
    },
    async markNotaryAppointment(_parent, args, context) {
      return flatten(await markAppointment(context.deps, actorOf(context), parseId(args.id), args.version, args.outcome, args.reason));
    },
    async setNotaryCommission(_parent, args, context) {
      const result = await setNotaryCommission(context.deps, actorOf(context), args.input);
      if (result.kind !== 'ok') return result;
      const notary = (await listNotaries(context.deps.db)).find((entry) => entry.staffId === args.input.staffId)!;
      return { kind: 'ok' as const, ...notary };
    },
  },
  NotaryAppointmentStatus: { BOOKED: 'booked', COMPLETED: 'completed', CANCELLED: 'cancelled', NO_SHOW: 'no_show' },
  NotaryAppointmentOutcome: { COMPLETED: 'completed', NO_SHOW: 'no_show', CANCELLED: 'cancelled' },
  BookNotaryAppointmentResult: {
    __resolveType(result) {
      switch ((result as { kind?: string }).kind) {
        case 'booked':
          return 'NotaryBooking';
        case 'slot_taken':
          return 'NotarySlotTaken';
        case 'rate_limited':
          return 'RateLimited';
        default:
          return 'InvalidInput';
      }
    },
  },
  StaffNotaryBookingResult: {
    __resolveType(result) {
      switch ((result as { kind?: string }).kind) {
        case 'booked':
          return 'NotaryAppointment';
        case 'slot_taken':
          return 'NotarySlotTaken';
        default:
          return 'InvalidInput';
      }
    },
  },
  NotaryAppointmentChangeResult: {
    __resolveType(result) {
      switch ((result as { kind?: string }).kind) {
        case 'ok':
          return 'NotaryAppointment';
        case 'not_found':
          return 'NotFound';
        default:
          return 'InvalidInput';
      }
    },
  },
  NotaryCommissionResult: {
    __resolveType(result) {
      switch ((result as { kind?: string }).kind) {
        case 'ok':
          return 'Notary';
        case 'not_found':
          return 'NotFound';
        default:
          return 'InvalidInput';
      }
    },
  },
};
