import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { apiKeys } from '../db/schema.js';
import type { RunningServer } from '../http/server.js';
import { databaseKinds, useTestDatabase } from '../../test/support/database.js';
import { createAgent, createTopic, TEST_PASSWORD } from '../../test/support/fixtures.js';
import { startTestServer, TestClient } from '../../test/support/server.js';

const ISSUE = `mutation($name: String!) { issueApiKey(name: $name) { key apiKey { id name prefix createdAt lastUsedAt revokedAt createdBy { displayName } } error { message fields { field message } } } }`;
const LIST = `query($activeOnly: Boolean) { apiKeys(activeOnly: $activeOnly) { id name prefix revokedAt } }`;
const REVOKE = `mutation($id: ID!) { revokeApiKey(id: $id) { apiKey { id revokedAt } error { message } } }`;
const SET_ATTRIBUTES = `mutation($topicId: ID!, $attributes: [TopicAttributeInput!]!) {
  setTopicAttributes(topicId: $topicId, attributes: $attributes) {
    attributes { code datatype required variable description datatypeDescription order values { key name } }
    error { __typename ... on InvalidInput { message fields { field message } } ... on NotFound { message } }
  }
}`;

describe.each(databaseKinds())('Open311 GraphQL on %s', (kind) => {
  const testDatabase = useTestDatabase(kind);
  let server: RunningServer;
  let manager: TestClient;
  let agent: TestClient;

  beforeAll(async () => {
    server = await startTestServer(testDatabase());
  });
  afterAll(async () => {
    await server?.close();
  });

  beforeEach(async () => {
    const deps = testDatabase().deps;
    const managerActor = await createAgent(deps, 'Morgan Manager', 'manager');
    const agentActor = await createAgent(deps, 'Avery Agent');
    manager = new TestClient(server.url);
    await manager.signIn(managerActor.email, TEST_PASSWORD);
    agent = new TestClient(server.url);
    await agent.signIn(agentActor.email, TEST_PASSWORD);
  });

  describe('API keys', () => {
    it('issues a key shown once and stored as an HMAC', async () => {
      const result = await manager.gql(ISSUE, { name: '  County app  ' });
      const issued = result.data!.issueApiKey;
      expect(issued.error).toBeNull();
      expect(issued.key).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(issued.apiKey).toMatchObject({ name: 'County app', prefix: issued.key.slice(0, 8), lastUsedAt: null, revokedAt: null, createdBy: { displayName: 'Morgan Manager' } });

      const [row] = await testDatabase().deps.db.select().from(apiKeys).where(eq(apiKeys.id, issued.apiKey.id));
      expect(row.keyHash).toMatch(/^[0-9a-f]{64}$/);
      expect(row.keyHash).not.toContain(issued.key);

      const listed = await manager.gql(LIST);
      expect(listed.data!.apiKeys).toEqual([{ id: issued.apiKey.id, name: 'County app', prefix: issued.key.slice(0, 8), revokedAt: null }]);
      expect(JSON.stringify(listed)).not.toContain(issued.key);
    });

    it('rejects a blank name', async () => {
      const result = await manager.gql(ISSUE, { name: '   ' });
      expect(result.data!.issueApiKey.key).toBeNull();
      expect(result.data!.issueApiKey.error.fields).toEqual([{ field: 'name', message: 'name is required and cannot be blank' }]);
    });

    it('revokes a key and lists it as revoked', async () => {
      const first = (await manager.gql(ISSUE, { name: 'First' })).data!.issueApiKey.apiKey;
      const second = (await manager.gql(ISSUE, { name: 'Second' })).data!.issueApiKey.apiKey;
      const revoked = await manager.gql(REVOKE, { id: first.id });
      expect(revoked.data!.revokeApiKey.error).toBeNull();
      expect(revoked.data!.revokeApiKey.apiKey.revokedAt).toMatch(/^\d{4}-/);

      const again = await manager.gql(REVOKE, { id: first.id });
      expect(again.data!.revokeApiKey.apiKey.revokedAt).toBe(revoked.data!.revokeApiKey.apiKey.revokedAt);

      const all = (await manager.gql(LIST)).data!.apiKeys as { id: string; revokedAt: string | null }[];
      expect(all.map((key) => key.id)).toEqual([second.id, first.id]);
      const active = (await manager.gql(LIST, { activeOnly: true })).data!.apiKeys as { id: string }[];
      expect(active.map((key) => key.id)).toEqual([second.id]);
    });

    it('answers an unknown key with NotFound', async () => {
      const result = await manager.gql(REVOKE, { id: '00000000-0000-4000-8000-000000000000' });
      expect(result.data!.revokeApiKey).toEqual({ apiKey: null, error: { message: 'No API key with id 00000000-0000-4000-8000-000000000000' } });
      const malformed = await manager.gql(REVOKE, { id: 'abc' });
      expect(malformed.data!.revokeApiKey.error.message).toBe('No API key with id abc');
    });

    it('is for managers only', async () => {
      for (const [query, variables] of [
        [ISSUE, { name: 'x' }],
        [LIST, {}],
        [REVOKE, { id: '00000000-0000-4000-8000-000000000000' }],
      ] as const) {
        const asAgent = await agent.gql(query, variables);
        expect(asAgent.errors?.[0].extensions?.code).toBe('FORBIDDEN');
        const anonymous = await new TestClient(server.url).gql(query, variables);
        expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      }
      expect(await testDatabase().deps.db.select().from(apiKeys)).toHaveLength(0);
    });
  });

  describe('topic attributes', () => {
    const size = { code: 'SIZE', datatype: 'SINGLEVALUELIST', required: true, description: 'How big is it?', values: [{ key: 'S', name: 'Small' }, { key: 'L', name: 'Large' }] };

    it('sets, reads and replaces attributes', async () => {
      const { topic } = await createTopic(testDatabase().deps);
      const set = await manager.gql(SET_ATTRIBUTES, {
        topicId: topic.id,
        attributes: [size, { code: 'DEPTH', datatype: 'NUMBER', description: 'Depth in cm', datatypeDescription: 'A number' }],
      });
      expect(set.data!.setTopicAttributes.error).toBeNull();
      expect(set.data!.setTopicAttributes.attributes).toEqual([
        { code: 'SIZE', datatype: 'SINGLEVALUELIST', required: true, variable: true, description: 'How big is it?', datatypeDescription: null, order: 1, values: size.values },
        { code: 'DEPTH', datatype: 'NUMBER', required: false, variable: true, description: 'Depth in cm', datatypeDescription: 'A number', order: 2, values: [] },
      ]);

      const read = await agent.gql(`{ topics { serviceCode attributes { code order } } }`);
      expect(read.data!.topics).toEqual([{ serviceCode: topic.id, attributes: [{ code: 'SIZE', order: 1 }, { code: 'DEPTH', order: 2 }] }]);

      const replaced = await manager.gql(SET_ATTRIBUTES, { topicId: topic.id, attributes: [{ code: 'WHEN', datatype: 'DATETIME', description: 'When?', order: 5 }] });
      expect(replaced.data!.setTopicAttributes.attributes.map((attribute: { code: string; order: number }) => [attribute.code, attribute.order])).toEqual([['WHEN', 5]]);
      const cleared = await manager.gql(SET_ATTRIBUTES, { topicId: topic.id, attributes: [] });
      expect(cleared.data!.setTopicAttributes.attributes).toEqual([]);
    });

    it('names each invalid attribute field', async () => {
      const { topic } = await createTopic(testDatabase().deps);
      const cases: [Record<string, unknown>[], string, RegExp][] = [
        [[size, { ...size, required: false }], 'attributes.1.code', /code SIZE appears twice/],
        [[{ ...size, values: [] }], 'attributes.0.values', /a singlevaluelist needs at least one value/],
        [[{ ...size, datatype: 'MULTIVALUELIST', values: [] }], 'attributes.0.values', /a multivaluelist needs at least one value/],
        [[{ ...size, datatype: 'STRING' }], 'attributes.0.values', /values are only for singlevaluelist and multivaluelist, not string/],
        [[{ ...size, code: 'has space' }], 'attributes.0.code', /code must be 1 to 64 letters/],
        [[{ ...size, values: [{ key: 'S', name: 'a' }, { key: 'S', name: 'b' }] }], 'attributes.0.values.1.key', /key S appears twice/],
        [[{ ...size, description: ' ' }], 'attributes.0.description', /description is required/],
        [[{ ...size, variable: false }], 'attributes.0.required', /cannot be required/],
        [[{ ...size, order: 0 }], 'attributes.0.order', /order must be at least 1/],
      ];
      for (const [attributes, field, message] of cases) {
        const result = await manager.gql(SET_ATTRIBUTES, { topicId: topic.id, attributes });
        const error = result.data!.setTopicAttributes.error;
        expect(error.__typename).toBe('InvalidInput');
        const entry = (error.fields as { field: string; message: string }[]).find((candidate) => candidate.field === field);
        expect(entry?.message, `${field} in ${JSON.stringify(error.fields)}`).toMatch(message);
      }
      const unknownType = await manager.gql(SET_ATTRIBUTES, { topicId: topic.id, attributes: [{ ...size, datatype: 'COLOUR' }] });
      expect(unknownType.errors?.[0].message).toMatch(/COLOUR/);

      const read = await manager.gql(`{ topics { attributes { code } } }`);
      expect(read.data!.topics[0].attributes).toEqual([]);
    });

    it('answers an unknown topic with NotFound', async () => {
      const result = await manager.gql(SET_ATTRIBUTES, { topicId: '00000000-0000-4000-8000-000000000000', attributes: [size] });
      expect(result.data!.setTopicAttributes.error).toEqual({ __typename: 'NotFound', message: 'No topic with id 00000000-0000-4000-8000-000000000000' });
    });

    it('is for managers only', async () => {
      const { topic } = await createTopic(testDatabase().deps);
      const result = await agent.gql(SET_ATTRIBUTES, { topicId: topic.id, attributes: [size] });
      expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    });
  });
});
