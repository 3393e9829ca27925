import { and, asc, eq } from 'drizzle-orm';
import type { Queryable } from '../db/client.js';
import { auditEntries, staffUsers } from '../db/schema.js';

export type AuditInput = {
  /** The kind of record: payment, drawer_close, banner_application, lemon_lot_permit, cemetery_lot, interment, notary_appointment, ... */
  entity: string;
  entityId: string | number;
  /** The action: created, edited, reversed, closed, approved, declined, cancelled, sold, ... */
  action: string;
  /** The staff member, or null for a resident or the system. */
  actorId: string | null;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  reason?: string | null;
};

export type AuditEntryView = {
  id: number;
  entity: string;
  entityId: string;
  action: string;
  actorId: string | null;
  actorName: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  reason: string | null;
  at: Date;
};

/**
 * Appends one entry to the audit trail. Call it in the same transaction as
 * the change, so a change and its entry commit together or not at all.
 */
export async function recordAudit(tx: Queryable, entry: AuditInput): Promise<void> {
  await tx.insert(auditEntries).values({
    entity: entry.entity,
    entityId: String(entry.entityId),
    action: entry.action,
    actorId: entry.actorId,
    before: entry.before ?? null,
    after: entry.after ?? null,
    reason: entry.reason ?? null,
  });
}

/** The audit trail of one record, oldest first. */
export async function listAudit(db: Queryable, entity: string, entityId: string | number): Promise<AuditEntryView[]> {
  return db
    .select({
      id: auditEntries.id,
      entity: auditEntries.entity,
      entityId: auditEntries.entityId,
      action: auditEntries.action,
      actorId: auditEntries.actorId,
      actorName: staffUsers.displayName,
      before: auditEntries.before,
      after: auditEntries.after,
      reason: auditEntries.reason,
      at: auditEntries.at,
    })
    .from(auditEntries)
    .leftJoin(staffUsers, eq(staffUsers.id, auditEntries.actorId))
    .where(and(eq(auditEntries.entity, entity), eq(auditEntries.entityId, String(entityId))))
    .orderBy(asc(auditEntries.at), asc(auditEntries.id));
}
