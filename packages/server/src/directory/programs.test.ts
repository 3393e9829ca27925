import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { RunningServer } from '../http/server.js';
import { databaseKinds, openTestDatabase, type TestDatabase } from '../../test/support/database.js';
import { createAgent, createTopic, TEST_PASSWORD } from '../../test/support/fixtures.js';
import { startTestServer, TestClient } from '../../test/support/server.js';

const createProgramMutation = `mutation($input: CreateProgramInput!) {
  createProgram(input: $input) { id name description department { id name } topics { id } }
}`;

const setTopicProgramMutation = `mutation($topicId: ID!, $programId: ID) {
  setTopicProgram(topicId: $topicId, programId: $programId) { id name program { id name } }
}`;

describe.each(databaseKinds())('programs on %s', (kind) => {
  let database: TestDatabase;
  let server: RunningServer;

  beforeAll(async () => {
    database = await openTestDatabase(kind);
    server = await startTestServer(database);
  });
  afterAll(async () => {
    await server.close();
    await database.close();
  });
  beforeEach(async () => {
    await database.reset();
  });

  async function signedIn(role: 'agent' | 'manager') {
    const staff = await createAgent(database.deps, role === 'manager' ? 'Morgan Manager' : 'Avery Agent', role);
    const client = new TestClient(server.url);
    await client.signIn(staff.email, TEST_PASSWORD);
    return client;
  }

  it('creates a program and files topics in it', async () => {
    const { department, topic } = await createTopic(database.deps, 'Dead tree', 'Forestry');
    await createTopic(database.deps, 'Pothole', 'Road and Bridge');
    const manager = await signedIn('manager');

    const created = await manager.gql(createProgramMutation, {
      input: { name: '  Wildfire Mitigation ', description: 'Defensible space and chipping', departmentId: department.id },
    });
    expect(created.errors).toBeUndefined();
    const program = created.data!.createProgram;
    expect(program).toMatchObject({ name: 'Wildfire Mitigation', description: 'Defensible space and chipping', department: { id: department.id, name: 'Forestry' }, topics: [] });

    const filed = await manager.gql(setTopicProgramMutation, { topicId: topic.id, programId: program.id });
    expect(filed.errors).toBeUndefined();
    expect(filed.data!.setTopicProgram.program).toEqual({ id: program.id, name: 'Wildfire Mitigation' });

    const listed = await manager.gql(`{ programs { name topics { name } } topics { name program { name } } }`);
    expect(listed.data!.programs).toEqual([{ name: 'Wildfire Mitigation', topics: [{ name: 'Dead tree' }] }]);
    expect(listed.data!.topics).toEqual([
      { name: 'Dead tree', program: { name: 'Wildfire Mitigation' } },
      { name: 'Pothole', program: null },
    ]);

    const removed = await manager.gql(setTopicProgramMutation, { topicId: topic.id, programId: null });
    expect(removed.errors).toBeUndefined();
    expect(removed.data!.setTopicProgram.program).toBeNull();
  });

  it('rejects a duplicate program name', async () => {
    const { department } = await createTopic(database.deps, 'Dead tree', 'Forestry');
    const manager = await signedIn('manager');
    await manager.gql(createProgramMutation, { input: { name: 'Wildfire Mitigation', departmentId: department.id } });

    const duplicate = await manager.gql(createProgramMutation, { input: { name: 'wildfire mitigation', departmentId: department.id } });
    expect(duplicate.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(duplicate.errors?.[0].message).toContain('input.name');
    expect(duplicate.errors?.[0].message).toContain('already exists');
  });

  it('names the invalid field', async () => {
    const { department, topic } = await createTopic(database.deps, 'Dead tree', 'Forestry');
    const manager = await signedIn('manager');
    const unknownId = '00000000-0000-4000-8000-000000000000';

    const blank = await manager.gql(createProgramMutation, { input: { name: '  ', departmentId: department.id } });
    expect(blank.errors?.[0].message).toContain('input.name');

    for (const departmentId of [unknownId, 'forestry']) {
      const unknown = await manager.gql(createProgramMutation, { input: { name: 'Chipping', departmentId } });
      expect(unknown.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(unknown.errors?.[0].message).toContain('input.departmentId');
    }

    const unknownTopic = await manager.gql(setTopicProgramMutation, { topicId: unknownId, programId: null });
    expect(unknownTopic.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(unknownTopic.errors?.[0].message).toContain('topicId');

    const unknownProgram = await manager.gql(setTopicProgramMutation, { topicId: topic.id, programId: unknownId });
    expect(unknownProgram.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(unknownProgram.errors?.[0].message).toContain('programId');
  });

  it('rejects an agent', async () => {
    const { department, topic } = await createTopic(database.deps, 'Dead tree', 'Forestry');
    const agent = await signedIn('agent');

    const created = await agent.gql(createProgramMutation, { input: { name: 'Wildfire Mitigation', departmentId: department.id } });
    expect(created.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const filed = await agent.gql(setTopicProgramMutation, { topicId: topic.id, programId: null });
    expect(filed.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const listed = await agent.gql(`{ programs { id } }`);
    expect(listed.data!.programs).toEqual([]);
  });
});
