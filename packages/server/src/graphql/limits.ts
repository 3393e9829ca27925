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
 * graphql-armor throws the error by default, which Apollo returns as an
 * internal error (500). Reporting it instead makes it a validation error
 * (400, GRAPHQL_VALIDATION_FAILED) like any other.
 */
const reportInstead = {
  exposeLimits: true,
  propagateOnRejection: false,
  onReject: [
    (context: ValidationContext | null, error: GraphQLError) => {
      const message = error.message.replace(/^Syntax Error: /, '');
      context?.reportError(new GraphQLError(`${message} ${remedyFor(message)}`.trim()));
    },
  ],
};

/** Returns what the client can change to stay within the limit that `message` names. */
function remedyFor(message: string): string {
  // The cost of a list grows with its `first` (an inbox page of 1,000 short rows costs about 21,000).
  if (/cost limit/i.test(message)) return 'Ask for fewer fields, or for fewer items at once with a smaller `first`.';
  if (/depth limit/i.test(message)) return 'Nest fewer levels of fields.';
  if (/aliases limit/i.test(message)) return 'Use fewer aliases, or send several operations.';
  return '';
}

export function queryLimitRules(): ValidationRule[] {
  return [
    maxDepthRule({ n: QUERY_LIMITS.maxDepth, flattenFragments: true, ...reportInstead }),
    costLimitRule({ maxCost: QUERY_LIMITS.maxCost, flattenFragments: true, ...reportInstead }),
    maxAliasesRule({ n: QUERY_LIMITS.maxAliases, ...reportInstead }),
  ] as ValidationRule[];
}

/** graphql's validate with the standard rules and the limits, for the WebSocket server. */
export function validateWithLimits(schema: GraphQLSchema, document: DocumentNode): readonly GraphQLError[] {
  return validate(schema, document, [...specifiedRules, ...queryLimitRules()]);
}
