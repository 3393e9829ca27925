import { getDirective, MapperKind, mapSchema } from '@graphql-tools/utils';
import { defaultFieldResolver, GraphQLError, type GraphQLFieldConfig, type GraphQLSchema } from 'graphql';
import { AppError } from '../core/errors.js';
import type { GraphQLContext } from './context.js';

type Role = 'agent' | 'manager';

/** Roles that satisfy a required role: a manager may do whatever an agent may. */
const satisfies: Record<Role, Role[]> = { agent: ['agent', 'manager'], manager: ['manager'] };

function checkAccess(context: GraphQLContext, isPublic: boolean, role: Role): void {
  if (isPublic) return;
  if (!context.auth) throw new GraphQLError('Sign in to do this', { extensions: { code: 'UNAUTHENTICATED' } });
  if (!satisfies[role].includes(context.auth.staff.role)) {
    throw new GraphQLError(`Only a ${role} can do this`, { extensions: { code: 'FORBIDDEN' } });
  }
}

/** Turns thrown errors into client-safe GraphQL errors; unknown ones are logged and masked. */
function toGraphQLError(context: GraphQLContext, field: string, error: unknown): GraphQLError {
  if (error instanceof GraphQLError) return error;
  if (error instanceof AppError) return new GraphQLError(error.message, { extensions: { code: error.code } });
  context.deps.log.error({ err: error, field, staffId: context.auth?.staff.id }, 'resolver failed');
  return new GraphQLError('Internal server error', { extensions: { code: 'INTERNAL_SERVER_ERROR' } });
}

/**
 * The one place where access is checked. Every Query, Mutation and
 * Subscription field requires a signed-in staff member unless it carries
 * @public; @requireRole(role: MANAGER) narrows it further. Subscriptions are
 * checked when they start, before any event is read.
 */
export function applyAccessRules(schema: GraphQLSchema): GraphQLSchema {
  return mapSchema(schema, {
    [MapperKind.ROOT_FIELD]: (fieldConfig: GraphQLFieldConfig<unknown, GraphQLContext>, fieldName: string) => {
      const isPublic = getDirective(schema, fieldConfig, 'public') !== undefined;
      const roleArgument = getDirective(schema, fieldConfig, 'requireRole')?.[0]?.role as string | undefined;
      const role: Role = roleArgument === 'MANAGER' || roleArgument === 'manager' ? 'manager' : 'agent';

      const resolve = fieldConfig.resolve ?? defaultFieldResolver;
      const guarded: GraphQLFieldConfig<unknown, GraphQLContext> = {
        ...fieldConfig,
        async resolve(source, args, context, info) {
          checkAccess(context, isPublic, role);
          try {
            return await resolve(source, args, context, info);
          } catch (error) {
            throw toGraphQLError(context, fieldName, error);
          }
        },
      };
      if (fieldConfig.subscribe) {
        const subscribe = fieldConfig.subscribe;
        guarded.subscribe = async (source, args, context, info) => {
          checkAccess(context, isPublic, role);
          try {
            return await subscribe(source, args, context, info);
          } catch (error) {
            throw toGraphQLError(context, fieldName, error);
          }
        };
      }
      return guarded;
    },
  });
}
