import { eq, inArray, isNull, type Column, type SQL } from 'drizzle-orm';
import type { Actor } from '../core/deps.js';
import { sanitizeText } from '../validation/text.js';
import type { Channel, InquiryStatus } from './views.js';

export type InboxFilter = {
  channels?: Channel[] | null;
  statuses?: InquiryStatus[] | null;
  topicId?: string | null;
  departmentId?: string | null;
  claim?: 'mine' | 'unclaimed' | 'anyone' | null;
  text?: string | null;
};

/** Columns the inbox filters on, which both `inquiries` and `inquiry_counts` have. */
export type FilterColumns = { channel: Column; status: Column; topicId: Column; departmentId: Column; claimedById: Column };

/** Builds the conditions of every filter field but the text search on `columns`. */
export function columnConditions(columns: FilterColumns, actor: Actor, filter: InboxFilter): SQL[] {
  const conditions: SQL[] = [];
  if (filter.channels?.length) conditions.push(inArray(columns.channel, filter.channels));
  if (filter.statuses?.length) conditions.push(inArray(columns.status, filter.statuses));
  if (filter.topicId) conditions.push(eq(columns.topicId, filter.topicId));
  if (filter.departmentId) conditions.push(eq(columns.departmentId, filter.departmentId));
  if (filter.claim === 'mine') conditions.push(eq(columns.claimedById, actor.id));
  if (filter.claim === 'unclaimed') conditions.push(isNull(columns.claimedById));
  return conditions;
}

/** Returns the filter's search text as the inbox matches it, or an empty string for no search. */
export function searchText(filter: InboxFilter): string {
  return filter.text ? sanitizeText(filter.text).trim() : '';
}
