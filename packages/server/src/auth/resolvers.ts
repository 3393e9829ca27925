import type { Resolvers } from '../graphql/generated.js';
import { actorOf } from '../graphql/context.js';
import { deactivateStaff, listStaff, revokeSessions, signIn, signOut, toStaffSummary } from './service.js';

const signInErrorTypes = { invalid_credentials: 'InvalidCredentials', throttled: 'SignInThrottled', invalid_input: 'InvalidInput' } as const;

export const authResolvers: Resolvers = {
  Query: {
    me: (_parent, _args, context) => (context.auth ? toStaffSummary(context.auth.staff) : null),
    staff: (_parent, _args, context) => listStaff(context.deps.db),
  },
  Mutation: {
    async signIn(_parent, args, context) {
      const result = await signIn(context.deps, { ...args, clientAddress: context.clientAddress });
      if (result.kind === 'signed_in') context.setSessionToken?.(result.token, result.session.expiresAt);
      return result;
    },
    async signOut(_parent, _args, context) {
      if (context.auth) await signOut(context.deps, context.auth.session.id);
      context.clearSessionToken?.();
      return true;
    },
    deactivateStaff: (_parent, args, context) => deactivateStaff(context.deps, actorOf(context), args.id),
    revokeSessions: (_parent, args, context) => revokeSessions(context.deps, actorOf(context), args.staffId),
  },
  SignInPayload: {
    staff: (result) => (result.kind === 'signed_in' ? toStaffSummary(result.staff) : null),
    error: (result) => (result.kind === 'signed_in' ? null : result),
  },
  SignInError: {
    __resolveType: (error) => signInErrorTypes[error.kind],
  },
  StaffRole: { AGENT: 'agent', MANAGER: 'manager' },
};
