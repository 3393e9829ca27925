import {
  execute,
  getOperationAST,
  Kind,
  visit,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  type FieldNode,
  type FormattedExecutionResult,
  type GraphQLError,
  type GraphQLSchema,
  parse,
  type Source,
} from 'graphql';

/**
 * Executes and serialises a subscription result once per event for all
 * subscribers that would get the same bytes, instead of once per subscriber.
 *
 * Results are cached per source event object and per key. The key is the
 * parsed document object, the operation name, the variables used below the
 * root field, and the subscriber's audience (such as the role). Subscribers
 * share a document object because `documentCache` below parses each text
 * once. The dispatcher hands the same EventRecord object to every live
 * listener, so all subscribers with the same key share one execution and
 * one JSON text. Events replayed from the log are separate objects and are
 * executed for their subscriber alone.
 */

/**
 * Root subscription fields whose results may be shared. Each must resolve
 * only from its event and from fields whose values depend on nothing in the
 * context but the audience, and its own arguments must only choose the
 * events (they are left out of the key).
 */
export const SHARED_SUBSCRIPTION_FIELDS: ReadonlySet<string> = new Set(['inboxEvents']);

/** Returns the payload of a `next` message for `result`: the result with errors in their JSON form. */
export function toPayload(result: ExecutionResult): FormattedExecutionResult {
  const { errors, ...rest } = result;
  return { ...rest, ...(errors ? { errors: errors.map((error) => error.toJSON()) } : {}) };
}

/** Returns the one root field of a subscription operation when it may be shared, or undefined. */
export function sharedRootField(document: DocumentNode, operationName: string | null | undefined, fields: ReadonlySet<string> = SHARED_SUBSCRIPTION_FIELDS): FieldNode | undefined {
  const operation = getOperationAST(document, operationName);
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

/** Something waiting for a shared result's text; `resume` is called once it is there. */
export type ResultWaiter = { resume(): void };

/** One event's result for one key: its JSON text once executed, and who waits for it until then. */
export class SharedResult {
  /** The `payload` of the `next` message, as JSON text; undefined until the execution ends. */
  text: string | undefined;
  private waiters: ResultWaiter[] | undefined;

  constructor(executed: ExecutionResult | Promise<ExecutionResult>, onFailure: (error: unknown) => void) {
    if (!isPromise(executed)) {
      this.text = JSON.stringify(toPayload(executed));
      return;
    }
    executed.then(
      (result) => this.settle(JSON.stringify(toPayload(result))),
      (error: unknown) => {
        onFailure(error);
        this.settle(JSON.stringify({ errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }));
      },
    );
  }

  /** Calls `waiter.resume()` once the text is there; at once if it already is. */
  wait(waiter: ResultWaiter): void {
    if (this.text !== undefined) waiter.resume();
    else (this.waiters ??= []).push(waiter);
  }

  private settle(text: string): void {
    this.text = text;
    const waiters = this.waiters;
    this.waiters = undefined;
    if (waiters) for (const waiter of waiters) waiter.resume();
  }
}

function isPromise<T>(value: T | Promise<T>): value is Promise<T> {
  return typeof (value as { then?: unknown } | null)?.then === 'function';
}

/**
 * A shared subscription's key, kept once for all its subscribers, with the
 * execution arguments of the subscriber that opened it. Any subscriber's
 * arguments give the same result, because everything they differ in is part
 * of the key.
 */
export class SharedKey {
  /** Subscribers holding the key. */
  holders = 0;

  constructor(
    readonly text: string,
    readonly args: ExecutionArgs,
  ) {}
}

/**
 * The cache of shared results. A subscription takes its key from `acquire`
 * when it starts and gives it back to `release` when it ends. `resultFor`
 * executes an event for a key, or returns the result that another subscriber
 * of the key already started.
 */
export class SharedResults {
  // Entries live as long as their event object, which the dispatcher drops once every subscriber has it.
  private readonly cache = new WeakMap<object, Map<SharedKey, SharedResult>>();
  private readonly keys = new Map<string, SharedKey>();
  // Subscribers of one text share one parsed document (see documentCache), so its identity stands for
  // the text in the key without each subscription keeping its own printed copy.
  private readonly documentIds = new WeakMap<DocumentNode, number>();
  private nextDocumentId = 0;

  constructor(private readonly onFailure: (error: unknown) => void = () => {}) {}

  acquire(args: ExecutionArgs, root: FieldNode, audience: string): SharedKey {
    let id = this.documentIds.get(args.document);
    if (id === undefined) {
      this.nextDocumentId += 1;
      id = this.nextDocumentId;
      this.documentIds.set(args.document, id);
    }
    const text = JSON.stringify([id, args.operationName ?? null, nestedVariables(root, args), audience]);
    let key = this.keys.get(text);
    if (!key) {
      key = new SharedKey(text, args);
      this.keys.set(text, key);
    }
    key.holders += 1;
    return key;
  }

  release(key: SharedKey): void {
    key.holders -= 1;
    if (key.holders === 0 && this.keys.get(key.text) === key) this.keys.delete(key.text);
  }

  /** The number of keys in use, for tests. */
  get keyCount(): number {
    return this.keys.size;
  }

  /** Returns the result of `event` for `key`, executing it if no subscriber of the key has. */
  resultFor(event: object, key: SharedKey): SharedResult {
    let results = this.cache.get(event);
    if (!results) {
      results = new Map();
      this.cache.set(event, results);
    }
    let result = results.get(key);
    if (!result) {
      result = new SharedResult(execute({ ...key.args, rootValue: event }) as ExecutionResult | Promise<ExecutionResult>, this.onFailure);
      results.set(key, result);
    }
    return result;
  }
}

/** Subscription documents kept parsed; the web client sends a handful of distinct ones. */
const MAX_CACHED_DOCUMENTS = 100;
/** Longer documents are parsed for each subscription and not kept. */
const MAX_CACHED_DOCUMENT_CHARS = 20_000;

/**
 * Returns `parse` and `validate` functions for the WebSocket server that
 * parse each distinct document text once and validate each parsed document
 * once, so subscribers sending the same text share one syntax tree. A parsed document
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
    validate(schema: GraphQLSchema, document: DocumentNode): readonly GraphQLError[] {
      const cached = validations.get(document);
      if (cached?.schema === schema) return cached.errors;
      const errors = validate(schema, document);
      validations.set(document, { schema, errors });
      return errors;
    },
  };
}
