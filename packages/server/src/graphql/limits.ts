import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { GraphQLError, specifiedRules, validate, type DocumentNode, type GraphQLSchema, type ValidationContext, type ValidationRule } from 'graphql';

/**
 * Limits on the shape of a GraphQL operation, checked while it is validated,
 * before anything runs. They stop a client from asking for deeply nested,
 * aliased or very wide selections that would make the server work for
 * minutes. The numbers leave room above the largest operation the web client
 * sends (the report query, with a cost of about 2,500). `limits.test.ts`
 * checks every client operation against them.
 * Introspection is exempt, because codegen and tools depend on it.
 */
export const QUERY_LIMITS = {
  /** Nesting of fields, the leaf field included, fragments flattened. */
  maxDepth: 10,
  /** graphql-armor's cost: 2 per object field and 1 per scalar, times 1.5 per level of nesting. */
  maxCost: 5_000,
  /** Aliases in one operation; each alias would run its field again. */
  maxAliases: 15,
} as const;

/**
 * Builds a rule's options that report its rejection, followed by `remedy`:
 * what the client can change to stay within the limit. graphql-armor throws
 * the error by default, which Apollo returns as an internal error (500).
 * Reporting it makes it a validation error (400, GRAPHQL_VALIDATION_FAILED)
 * like any other.
 */
function reportInstead(remedy: string) {
  return {
    exposeLimits: true,
    propagateOnRejection: false,
    onReject: [
      (context: ValidationContext | null, error: GraphQLError) => {
        context?.reportError(new GraphQLError(`${error.message.replace(/^Syntax Error: /, '')} ${remedy}`));
      },
    ],
  };
}

export function queryLimitRules(): ValidationRule[] {
  return [
    maxDepthRule({ n: QUERY_LIMITS.maxDepth, flattenFragments: true, ...reportInstead('Nest fewer levels of fields.') }),
    // The cost of a list grows with its `first` (an inbox page of 1,000 short rows costs about 21,000).
    costLimitRule({ maxCost: QUERY_LIMITS.maxCost, flattenFragments: true, ...reportInstead('Ask for fewer fields, or for fewer items at once with a smaller `first`.') }),
    maxAliasesRule({ n: QUERY_LIMITS.maxAliases, ...reportInstead('Use fewer aliases, or send several operations.') }),
  ] as ValidationRule[];
}

/** graphql's validate with the standard rules and the limits, for the WebSocket server. */
export function validateWithLimits(schema: GraphQLSchema, document: DocumentNode): readonly GraphQLError[] {
  return validate(schema, document, [...specifiedRules, ...queryLimitRules()]);
}
