import { A, Navigate, useLocation, useMatch } from '@solidjs/router';
import { createSignal, onCleanup, Show, type Accessor, type JSX } from 'solid-js';
import { createStore } from 'solid-js/store';
import { useSession } from '../features/auth/session';
import { createDirectory } from '../features/directory/directory';
import { defaultInboxFilter, type InboxFilterState } from '../features/inbox/filters';
import { InboxFilters } from '../features/inbox/InboxFilters';
import { InboxList } from '../features/inbox/InboxList';
import { createInboxStore } from '../features/inbox/inboxStore';
import { QuickEntryDialog } from '../features/intake/QuickEntryDialog';
import { QuickEntryButtons } from '../features/intake/QuickEntryButtons';
import { startHeartbeat } from '../features/presence/heartbeat';
import { createPresenceStore } from '../features/presence/presenceStore';
import { TeamBar } from '../features/presence/TeamBar';
import { DutyBadge } from '../features/rotation/DutyBadge';
import { ringNoticeMessage, startRingNotices } from '../features/rotation/ringNotices';
import { startRotationFeed } from '../features/rotation/rotationFeed';
import { closeSocket, openSocket } from '../lib/api';
import { InboxEventsDocument, type SignedInStaffFragment } from '../lib/graphql';
import { publishInquiryUpdate } from '../lib/inquiryUpdates';
import { startResumableStream } from '../lib/live';
import { ConnectionBanner } from './ConnectionBanner';
import { ToastRegion } from './ToastRegion';
import { WorkspaceContext, type QuickEntryKind, type Toast, type WorkspaceContextValue } from './workspaceContext';
import './workspace.css';

/** Builds the sign-in address that returns to `path` afterwards. */
function signInHref(path: string): string {
  return path === '/' ? '/signin' : `/signin?next=${encodeURIComponent(path)}`;
}

/** Renders the staff workspace, or sends signed-out visitors to the sign-in page. */
export default function Workspace(props: { children?: JSX.Element }) {
  const session = useSession();
  const location = useLocation();

  return (
    <Show when={session.me()} fallback={<Navigate href={signInHref(location.pathname + location.search)} />}>
      {(me) => <SignedInWorkspace me={me}>{props.children}</SignedInWorkspace>}
    </Show>
  );
}

function SignedInWorkspace(props: { me: Accessor<SignedInStaffFragment>; children?: JSX.Element }) {
  const session = useSession();

  // The socket authenticates with the session cookie, so it opens only here,
  // after sign-in, and closes when the workspace goes away.
  openSocket();
  onCleanup(closeSocket);

  const myStaffId = props.me().id;
  // The rotation feed starts before the stores that listen to it.
  startRotationFeed();
  const directory = createDirectory();
  const presence = createPresenceStore(myStaffId);
  const [filter, setFilter] = createStore<InboxFilterState>({ ...defaultInboxFilter });
  const inbox = createInboxStore(() => filter, myStaffId);
  const [resyncCount, setResyncCount] = createSignal(0);

  const inboxStream = startResumableStream({
    document: InboxEventsDocument,
    selectEvent: (data) => data.inboxEvents,
    onEvent: (event) => publishInquiryUpdate({ inquiry: event.inquiry, eventType: event.type }),
    onResumeWithoutPosition: () => {
      void inbox.reload();
      setResyncCount((count) => count + 1);
    },
  });
  onCleanup(inboxStream.stop);

  // The route gives the highlighted row at once. Heartbeats only carry an id
  // once the pane has loaded it, because the server rejects unknown ids.
  const inquiryMatch = useMatch(() => '/inquiries/:id');
  const openInquiryId = () => inquiryMatch()?.params.id ?? null;
  const [viewingInquiryId, setViewingInquiryId] = createSignal<string | null>(null);
  // The knowledge base and the rotation take the whole width below the header, without the inbox.
  const knowledgeBaseMatch = useMatch(() => '/kb/*');
  const rotationMatch = useMatch(() => '/rotation');
  const phoneMatch = useMatch(() => '/phone');
  const kioskMatch = useMatch(() => '/kiosk');
  const open311Match = useMatch(() => '/api-keys');
  const outboxMatch = useMatch(() => '/outbox');
  const reportsMatch = useMatch(() => '/reports');
  const kudosMatch = useMatch(() => '/kudos-review');
  const fullWidth = () => Boolean(knowledgeBaseMatch() || rotationMatch() || phoneMatch() || kioskMatch() || open311Match() || outboxMatch() || reportsMatch() || kudosMatch());
  startHeartbeat(viewingInquiryId, presence.applyPresence);

  const [quickEntryKind, setQuickEntryKind] = createSignal<QuickEntryKind | null>(null);
  const [toast, setToast] = createSignal<Toast | null>(null);
  startRingNotices((notice) => setToast({ message: ringNoticeMessage(notice) }));

  const context: WorkspaceContextValue = {
    me: props.me,
    directory,
    presence,
    inbox,
    resyncCount,
    openQuickEntry: setQuickEntryKind,
    setViewingInquiryId,
    showToast: setToast,
  };

  function handleShortcut(event: KeyboardEvent): void {
    if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    // event.code does not depend on the keyboard layout, and on macOS Option+P types "π" as event.key.
    if (event.code === 'KeyP') {
      event.preventDefault();
      setQuickEntryKind('phone');
    } else if (event.code === 'KeyW') {
      event.preventDefault();
      setQuickEntryKind('walk_in');
    }
  }
  document.addEventListener('keydown', handleShortcut);
  onCleanup(() => document.removeEventListener('keydown', handleShortcut));

  return (
    <WorkspaceContext.Provider value={context}>
      <div class="workspace">
        <a class="skip-link" href={fullWidth() ? '#detail' : '#inbox-list'}>
          {knowledgeBaseMatch() ? 'Skip to the knowledge base' : rotationMatch() ? 'Skip to the rotation' : 'Skip to the inbox'}
        </a>
        <header class="topbar">
          <div class="brand">
            <span class="brand-mark" aria-hidden="true">
              311
            </span>
            <span class="brand-name">Civic Desk</span>
          </div>
          <nav class="topbar-nav" aria-label="Sections">
            <A href="/" end class="topbar-link" data-testid="nav-inbox">
              Inbox
            </A>
            <A href="/kb" class="topbar-link" data-testid="nav-kb">
              Knowledge base
            </A>
            <A href="/rotation" class="topbar-link" data-testid="nav-rotation">
              Rotation
            </A>
            <A href="/phone" class="topbar-link" data-testid="nav-phone">
              Phone
            </A>
            <A href="/kiosk" class="topbar-link" data-testid="nav-kiosk">
              Kiosk
            </A>
            <A href="/outbox" class="topbar-link" data-testid="nav-outbox">
              Outbox
            </A>
            <A href="/counter" class="topbar-link" data-testid="nav-counter">
              Counter
            </A>
            <Show when={props.me().role === 'MANAGER'}>
              <A href="/api-keys" class="topbar-link" data-testid="nav-open311">
                Open311
              </A>
              <A href="/reports" class="topbar-link" data-testid="nav-reports">
                Reports
              </A>
              <A href="/kudos-review" class="topbar-link" data-testid="nav-kudos">
                Kudos
              </A>
            </Show>
          </nav>
          <TeamBar />
          <div class="account">
            <DutyBadge />
            <span class="account-name" data-testid="signed-in-as">
              {props.me().displayName}
            </span>
            <button type="button" class="button button-small" data-testid="sign-out-button" onClick={() => void session.signOut()}>
              Sign out
            </button>
          </div>
        </header>
        <ConnectionBanner />
        <Show
          when={!fullWidth()}
          fallback={
            <main class="kb-column" id="detail">
              {props.children}
            </main>
          }
        >
          <div class="workspace-body">
            <section class="inbox-column" aria-labelledby="inbox-heading">
              <div class="inbox-header">
                <h1 id="inbox-heading">Inbox</h1>
                <QuickEntryButtons />
              </div>
              <InboxFilters filter={filter} setFilter={setFilter} />
              <InboxList openInquiryId={openInquiryId()} />
            </section>
            <main class="detail-column" id="detail">
              {props.children}
            </main>
          </div>
        </Show>
        <Show when={quickEntryKind()} keyed>
          {(kind) => <QuickEntryDialog kind={kind} onClose={() => setQuickEntryKind(null)} />}
        </Show>
        <ToastRegion toast={toast()} onDismiss={() => setToast(null)} />
      </div>
    </WorkspaceContext.Provider>
  );
}
