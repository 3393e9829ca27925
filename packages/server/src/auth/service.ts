import { createHmac, randomBytes } from 'node:crypto';
import { and, eq, gt, isNull, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Queryable } from '../db/client.js';
import { batchedRead } from '../db/batched-read.js';
import { buildOnce } from '../db/built-once.js';
import { sessions, staffUsers } from '../db/schema.js';
import { AppError } from '../core/errors.js';
import { inTransaction, type Actor, type CoreDeps } from '../core/deps.js';
import { appendEvent } from '../events/service.js';
import { toInvalidInput, type InvalidInputResult } from '../validation/result.js';
import { requiredText } from '../validation/text.js';
import { getDecoyHash, hashPassword, verifyPassword } from './password.js';
import { checkSignInAllowed, clearSignInFailures, recordSignInFailure, type SignInThrottledResult } from './throttle.js';

export type StaffRecord = Omit<typeof staffUsers.$inferSelect, 'passwordHash' | 'announcedStatus' | 'announcedViewingInquiryId'>;

/** The public face of a staff account, as embedded in inquiries and events. */
export type StaffSummary = Pick<StaffRecord, 'id' | 'email' | 'displayName' | 'role' | 'active' | 'phoneExtension'>;

export function toStaffSummary(staff: StaffSummary): StaffSummary {
  return {
    id: staff.id,
    email: staff.email,
    displayName: staff.displayName,
    role: staff.role,
    active: staff.active,
    phoneExtension: staff.phoneExtension,
  };
}

export type SessionRecord = {
  id: string;
  userId: string;
  expiresAt: Date;
};

/** A signed-in staff member with the session that proves it. */
export type Authenticated = { session: SessionRecord; staff: StaffRecord };

const staffColumns = {
  id: staffUsers.id,
  email: staffUsers.email,
  displayName: staffUsers.displayName,
  role: staffUsers.role,
  active: staffUsers.active,
  phoneExtension: staffUsers.phoneExtension,
  presenceStatus: staffUsers.presenceStatus,
  createdAt: staffUsers.createdAt,
};

export function toActor(staff: StaffSummary): Actor {
  return toStaffSummary(staff);
}

function hashToken(deps: CoreDeps, token: string): string {
  return createHmac('sha256', deps.sessionSecret).update(token).digest('hex');
}

const newStaffSchema = z.object({
  email: requiredText('email', 254).pipe(z.email({ error: 'email must be an e-mail address' })),
  displayName: requiredText('displayName', 120),
  role: z.enum(['agent', 'manager'], { error: 'role must be agent or manager' }),
  password: z.string().min(10, 'password must be at least 10 characters').max(256),
  phoneExtension: z.string().max(20).optional(),
});

export type NewStaff = z.input<typeof newStaffSchema>;

/** Creates a staff account; pass `db` to do it inside an open transaction. */
export async function createStaff(deps: CoreDeps, input: NewStaff, db: Queryable = deps.db): Promise<StaffRecord> {
  const parsed = newStaffSchema.safeParse(input);
  if (!parsed.success) throw new AppError('BAD_USER_INPUT', toInvalidInput(parsed.error).message);

  const values = parsed.data;
  const [row] = await db
    .insert(staffUsers)
    .values({
      email: values.email.toLowerCase(),
      displayName: values.displayName,
      role: values.role,
      passwordHash: await hashPassword(values.password),
      phoneExtension: values.phoneExtension,
    })
    .returning(staffColumns);
  deps.log.info({ staffId: row.id, role: row.role }, 'staff account created');
  return row;
}

export async function listStaff(db: Queryable): Promise<StaffRecord[]> {
  return db.select(staffColumns).from(staffUsers).orderBy(staffUsers.displayName);
}

export async function findStaff(db: Queryable, id: string): Promise<StaffRecord | undefined> {
  if (!isUuid(id)) return undefined;
  const [row] = await db.select(staffColumns).from(staffUsers).where(eq(staffUsers.id, id));
  return row;
}

export type InvalidCredentialsError = { kind: 'invalid_credentials'; message: string };

export type SignInResult =
  | { kind: 'signed_in'; token: string; staff: StaffRecord; session: SessionRecord }
  | InvalidCredentialsError
  | SignInThrottledResult
  | InvalidInputResult;

const signInSchema = z.object({
  email: requiredText('email', 254),
  password: z.string().min(1, 'password is required').max(256, 'password must be at most 256 characters'),
});

/**
 * Checks the password and opens a session. Unknown e-mail, wrong password and
 * a deactivated account get the same result, in about the same time.
 */
export async function signIn(
  deps: CoreDeps,
  input: { email: string; password: string; clientAddress?: string },
): Promise<SignInResult> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return toInvalidInput(parsed.error);

  const email = parsed.data.email.toLowerCase();
  const throttled = await checkSignInAllowed(deps.db, email, input.clientAddress);
  if (throttled) {
    deps.log.warn({ retryAfterSeconds: throttled.retryAfterSeconds }, 'sign-in rejected by throttling');
    return throttled;
  }

  const [user] = await deps.db.select().from(staffUsers).where(eq(staffUsers.email, email));
  const passwordOk = await verifyPassword(user?.passwordHash ?? (await getDecoyHash()), parsed.data.password);
  if (!user || !passwordOk || !user.active) {
    deps.log.info({ staffId: user?.id }, 'sign-in rejected');
    const locked = await recordSignInFailure(deps.db, email, input.clientAddress);
    if (locked) {
      deps.log.warn({ staffId: user?.id }, 'sign-in address locked after repeated failures');
      return locked;
    }
    return { kind: 'invalid_credentials', message: 'E-mail or password is incorrect' };
  }
  await clearSignInFailures(deps.db, email);

  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + deps.sessionTtlHours * 3600_000);
  const [session] = await deps.db
    .insert(sessions)
    .values({ tokenHash: hashToken(deps, token), userId: user.id, expiresAt })
    .returning({ id: sessions.id, userId: sessions.userId, expiresAt: sessions.expiresAt });

  const { passwordHash: _passwordHash, ...staff } = user;
  deps.log.info({ staffId: user.id, sessionId: session.id }, 'signed in');
  return { kind: 'signed_in', token, staff, session };
}

/** Returns the live session and active staff member behind a cookie token, or undefined. */
export async function authenticate(deps: CoreDeps, token: string | undefined): Promise<Authenticated | undefined> {
  if (!token || token.length > 200) return undefined;
  const [row] = await liveSessionByTokenHash(deps.db, { tokenHash: hashToken(deps, token) });
  return row;
}

/**
 * Returns the session with id `sessionId` and its staff member while the
 * session is live and the account active, or undefined. For a WebSocket,
 * which checks its token once and then keeps only the session's id.
 */
export function authenticateSession(deps: CoreDeps, sessionId: string): Promise<Authenticated | undefined> {
  return liveSessionById(deps.db, sessionId);
}

/** Builds the read of the session matching `match` and its staff member, while the session is live and the account active. */
function selectLiveSession(db: Queryable, match: SQL, name: string) {
  return db
    .select({ session: { id: sessions.id, userId: sessions.userId, expiresAt: sessions.expiresAt }, staff: staffColumns })
    .from(sessions)
    .innerJoin(staffUsers, eq(staffUsers.id, sessions.userId))
    .where(and(match, isNull(sessions.revokedAt), gt(sessions.expiresAt, sql`now()`), eq(staffUsers.active, true)))
    .prepare(name);
}

const liveSessionByTokenHash = buildOnce<{ tokenHash: string }, Authenticated[]>((db) =>
  selectLiveSession(db, eq(sessions.tokenHash, sql.placeholder('tokenHash')), 'live_session_by_token'),
);
const liveSessionsByIds = buildOnce<{ ids: string }, Authenticated[]>((db) =>
  selectLiveSession(db, sql`${sessions.id} = any(string_to_array(${sql.placeholder('ids')}, ',')::uuid[])`, 'live_sessions_by_ids'),
);
/**
 * Reads live sessions by id in batches. Every operation on a WebSocket reads
 * its session again, so 50 agents claiming one inquiry would otherwise cost
 * 50 statements. The reads requested while one runs go out together in the next.
 */
const liveSessionById = batchedRead<string, Authenticated>(async (db, keys) => {
  // A key that is not a UUID has no session, and it would make the cast fail for the whole statement.
  const ids = keys.filter(isUuid);
  const rows = ids.length === 0 ? [] : await liveSessionsByIds(db, { ids: ids.join(',') });
  return new Map(rows.map((row) => [row.session.id, row]));
});

/** Ends one session; subscriptions opened with it close in every server process. */
export async function signOut(deps: CoreDeps, sessionId: string): Promise<void> {
  await inTransaction(deps, async (tx) => {
    const revoked = await tx
      .update(sessions)
      .set({ revokedAt: sql`now()` })
      .where(and(eq(sessions.id, sessionId), isNull(sessions.revokedAt)))
      .returning({ id: sessions.id, userId: sessions.userId });
    for (const session of revoked) {
      await appendEvent(tx, { stream: 'access', type: 'session_revoked', actorId: session.userId, payload: { sessionId: session.id } });
    }
  });
  deps.log.info({ sessionId }, 'signed out');
}

/** Revokes every session of a staff member. Returns how many were open. */
export async function revokeSessions(deps: CoreDeps, actor: Actor, staffId: string): Promise<number> {
  if (!isUuid(staffId)) throw new AppError('NOT_FOUND', `No staff member with id ${staffId}`);

  const count = await inTransaction(deps, async (tx) => {
    const revoked = await tx
      .update(sessions)
      .set({ revokedAt: sql`now()` })
      .where(and(eq(sessions.userId, staffId), isNull(sessions.revokedAt)))
      .returning({ id: sessions.id });
    for (const session of revoked) {
      await appendEvent(tx, { stream: 'access', type: 'session_revoked', actorId: actor.id, payload: { sessionId: session.id } });
    }
    return revoked.length;
  });
  deps.log.info({ staffId, revoked: count, by: actor.id }, 'sessions revoked');
  return count;
}

/** Deactivates an account: it can no longer sign in, and its sessions and subscriptions end. */
export async function deactivateStaff(deps: CoreDeps, actor: Actor, staffId: string): Promise<StaffRecord> {
  if (!isUuid(staffId)) throw new AppError('NOT_FOUND', `No staff member with id ${staffId}`);
  if (staffId === actor.id) throw new AppError('BAD_USER_INPUT', 'id: a manager cannot deactivate their own account');

  const staff = await inTransaction(deps, async (tx) => {
    const [row] = await tx.update(staffUsers).set({ active: false }).where(eq(staffUsers.id, staffId)).returning(staffColumns);
    if (!row) throw new AppError('NOT_FOUND', `No staff member with id ${staffId}`);
    await tx.update(sessions).set({ revokedAt: sql`now()` }).where(and(eq(sessions.userId, staffId), isNull(sessions.revokedAt)));
    await appendEvent(tx, { stream: 'access', type: 'staff_deactivated', actorId: actor.id, payload: { staffId } });
    return row;
  });
  deps.log.info({ staffId, by: actor.id }, 'staff account deactivated');
  return staff;
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export function isUuid(value: string): boolean {
  return uuidPattern.test(value);
}
