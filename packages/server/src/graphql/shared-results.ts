import {
  createSourceEventStream,
  parse,
  execute,
  getOperationAST,
  Kind,
  subscribe as graphqlSubscribe,
  visit,
  type ExecutionArgs,
  type ExecutionResult,
  type FieldNode,
  type DocumentNode,
  type FormattedExecutionResult,
  type GraphQLError,
  type GraphQLSchema,
  type Source,
} from 'graphql';

/**
 * Executes and serialises a subscription result once per event for all
 * subscribers that would get the same bytes, instead of once per subscriber.
 *
 * graphql-ws calls `subscribe` once per subscription and runs `execute` for
 * every event it reads from the source stream. Here the result is cached per
 * source event object and per key. The key is the parsed document object,
 * the operation name, the variables used below the root field, and the
 * subscriber's audience (see `audienceOf`). Subscribers share a document
 * object only when graphql-ws parses with `documentCache` below. The dispatcher hands the same EventRecord object to
 * every live listener, so all subscribers with the same key share one
 * execution. Events replayed from the log are separate objects and are
 * executed for their subscriber alone.
 *
 * The shared result also carries its JSON text. graphql-ws builds each
 * message with JSON.stringify, so `onNext` hands it a small placeholder
 * payload, and the socket's send function (wrapped by `sendSerialisedResults`)
 * puts the cached text in its place.
 */

/**
 * Root subscription fields whose results may be shared. Each must resolve
 * only from its event and from fields whose values depend on nothing in the
 * context but the audience, and its own arguments must only choose the
 * events (they are left out of the key).
 */
export const SHARED_SUBSCRIPTION_FIELDS: ReadonlySet<string> = new Set(['inboxEvents']);

const SERIALISED = Symbol('serialised result');
/** The key of the placeholder payload. No GraphQL response has it, because `$` cannot start a GraphQL name. */
const PLACEHOLDER_KEY = '$serialisedResult';
const PLACEHOLDER_TAIL = new RegExp(`"payload":\\{"\\${PLACEHOLDER_KEY}":(\\d+)\\}\\}$`);
/** Placeholder messages are short: `{"id":"<id>","type":"next","payload":{"$serialisedResult":<n>}}`. */
const MAX_PLACEHOLDER_MESSAGE_CHARS = 200;

type SerialisedResult = ExecutionResult & { [SERIALISED]?: string };

export type SharedResultsOptions = {
  /** Returns what the result depends on in the context, such as the role; undefined means "do not share". */
  audienceOf: (contextValue: unknown) => string | undefined;
  fields?: ReadonlySet<string>;
};

/** Returns the payload graphql-ws would send for `result`: the result with errors in their JSON form. */
function toPayload(result: ExecutionResult): FormattedExecutionResult {
  const { errors, ...rest } = result;
  return { ...rest, ...(errors ? { errors: errors.map((error) => error.toJSON()) } : {}) };
}

/** Returns the one root field of a subscription operation when it may be shared, or undefined. */
function sharedRootField(args: ExecutionArgs, fields: ReadonlySet<string>): FieldNode | undefined {
  const operation = getOperationAST(args.document, args.operationName);
  if (operation?.operation !== 'subscription') return undefined;
  const selections = operation.selectionSet.selections;
  if (selections.length !== 1 || selections[0].kind !== Kind.FIELD) return undefined;
  const field = selections[0];
  return fields.has(field.name.value) ? field : undefined;
}

/** Returns the values of the variables used below the root field, so that a variable of the root field alone does not split the cache. */
function nestedVariables(root: FieldNode, args: ExecutionArgs): Record<string, unknown> {
  const names = new Set<string>();
  if (root.selectionSet) {
    visit(root.selectionSet, {
      Variable(node) {
        names.add(node.name.value);
      },
    });
  }
  // Fragments are shared by the whole document, so their variables count too.
  for (const definition of args.document.definitions) {
    if (definition.kind !== Kind.FRAGMENT_DEFINITION) continue;
    visit(definition, {
      Variable(node) {
        names.add(node.name.value);
      },
    });
  }
  const values = args.variableValues ?? {};
  return Object.fromEntries([...names].sort().map((name) => [name, values[name] ?? null]));
}

/** Maps every value of `source` through `map`, passing return() on at once so an idle subscription ends without waiting for an event. */
function mapAsyncIterable<T, R>(source: AsyncIterator<T>, map: (value: T) => Promise<R>): AsyncIterableIterator<R> {
  const close = async (): Promise<IteratorResult<R>> => {
    await source.return?.();
    return { done: true, value: undefined };
  };
  return {
    async next() {
      const item = await source.next();
      if (item.done) return { done: true, value: undefined };
      return { done: false, value: await map(item.value) };
    },
    return: close,
    async throw(error: unknown) {
      if (source.throw) {
        const item = await source.throw(error);
        if (!item.done) return { done: false, value: await map(item.value) };
      }
      await close();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}

/**
 * Returns the `subscribe` and `onNext` options for graphql-ws's useServer
 * and the socket wrapper that goes with them. Operations on other root fields, or with an undefined audience, run through
 * graphql's own subscribe, once per subscriber.
 */
export function sharedResults(options: SharedResultsOptions) {
  const fields = options.fields ?? SHARED_SUBSCRIPTION_FIELDS;
  // Entries live as long as their event object, which the dispatcher drops once every subscriber has it.
  const cache = new WeakMap<object, Map<string, Promise<SerialisedResult>>>();
  let nextToken = 0;
  // Subscribers of one text share one parsed document (see documentCache), so its identity stands for
  // the text in the key without each subscription keeping its own printed copy.
  const documentIds = new WeakMap<DocumentNode, number>();
  let nextDocumentId = 0;
  const documentId = (document: DocumentNode) => {
    let id = documentIds.get(document);
    if (id === undefined) {
      nextDocumentId += 1;
      id = nextDocumentId;
      documentIds.set(document, id);
    }
    return id;
  };
  const pendingBySocket = new WeakMap<object, Map<number, string>>();

  async function subscribe(args: ExecutionArgs) {
    const root = sharedRootField(args, fields);
    const audience = root ? options.audienceOf(args.contextValue) : undefined;
    if (!root || audience === undefined) return graphqlSubscribe(args);

    const stream = await createSourceEventStream(args);
    if (!(Symbol.asyncIterator in stream)) return stream;
    const key = JSON.stringify([documentId(args.document), args.operationName ?? null, nestedVariables(root, args), audience]);

    return mapAsyncIterable(stream[Symbol.asyncIterator](), (event: unknown) => {
      if (typeof event !== 'object' || event === null) return Promise.resolve(execute({ ...args, rootValue: event }) as ExecutionResult);
      let results = cache.get(event);
      if (!results) {
        results = new Map();
        cache.set(event, results);
      }
      let result = results.get(key);
      if (!result) {
        result = Promise.resolve(execute({ ...args, rootValue: event })).then((executed: SerialisedResult) => {
          executed[SERIALISED] = JSON.stringify(toPayload(executed));
          return executed;
        });
        results.set(key, result);
      }
      return result;
    });
  }

  /**
   * graphql-ws's onNext hook: for a shared result it returns a placeholder
   * payload with a token, and remembers the JSON text under that token for
   * the subscriber's socket.
   */
  function onNext(ctx: { extra: unknown }, _id: string, _payload: unknown, _args: unknown, result: ExecutionResult): FormattedExecutionResult | undefined {
    const serialised = (result as SerialisedResult)[SERIALISED];
    const socket = (ctx.extra as { socket?: object } | undefined)?.socket;
    if (serialised === undefined || !socket) return undefined;
    let pending = pendingBySocket.get(socket);
    if (!pending) {
      pending = new Map();
      pendingBySocket.set(socket, pending);
    }
    nextToken += 1;
    pending.set(nextToken, serialised);
    return { [PLACEHOLDER_KEY]: nextToken } as FormattedExecutionResult;
  }

  /**
   * Wraps `socket.send` so that a message whose payload is a placeholder is
   * sent with the cached JSON text instead. Call it before the WebSocket
   * server emits the socket's `connection` event.
   */
  function sendSerialisedResults<S extends { send: (data: never, ...rest: never[]) => void }>(socket: S): void {
    const send = socket.send.bind(socket) as (data: unknown, ...rest: unknown[]) => void;
    (socket as unknown as { send: (data: unknown, ...rest: unknown[]) => void }).send = (data: unknown, ...rest: unknown[]) => {
      if (typeof data === 'string' && data.length <= MAX_PLACEHOLDER_MESSAGE_CHARS) {
        const match = PLACEHOLDER_TAIL.exec(data);
        const pending = match ? pendingBySocket.get(socket) : undefined;
        const token = match ? Number(match[1]) : 0;
        const serialised = pending?.get(token);
        if (match && serialised !== undefined) {
          pending!.delete(token);
          send(`${data.slice(0, match.index)}"payload":${serialised}}`, ...rest);
          return;
        }
      }
      send(data, ...rest);
    };
  }

  return { subscribe, onNext, sendSerialisedResults };
}

/** Subscription documents kept parsed; the web client sends a handful of distinct ones. */
const MAX_CACHED_DOCUMENTS = 100;
/** Longer documents are parsed for each subscription and not kept. */
const MAX_CACHED_DOCUMENT_CHARS = 20_000;

/**
 * Returns `parse` and `validate` options for graphql-ws that parse each
 * distinct document text once and validate each parsed document once, so
 * subscribers sending the same text share one syntax tree. A parsed document
 * with its token locations takes tens of kilobytes, which each open
 * subscription would otherwise keep. graphql-js never changes a syntax tree,
 * so sharing one is safe. The least recently used document is dropped past
 * MAX_CACHED_DOCUMENTS.
 */
export function documentCache(validate: (schema: GraphQLSchema, document: DocumentNode) => readonly GraphQLError[]) {
  const documents = new Map<string, DocumentNode>();
  const validations = new WeakMap<DocumentNode, { schema: GraphQLSchema; errors: readonly GraphQLError[] }>();
  return {
    parse(input: string | Source): DocumentNode {
      if (typeof input !== 'string') return parse(input);
      const source = input;
      const cached = documents.get(source);
      if (cached) {
        documents.delete(source);
        documents.set(source, cached);
        return cached;
      }
      const document = parse(source);
      if (source.length <= MAX_CACHED_DOCUMENT_CHARS) {
        documents.set(source, document);
        if (documents.size > MAX_CACHED_DOCUMENTS) documents.delete(documents.keys().next().value!);
      }
      return document;
    },
    /**
     * Returns the cached copy of a document's text, or `text` itself when it is
     * not cached. graphql-ws keeps each subscription's message, text included,
     * until the subscription ends. With the shared copy swapped in, every
     * subscriber's own copy can be collected.
     */
    canonicalText(text: string): string {
      return documents.get(text)?.loc?.source.body ?? text;
    },
    validate(schema: GraphQLSchema, document: DocumentNode): readonly GraphQLError[] {
      const cached = validations.get(document);
      if (cached?.schema === schema) return cached.errors;
      const errors = validate(schema, document);
      validations.set(document, { schema, errors });
      return errors;
    },
  };
}
