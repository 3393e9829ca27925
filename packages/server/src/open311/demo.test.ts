import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COUNTER_SERVICE_KINDS, counterServiceDefinition } from '../counter/services.js';
import { seedDemoCounty } from '../demo/seed.js';
import { demoTopicAttributes, demoTopics } from '../demo/county.js';
import type { RunningServer } from '../http/server.js';
import { openTestDatabase, type TestDatabase } from '../../test/support/database.js';
import { startTestServer } from '../../test/support/server.js';
import { buildValidators, expectValid, schemasAvailable } from '../../test/support/georeport-schemas.js';

describe('Open311 in the demo county', () => {
  let database: TestDatabase;
  let server: RunningServer;

  beforeAll(async () => {
    database = await openTestDatabase('pglite');
    await seedDemoCounty(database.deps, 'demo-password-0123');
    server = await startTestServer(database);
  });
  afterAll(async () => {
    await server?.close();
    await database?.close();
  });

  it('gives attributes only to demo topics that exist', () => {
    const names = new Set(demoTopics.map((topic) => topic.name));
    for (const name of Object.keys(demoTopicAttributes)) expect(names.has(name), name).toBe(true);
  });

  it('lists every topic and marks those with attributes', async () => {
    const services = (await (await fetch(`${server.url}/open311/v2/services.json`)).json()) as { service_code: string; service_name: string; metadata: boolean }[];
    // The counter services (banner permits, the cemetery, ...) adopt the demo topics of the same name.
    const counterNames = new Set(COUNTER_SERVICE_KINDS.map((kind) => counterServiceDefinition(kind).topicName));
    for (const name of counterNames) expect(demoTopics.map((topic) => topic.name)).toContain(name);
    expect(services).toHaveLength(demoTopics.length);
    const demoServices = services.filter((service) => !counterNames.has(service.service_name));
    const withMetadata = demoServices.filter((service) => service.metadata).map((service) => service.service_name);
    expect(withMetadata.sort()).toEqual(Object.keys(demoTopicAttributes).sort());

    const validators = schemasAvailable() ? buildValidators() : undefined;
    if (validators) expectValid(validators.services, services);
    for (const service of demoServices.filter((candidate) => candidate.metadata)) {
      const definition = (await (await fetch(`${server.url}/open311/v2/services/${service.service_code}.json`)).json()) as { attributes: unknown[] };
      expect(definition.attributes).toHaveLength(demoTopicAttributes[service.service_name].length);
      if (validators) expectValid(validators.serviceDefinition, definition);
    }
  });
});
