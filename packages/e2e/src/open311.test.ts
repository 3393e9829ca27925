import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { createAgent, createTopic, TEST_PASSWORD } from '../../server/test/support/fixtures.js';
import { launchChromium, requireBrowserAndBuild, signIn, startWorkspace, type Workspace } from './harness.js';

describe('Open311 API keys in the browser', () => {
  let workspace: Workspace;
  let browser: Browser;
  let managerContext: BrowserContext;
  let manager: Page;
  let agent: Page;
  let serviceCode: string;

  beforeAll(async () => {
    requireBrowserAndBuild();
    workspace = await startWorkspace();
    browser = await launchChromium();
    const deps = workspace.server.deps;
    serviceCode = (await createTopic(deps, 'Pothole', 'Pavement Division')).topic.id;
    const managerAccount = await createAgent(deps, 'Margaret Chen', 'manager');
    const agentAccount = await createAgent(deps, 'Dana Ortiz');
    managerContext = await browser.newContext();
    await managerContext.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: workspace.server.url });
    manager = await signIn(managerContext, workspace.server.url, managerAccount.email, TEST_PASSWORD);
    agent = await signIn(await browser.newContext(), workspace.server.url, agentAccount.email, TEST_PASSWORD);
  });

  afterAll(async () => {
    await browser?.close();
    await workspace?.server.close();
    await workspace?.database.close();
  });

  function postRequest(apiKey: string): Promise<Response> {
    const body = new URLSearchParams({ api_key: apiKey, service_code: serviceCode, lat: '35.08', long: '-106.65', description: 'Pothole by the school' });
    return fetch(`${workspace.server.url}/open311/v2/requests.json`, { method: 'POST', body });
  }

  it('issues a key once, shows its use and revokes it', async () => {
    await manager.getByTestId('nav-open311').click();
    await manager.getByTestId('open311-page').waitFor();
    expect(await manager.getByTestId('open311-endpoint').innerText()).toBe(`${workspace.server.url}/open311/v2/`);
    await manager.getByText('No keys yet.').waitFor();

    // A blank name is rejected with the server's message beside the field.
    await manager.getByTestId('issue-api-key').click();
    await manager.getByText('name is required and cannot be blank').waitFor();

    await manager.getByLabel('Who will use the key').fill('County mobile app');
    await manager.getByLabel('Who will use the key').press('Enter');
    await manager.getByTestId('new-api-key').waitFor();
    const key = await manager.getByTestId('new-api-key-value').inputValue();
    expect(key).toMatch(/^[A-Za-z0-9_-]{43}$/);

    await manager.getByTestId('copy-api-key').click();
    await expect.poll(() => manager.getByTestId('copy-api-key').innerText()).toBe('Copied');
    expect(await manager.evaluate(() => navigator.clipboard.readText())).toBe(key);

    const row = manager.getByTestId('api-key-row');
    expect(await row.count()).toBe(1);
    expect(await row.getByTestId('api-key-row-name').innerText()).toBe('County mobile app');
    expect(await row.getByTestId('api-key-row-prefix').innerText()).toBe(`${key.slice(0, 8)}…`);
    expect(await row.getByTestId('api-key-row-last-used').innerText()).toBe('Never');

    // The key works for a client.
    const accepted = await postRequest(key);
    expect(accepted.status).toBe(200);

    // After a reload the key is no longer shown, only its prefix, and its use is listed.
    await manager.reload();
    await manager.getByTestId('api-key-table').waitFor();
    expect(await manager.getByTestId('new-api-key').count()).toBe(0);
    expect(await manager.content()).not.toContain(key);
    expect(await row.getByTestId('api-key-row-last-used').innerText()).not.toBe('Never');
    expect(await row.getByTestId('api-key-row-status').innerText()).toBe('Active');

    // Revoking needs a confirmation, and the key is rejected at once.
    await row.getByTestId('revoke-api-key').click();
    await row.getByTestId('confirm-revoke-api-key').click();
    await expect.poll(() => row.getByTestId('api-key-row-status').innerText()).toMatch(/^Revoked /);
    expect(await row.getByTestId('revoke-api-key').count()).toBe(0);
    const refused = await postRequest(key);
    expect(refused.status).toBe(403);
  });

  it('edits the attributes of a topic', async () => {
    await manager.goto(`${workspace.server.url}/api-keys`);
    await manager.getByTestId('open311-attributes').waitFor();
    await manager.getByLabel('Topic').selectOption({ label: 'Pothole (Pavement Division)' });
    expect(await manager.getByTestId('attributes-service-code').innerText()).toBe(serviceCode);
    await manager.getByText('This topic has no attributes.').waitFor();

    // An attribute without a question is rejected with the server's message on its row.
    await manager.getByTestId('add-attribute').click();
    await manager.getByLabel('Code').fill('SIZE');
    await manager.getByLabel('Type').selectOption('SINGLEVALUELIST');
    await manager.getByLabel('Choices, one per line as KEY = Name').fill('S = Small\nL = Large');
    await manager.getByTestId('attribute-required').check();
    await manager.getByTestId('save-attributes').click();
    expect(await manager.getByTestId('attribute-errors').innerText()).toContain('description: description is required');

    await manager.getByLabel('Question or information').fill('How big is it?');
    await manager.getByTestId('save-attributes').click();
    await manager.getByTestId('attributes-saved').waitFor();

    // Clients see the attribute in the service definition at once.
    const definition = (await (await fetch(`${workspace.server.url}/open311/v2/services/${serviceCode}.json`)).json()) as { attributes: unknown[] };
    expect(definition.attributes).toEqual([
      {
        variable: true,
        code: 'SIZE',
        datatype: 'singlevaluelist',
        required: true,
        datatype_description: null,
        order: 1,
        description: 'How big is it?',
        values: [
          { key: 'S', name: 'Small' },
          { key: 'L', name: 'Large' },
        ],
      },
    ]);
  });

  it('is hidden from agents', async () => {
    expect(await agent.getByTestId('nav-open311').count()).toBe(0);
    await agent.goto(`${workspace.server.url}/api-keys`);
    await agent.getByTestId('open311-manager-only').waitFor();
    expect(await agent.getByTestId('issue-api-key').count()).toBe(0);
  });
});
