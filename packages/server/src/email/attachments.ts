import { asc, eq } from 'drizzle-orm';
import type { Queryable } from '../db/client.js';
import { attachments } from '../db/schema.js';

export type AttachmentSummary = { id: string; messageId: number | null; filename: string; contentType: string; sizeBytes: number; createdAt: Date };

/** Lists an inquiry's files without their content, oldest first. */
export async function listAttachments(db: Queryable, inquiryId: number): Promise<AttachmentSummary[]> {
  return db
    .select({
      id: attachments.id,
      messageId: attachments.messageId,
      filename: attachments.filename,
      contentType: attachments.contentType,
      sizeBytes: attachments.sizeBytes,
      createdAt: attachments.createdAt,
    })
    .from(attachments)
    .where(eq(attachments.inquiryId, inquiryId))
    .orderBy(asc(attachments.createdAt), asc(attachments.id));
}

export async function loadAttachment(db: Queryable, id: string) {
  const [row] = await db.select().from(attachments).where(eq(attachments.id, id));
  return row;
}
