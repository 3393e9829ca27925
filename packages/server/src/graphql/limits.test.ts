import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Kind, parse, validate, type DefinitionNode } from 'graphql';
import { openTestDatabase, type TestDatabase } from '../../test/support/database.js';
import { createAgent, TEST_PASSWORD } from '../../test/support/fixtures.js';
import { collect, startTestServer, TestClient } from '../../test/support/server.js';
import type { RunningServer } from '../http/server.js';
import { QUERY_LIMITS, queryLimitRules } from './limits.js';
import { buildSchema } from './schema.js';

const webSource = path.resolve(import.meta.dirname, '../../../web/src');

function graphqlFiles(directory: string): string[] {
  return fs.readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) return graphqlFiles(full);
    return entry.name.endsWith('.graphql') ? [full] : [];
  });
}

/** Department -> topics -> department ... nested until the selection is `levels` fields deep, the leaf `name` included. */
function nestedDepartments(levels: number): string {
  let selection = 'name';
  for (let level = 1; level < levels - 1; level += 1) {
    selection = level % 2 === 1 ? `topics { ${selection} }` : `department { ${selection} }`;
  }
  return `{ departments { ${selection} } }`;
}

describe('GraphQL operation limits', () => {
  const schema = buildSchema();

  it('accept every web client operation', () => {
    const files = graphqlFiles(webSource);
    expect(files.length).toBeGreaterThan(10);
    const definitions: DefinitionNode[] = files.flatMap((file) => parse(fs.readFileSync(file, 'utf8')).definitions);
    const operations = definitions.filter((definition) => definition.kind === Kind.OPERATION_DEFINITION);
    expect(operations.length).toBeGreaterThan(30);
    const errors = validate(schema, { kind: Kind.DOCUMENT, definitions }, queryLimitRules());
    expect(errors.map((error) => error.message)).toEqual([]);
  });

  it('reject depth over the limit', () => {
    expect(validate(schema, parse(nestedDepartments(QUERY_LIMITS.maxDepth)), queryLimitRules())).toEqual([]);
    const errors = validate(schema, parse(nestedDepartments(QUERY_LIMITS.maxDepth + 1)), queryLimitRules());
    expect(errors.map((error) => error.message).join(' ')).toMatch(/depth limit of 10/i);
  });

  it('reject too many aliases', () => {
    const aliases = Array.from({ length: QUERY_LIMITS.maxAliases + 1 }, (_, index) => `a${index}: departments { name }`).join(' ');
    const errors = validate(schema, parse(`{ ${aliases} }`), queryLimitRules());
    expect(errors.map((error) => error.message).join(' ')).toMatch(/aliases limit of 15/i);
    expect(errors.map((error) => error.message).join(' ')).toMatch(/Use fewer aliases/);
  });

  it('reject too costly selection', () => {
    const fields = 'id name description phone email';
    const chain = `departments { ${fields} topics { id name department { ${fields} topics { id name department { ${fields} topics { id name department { ${fields} topics { id name } } } } } } } }`;
    const wide = Array.from({ length: QUERY_LIMITS.maxAliases }, (_, index) => `w${index}: ${chain}`).join(' ');
    const errors = validate(schema, parse(`{ ${wide} }`), queryLimitRules());
    const messages = errors.map((error) => error.message).join(' ');
    expect(messages).toMatch(/cost limit of 5000/i);
    expect(messages).not.toMatch(/depth|aliases/i);
  });

  it('limit errors say what to change', () => {
    const page = validate(schema, parse('{ inbox(first: 1000) { edges { node { id reference subject } } } }'), queryLimitRules());
    expect(page.map((error) => error.message).join(' ')).toMatch(/cost limit of 5000 exceeded.*smaller `first`/i);
    const deep = validate(schema, parse(nestedDepartments(QUERY_LIMITS.maxDepth + 1)), queryLimitRules());
    expect(deep.map((error) => error.message).join(' ')).toMatch(/depth limit of 10.*Nest fewer levels/i);
  });
});

describe('GraphQL operation limits over HTTP and WebSocket', () => {
  let database: TestDatabase;
  let server: RunningServer;
  beforeAll(async () => {
    database = await openTestDatabase('pglite');
    server = await startTestServer(database);
  });
  afterAll(async () => {
    await server.close();
    await database.close();
  });

  it('HTTP returns 400 naming the limit', async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: nestedDepartments(QUERY_LIMITS.maxDepth + 3) }),
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]!.message).toMatch(/depth limit of 10/i);
    expect(body.errors[0]!.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('socket rejects deep subscription, stays open', async () => {
    const staff = await createAgent(server.deps, 'Limits Agent');
    const client = new TestClient(server.url);
    await client.signIn(staff.email, TEST_PASSWORD);
    const socket = client.socket();
    try {
      // 11 fields deep: inboxEvents, inquiry, then department and topics four times, then name.
      const chain = 'department { topics { department { topics { department { topics { department { topics { name } } } } } } } }';
      const deep = collect(socket, `subscription { inboxEvents { inquiry { ${chain} } } }`);
      await deep.completed;
      expect(JSON.stringify(deep.errors)).toMatch(/depth limit of 10/i);

      const fine = collect<{ center: { timeZone: string } }>(socket, '{ center { timeZone } }');
      await fine.completed;
      expect(fine.items).toEqual([{ center: { timeZone: 'America/Denver' } }]);
    } finally {
      await socket.dispose();
    }
  });
});
