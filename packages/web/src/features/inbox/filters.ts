import type { Channel, ClaimFilter, InboxFilter, InquiryStatus } from '../../lib/graphql';

/** The inbox filters as the controls keep them. Empty strings mean "any". */
export type InboxFilterState = {
  channels: Channel[];
  status: InquiryStatus | '';
  topicId: string;
  departmentId: string;
  claim: ClaimFilter;
  text: string;
};

export const defaultInboxFilter: InboxFilterState = {
  channels: [],
  status: 'OPEN',
  topicId: '',
  departmentId: '',
  claim: 'ANYONE',
  text: '',
};

/** Converts the control state into the `InboxFilter` input of the `inbox` query. */
export function toInboxFilter(state: InboxFilterState): InboxFilter {
  const filter: InboxFilter = { claim: state.claim };
  if (state.channels.length > 0) filter.channels = [...state.channels];
  if (state.status !== '') filter.statuses = [state.status];
  if (state.topicId !== '') filter.topicId = state.topicId;
  if (state.departmentId !== '') filter.departmentId = state.departmentId;
  const text = state.text.trim();
  if (text !== '') filter.text = text;
  return filter;
}

/** The fields that matchesInboxFilter reads. */
export type FilterableInquiry = {
  reference: string;
  channel: Channel;
  status: InquiryStatus;
  subject: string;
  body: string;
  contact: { name: string | null; email: string | null } | null;
  topic: { id: string } | null;
  department: { id: string } | null;
  claimedBy: { id: string } | null;
};

/**
 * Decides in the browser whether a live inquiry belongs in the filtered list.
 * NOTE: the text match is a case-insensitive substring test over the fields
 * the schema names (reference, subject, body, contact name and e-mail). The
 * server's own text search may match differently, for example by word stems.
 */
export function matchesInboxFilter(inquiry: FilterableInquiry, state: InboxFilterState, myStaffId: string): boolean {
  if (state.channels.length > 0 && !state.channels.includes(inquiry.channel)) return false;
  if (state.status !== '' && inquiry.status !== state.status) return false;
  if (state.topicId !== '' && inquiry.topic?.id !== state.topicId) return false;
  if (state.departmentId !== '' && inquiry.department?.id !== state.departmentId) return false;
  if (state.claim === 'MINE' && inquiry.claimedBy?.id !== myStaffId) return false;
  if (state.claim === 'UNCLAIMED' && inquiry.claimedBy !== null) return false;

  const text = state.text.trim().toLowerCase();
  if (text === '') return true;
  const searchable = [inquiry.reference, inquiry.subject, inquiry.body, inquiry.contact?.name, inquiry.contact?.email];
  return searchable.some((value) => value?.toLowerCase().includes(text));
}
