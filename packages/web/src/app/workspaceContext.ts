import { createContext, useContext, type Accessor } from 'solid-js';
import type { Directory } from '../features/directory/directory';
import type { InboxStore } from '../features/inbox/inboxStore';
import type { PresenceStore } from '../features/presence/presenceStore';
import type { SignedInStaffFragment } from '../lib/graphql';

export type QuickEntryKind = 'phone' | 'walk_in';

export type Toast = { message: string; href?: string; linkText?: string };

/** The stores and actions that the workspace shares with its panes. */
export type WorkspaceContextValue = {
  me: Accessor<SignedInStaffFragment>;
  directory: Directory;
  presence: PresenceStore;
  inbox: InboxStore;
  /** Increases whenever live updates may have been missed, so panes reload their data. */
  resyncCount: Accessor<number>;
  openQuickEntry: (kind: QuickEntryKind) => void;
  /** Records the inquiry that the detail pane shows, or null, for presence heartbeats. */
  setViewingInquiryId: (inquiryId: string | null) => void;
  showToast: (toast: Toast) => void;
};

export const WorkspaceContext = createContext<WorkspaceContextValue>();

export function useWorkspace(): WorkspaceContextValue {
  const value = useContext(WorkspaceContext);
  if (value === undefined) throw new Error('useWorkspace must be called inside the signed-in workspace');
  return value;
}
