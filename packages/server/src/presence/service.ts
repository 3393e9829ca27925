import { and, desc, eq, gt, lt, sql } from 'drizzle-orm';
import type { Queryable, Transaction } from '../db/client.js';
import { presenceConnections, staffUsers } from '../db/schema.js';
import { inTransaction, type Actor, type CoreDeps } from '../core/deps.js';
import { toStaffSummary, type StaffSummary } from '../auth/service.js';
import { appendEvent, type EventRecord } from '../events/service.js';

/**
 * A connection whose last heartbeat is older than this is dead. Clients beat
 * every 20 s, and each process sweeps every PRESENCE_SWEEP_SECONDS, so a
 * vanished client shows offline within about a minute.
 */
export const PRESENCE_TIMEOUT_SECONDS = 45;
export const PRESENCE_SWEEP_SECONDS = 10;

export type PresenceStatus = 'available' | 'busy' | 'away' | 'offline';

export type PresenceView = {
  staff: StaffSummary;
  status: PresenceStatus;
  viewingInquiryId: number | null;
  lastSeenAt: Date | null;
};

export type PresenceEventView = { id: number; occurredAt: Date; presence: PresenceView };

const liveSince = () => sql`now() - make_interval(secs => ${PRESENCE_TIMEOUT_SECONDS})`;

/** Computes one staff member's presence from their account and live connections. */
async function readPresence(db: Queryable, userId: string): Promise<PresenceView | undefined> {
  const [staff] = await db.select().from(staffUsers).where(eq(staffUsers.id, userId));
  if (!staff) return undefined;

  const [latest] = await db
    .select({ viewingInquiryId: presenceConnections.viewingInquiryId, lastSeenAt: presenceConnections.lastSeenAt })
    .from(presenceConnections)
    .where(and(eq(presenceConnections.userId, userId), gt(presenceConnections.lastSeenAt, liveSince())))
    .orderBy(desc(presenceConnections.lastSeenAt))
    .limit(1);

  return {
    staff: toStaffSummary(staff),
    status: latest && staff.active ? staff.presenceStatus : 'offline',
    viewingInquiryId: latest?.viewingInquiryId ?? null,
    lastSeenAt: latest?.lastSeenAt ?? null,
  };
}

/**
 * Runs `change` for one staff member and appends a presence event when their
 * presence now differs from the one last announced. A per-user advisory lock
 * keeps two processes from both announcing the same change.
 */
async function changePresence(deps: CoreDeps, userId: string, change: (tx: Transaction) => Promise<void>): Promise<PresenceView | undefined> {
  return inTransaction(deps, async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`presence:${userId}`}))`);
    await change(tx);

    const [announced] = await tx
      .select({ status: staffUsers.announcedStatus, viewingInquiryId: staffUsers.announcedViewingInquiryId })
      .from(staffUsers)
      .where(eq(staffUsers.id, userId));
    const current = await readPresence(tx, userId);
    if (!current || !announced) return current;

    if (announced.status !== current.status || announced.viewingInquiryId !== current.viewingInquiryId) {
      await tx
        .update(staffUsers)
        .set({ announcedStatus: current.status, announcedViewingInquiryId: current.viewingInquiryId })
        .where(eq(staffUsers.id, userId));
      await appendEvent(tx, { stream: 'presence', type: 'changed', actorId: userId, payload: current });
    }
    return current;
  });
}

/** Records a newly opened, authenticated WebSocket. */
export function connect(deps: CoreDeps, connectionId: string, userId: string) {
  return changePresence(deps, userId, async (tx) => {
    await tx.insert(presenceConnections).values({ id: connectionId, userId }).onConflictDoNothing();
  });
}

/** Refreshes a connection and records the inquiry it has open. */
export function heartbeat(deps: CoreDeps, connectionId: string, userId: string, viewingInquiryId: number | null) {
  return changePresence(deps, userId, async (tx) => {
    await tx
      .insert(presenceConnections)
      .values({ id: connectionId, userId, viewingInquiryId })
      .onConflictDoUpdate({
        target: presenceConnections.id,
        set: { lastSeenAt: sql`now()`, viewingInquiryId },
      });
  });
}

/** Forgets a closed WebSocket; the staff member goes offline when it was their last. */
export function disconnect(deps: CoreDeps, connectionId: string, userId: string) {
  return changePresence(deps, userId, async (tx) => {
    await tx.delete(presenceConnections).where(eq(presenceConnections.id, connectionId));
  });
}

export async function setStatus(deps: CoreDeps, actor: Actor, status: Exclude<PresenceStatus, 'offline'>) {
  const view = await changePresence(deps, actor.id, async (tx) => {
    await tx.update(staffUsers).set({ presenceStatus: status }).where(eq(staffUsers.id, actor.id));
  });
  deps.log.debug({ staffId: actor.id, status }, 'presence status set');
  return view!;
}

/**
 * Deletes connections whose heartbeats stopped (their process died or the
 * network went away) and announces who went offline. Safe to run in every
 * process at once.
 */
export async function sweepStaleConnections(deps: CoreDeps): Promise<number> {
  const stale = await deps.db
    .select({ id: presenceConnections.id, userId: presenceConnections.userId })
    .from(presenceConnections)
    .where(lt(presenceConnections.lastSeenAt, liveSince()));

  for (const connection of stale) {
    await changePresence(deps, connection.userId, async (tx) => {
      await tx
        .delete(presenceConnections)
        .where(and(eq(presenceConnections.id, connection.id), lt(presenceConnections.lastSeenAt, liveSince())));
    });
  }
  if (stale.length > 0) deps.log.info({ connections: stale.length }, 'stale presence connections removed');
  return stale.length;
}

/** Every active staff member's presence, by name. */
export async function readTeam(db: Queryable): Promise<PresenceView[]> {
  const staff = await db
    .select({ id: staffUsers.id })
    .from(staffUsers)
    .where(eq(staffUsers.active, true))
    .orderBy(staffUsers.displayName);
  const views = await Promise.all(staff.map((member) => readPresence(db, member.id)));
  return views.filter((view): view is PresenceView => view !== undefined);
}

export function toPresenceEventView(event: EventRecord): PresenceEventView {
  const payload = event.payload as PresenceView & { lastSeenAt: string | null };
  return {
    id: event.id,
    occurredAt: event.createdAt,
    presence: { ...payload, lastSeenAt: payload.lastSeenAt ? new Date(payload.lastSeenAt) : null },
  };
}
