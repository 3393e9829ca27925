/**
 * The signed-in staff member and the sign-in and sign-out actions. Created on
 * first use, so the public /ask page never queries the server for a session.
 */
import { createResource, createRoot, createSignal, type Accessor, type Resource } from 'solid-js';
import { closeSocket, mutate, query, setSessionEndedHandler } from '../../lib/api';
import { MeDocument, SignInDocument, SignOutDocument, type SignedInStaffFragment } from '../../lib/graphql';

export type SignInResult =
  | { ok: true; staff: SignedInStaffFragment }
  | { ok: false; message: string; fieldErrors: Record<string, string> };

export type Session = {
  /** The signed-in staff member, or null when signed out. Reading it suspends while it loads. */
  me: Resource<SignedInStaffFragment | null>;
  /** A message for the sign-in page, such as why the last session ended. */
  notice: Accessor<string | null>;
  signIn: (email: string, password: string) => Promise<SignInResult>;
  signOut: () => Promise<void>;
  /** Loads `me` again, after a failed load. */
  reload: () => void;
};

/** Strips the argument prefix from a field path such as "email" or "input.email". */
function fieldName(path: string): string {
  const parts = path.split('.');
  return parts[parts.length - 1] ?? path;
}

function createSession(): Session {
  const [me, { mutate: setMe, refetch }] = createResource<SignedInStaffFragment | null>(async () => {
    const data = await query(MeDocument, {});
    return data.me;
  });
  const [notice, setNotice] = createSignal<string | null>(null);

  setSessionEndedHandler(() => {
    closeSocket();
    if (me.state === 'ready' && me() !== null) {
      setNotice('Your session has ended. Sign in again to continue.');
    }
    setMe(null);
  });

  async function signIn(email: string, password: string): Promise<SignInResult> {
    const data = await mutate(SignInDocument, { email, password });
    const payload = data.signIn;

    if (payload.staff !== null) {
      // The socket authenticates when it connects, so one left from an
      // earlier session must not carry over to this one.
      closeSocket();
      setNotice(null);
      setMe(payload.staff);
      return { ok: true, staff: payload.staff };
    }

    const error = payload.error;
    if (error?.__typename === 'InvalidInput') {
      const fieldErrors: Record<string, string> = {};
      for (const entry of error.fields) fieldErrors[fieldName(entry.field)] = entry.message;
      return { ok: false, message: 'Check the highlighted fields.', fieldErrors };
    }
    if (error?.__typename === 'InvalidCredentials' || error?.__typename === 'SignInThrottled') {
      return { ok: false, message: error.message, fieldErrors: {} };
    }
    return { ok: false, message: 'Sign-in failed for an unknown reason. Try again.', fieldErrors: {} };
  }

  async function signOut(): Promise<void> {
    closeSocket();
    try {
      await mutate(SignOutDocument, {});
    } finally {
      setNotice(null);
      setMe(null);
    }
  }

  return { me, notice, signIn, signOut, reload: () => void refetch() };
}

let session: Session | null = null;

/** Returns the page-wide session store, creating it on the first call. */
export function useSession(): Session {
  session ??= createRoot(() => createSession());
  return session;
}
