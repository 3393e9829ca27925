import { and, eq, inArray, lte, or, sql } from 'drizzle-orm';
import nodemailer, { type Transporter } from 'nodemailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport/index.js';
import { outboundEmails } from '../db/schema.js';
import { inTransaction, type CoreDeps } from '../core/deps.js';
import type { EmailConfig } from '../config.js';
import { maskEmail } from '../logger.js';
import { appendEmailInboxEvent, type OutboundEmailRow } from './outbox.js';

/** Waits after the 1st, 2nd, 3rd and 4th failed attempt; later failures wait as long as the last. */
export const RETRY_DELAYS_SECONDS = [60, 5 * 60, 30 * 60, 2 * 60 * 60];

/** How long a claimed row may stay `sending` before another worker takes it over, as after a crash mid-send. */
const SENDING_LEASE_SECONDS = 10 * 60;

/** Rows claimed per round; the rest wait for the next round. */
const BATCH_SIZE = 10;

export type OutboxWorkerOptions = {
  /** Time between rounds when nothing is due; the default is 5 s. */
  pollMilliseconds?: number;
  /** A transport to send through instead of SMTP_RELAY_URL (tests). */
  transport?: Transporter;
};

/** Replaces every e-mail address in `text` with its masked form (a***@example.org). */
export function maskAddresses(text: string): string {
  return text.replace(/[^\s<>"'(),;:]+@[^\s<>"'(),;:]+/g, (address) => maskEmail(address) ?? '***');
}

export function retryDelaySeconds(failedAttempts: number): number {
  return RETRY_DELAYS_SECONDS[Math.min(Math.max(failedAttempts, 1), RETRY_DELAYS_SECONDS.length) - 1];
}

/** Headers that mark the center's automatic e-mails (RFC 3834 Auto-Submitted, and Exchange's suppression header). */
const automaticHeaders: Partial<Record<OutboundEmailRow['kind'], Record<string, string>>> = {
  acknowledgement: { 'Auto-Submitted': 'auto-replied', 'X-Auto-Response-Suppress': 'All' },
  survey: { 'Auto-Submitted': 'auto-generated', 'X-Auto-Response-Suppress': 'All' },
  reminder: { 'Auto-Submitted': 'auto-generated', 'X-Auto-Response-Suppress': 'All' },
  confirmation: { 'Auto-Submitted': 'auto-generated', 'X-Auto-Response-Suppress': 'All' },
};

/**
 * Sends the outbox through the SMTP relay: one worker per process. Each
 * round claims due rows with FOR UPDATE SKIP LOCKED, so several processes on
 * one database never send a row twice, and marks them `sending` with a lease.
 * A failed attempt is retried after RETRY_DELAYS_SECONDS until
 * `outboxMaxAttempts`, then the row is `failed` with its last error. With no
 * relay configured the worker does nothing and rows stay `queued`.
 */
export class OutboxWorker {
  private readonly transport: Transporter | undefined;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = false;

  constructor(
    private readonly deps: CoreDeps,
    private readonly config: Pick<EmailConfig, 'relayUrl' | 'mailFrom' | 'outboxMaxAttempts'>,
    private readonly options: OutboxWorkerOptions = {},
  ) {
    this.transport =
      options.transport ??
      (config.relayUrl
        ? nodemailer.createTransport({ url: config.relayUrl, connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 60_000 } as SMTPTransport.Options)
        : undefined);
  }

  get relayConfigured(): boolean {
    return this.transport !== undefined;
  }

  start(): void {
    if (!this.transport) {
      this.deps.log.warn('SMTP_RELAY_URL is not set, so outbound e-mail stays queued in the outbox');
      return;
    }
    this.deps.log.info({ from: maskEmail(this.config.mailFrom) }, 'outbox worker started');
    this.schedule(0);
  }

  /** Starts a round now instead of at the next poll, for example after "retry now". */
  wake(): void {
    if (!this.transport || this.stopped) return;
    this.schedule(0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
    this.transport?.close();
  }

  private schedule(delay: number): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      if (this.running) {
        this.schedule(this.options.pollMilliseconds ?? 5000);
        return;
      }
      this.running = this.runOnce()
        .then((sent) => sent)
        .catch((error: unknown) => {
          this.deps.log.error({ err: error }, 'outbox round failed');
          return 0;
        })
        .then((handled) => {
          this.running = undefined;
          // A full batch means more may be due at once.
          this.schedule(handled >= BATCH_SIZE ? 0 : (this.options.pollMilliseconds ?? 5000));
        });
    }, delay);
    this.timer.unref();
  }

  /** Claims the rows due at `now` and sends them; returns how many were handled. */
  async runOnce(now = new Date()): Promise<number> {
    if (!this.transport) return 0;
    const claimed = await this.claimDue(now);
    for (const row of claimed) await this.send(row, now);
    return claimed.length;
  }

  private async claimDue(now: Date): Promise<OutboundEmailRow[]> {
    const leaseEnd = new Date(now.getTime() + SENDING_LEASE_SECONDS * 1000);
    return this.deps.db.transaction(async (tx) => {
      const due = await tx
        .select({ id: outboundEmails.id })
        .from(outboundEmails)
        .where(and(or(eq(outboundEmails.status, 'queued'), eq(outboundEmails.status, 'sending')), lte(outboundEmails.nextAttemptAt, now)))
        .orderBy(outboundEmails.nextAttemptAt, outboundEmails.id)
        .limit(BATCH_SIZE)
        .for('update', { skipLocked: true });
      if (due.length === 0) return [];
      return tx
        .update(outboundEmails)
        .set({ status: 'sending', attempts: sql`${outboundEmails.attempts} + 1`, nextAttemptAt: leaseEnd })
        .where(inArray(outboundEmails.id, due.map((row) => row.id)))
        .returning();
    });
  }

  private async send(row: OutboundEmailRow, now: Date): Promise<void> {
    const bracket = (id: string) => `<${id}>`;
    try {
      await this.transport!.sendMail({
        from: this.config.mailFrom,
        to: row.toAddress,
        subject: row.subject,
        text: row.bodyText,
        messageId: bracket(row.messageIdHeader),
        ...(row.inReplyTo ? { inReplyTo: bracket(row.inReplyTo) } : {}),
        ...(row.references.length > 0 ? { references: row.references.map(bracket) } : {}),
        // RFC 3834: an acknowledgement is an automatic reply and a survey e-mail is automatically generated, so a well-behaved auto-responder answers neither.
        headers: automaticHeaders[row.kind] ?? {},
      });
      await this.finish(row, { status: 'sent', sentAt: now, lastError: null });
      this.deps.log.info({ outboundEmailId: row.id, inquiryId: row.inquiryId, to: maskEmail(row.toAddress), attempt: row.attempts }, 'e-mail sent');
    } catch (error) {
      const message = (error instanceof Error ? error.message : String(error)).slice(0, 1000);
      const giveUp = row.attempts >= this.config.outboxMaxAttempts;
      const nextAttemptAt = new Date(now.getTime() + retryDelaySeconds(row.attempts) * 1000);
      await this.finish(row, giveUp ? { status: 'failed', lastError: message } : { status: 'queued', nextAttemptAt, lastError: message });
      // The relay's error names the recipient, and nodemailer's error object lists it too, so only a masked message is logged.
      const context = {
        error: maskAddresses(message),
        code: (error as { code?: string }).code,
        responseCode: (error as { responseCode?: number }).responseCode,
        outboundEmailId: row.id,
        inquiryId: row.inquiryId,
        attempt: row.attempts,
      };
      if (giveUp) this.deps.log.error(context, 'sending e-mail failed; no attempts left, marked failed');
      else this.deps.log.warn({ ...context, nextAttemptAt }, 'sending e-mail failed; will retry');
    }
  }

  private async finish(row: OutboundEmailRow, change: Partial<Pick<OutboundEmailRow, 'status' | 'sentAt' | 'lastError' | 'nextAttemptAt'>>): Promise<void> {
    await inTransaction(this.deps, async (tx) => {
      await tx.update(outboundEmails).set(change).where(eq(outboundEmails.id, row.id));
      if (row.inquiryId !== null) await appendEmailInboxEvent(tx, 'email_status_changed', row.inquiryId);
    });
  }
}
