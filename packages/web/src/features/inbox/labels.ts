import type { Channel, ClaimFilter, InquiryStatus } from '../../lib/graphql';

export const channelLabels: Record<Channel, string> = {
  PHONE: 'Phone',
  WALK_IN: 'Walk-in',
  EMAIL: 'E-mail',
  WEB: 'Web',
};

export const channels: Channel[] = ['PHONE', 'WALK_IN', 'EMAIL', 'WEB'];

export const statusLabels: Record<InquiryStatus, string> = {
  OPEN: 'Open',
  RESOLVED: 'Resolved',
};

export const claimFilterLabels: Record<ClaimFilter, string> = {
  ANYONE: 'Anyone',
  MINE: 'Mine',
  UNCLAIMED: 'Unclaimed',
};
