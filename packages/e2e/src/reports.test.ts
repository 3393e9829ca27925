import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Actor } from '../../server/src/core/deps.js';
import { kudos, surveyResponses } from '../../server/src/db/schema.js';
import type { RunningServer } from '../../server/src/http/server.js';
import { receiveInquiry, type IntakeInput } from '../../server/src/inquiries/intake.js';
import { approveKudos, submitKudos } from '../../server/src/kudos/service.js';
import { claimInquiry, resolveInquiry } from '../../server/src/inquiries/service.js';
import { applyTelephonyEvent } from '../../server/src/phone/service.js';
import { openTestDatabase, type TestDatabase } from '../../server/test/support/database.js';
import { createAgent, createTopic, TEST_PASSWORD } from '../../server/test/support/fixtures.js';
import { startTestServer } from '../../server/test/support/server.js';
import { launchChromium, requireBrowserAndBuild, signIn, webDist, axeViolations } from './harness.js';

const databaseKind = process.env.DATABASE_URL ? 'postgres' : 'pglite';
const ZONE = 'America/Denver';
const FROM = '2026-10-01';
const TO = '2026-10-31';
const REPORT_PATH = `/reports?from=${FROM}&to=${TO}&bucket=day`;

/** Converts a local time in the center's zone to an instant. Every seeded time falls in daylight saving time (UTC−6), which in 2026 ends on November 1. */
function local(text: string): Date {
  return new Date(`${text}:00-06:00`);
}

/** Returns the first and last date of the month before today's month in the center's zone. */
function lastFullMonth(): { from: string; to: string } {
  const [year, month] = new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date()).split('-').map(Number);
  const first = new Date(Date.UTC(year!, month! - 2, 1));
  const last = new Date(Date.UTC(year!, month! - 1, 0));
  return { from: first.toISOString().slice(0, 10), to: last.toISOString().slice(0, 10) };
}

/** Counts the canvas pixels that are not fully transparent, to tell a drawn chart from an empty canvas. */
function paintedPixels(page: Page, testId: string): Promise<number> {
  return page.getByTestId(testId).evaluate((canvas) => {
    const element = canvas as HTMLCanvasElement;
    const context = element.getContext('2d');
    if (context === null || element.width === 0 || element.height === 0) return 0;
    const pixels = context.getImageData(0, 0, element.width, element.height).data;
    let painted = 0;
    for (let index = 3; index < pixels.length; index += 4) if (pixels[index]! > 0) painted += 1;
    return painted;
  });
}

type DrawnChart = { labels: string[]; datasets: { label: string; data: (number | null)[] }[] };

/** Reads the labels and values that Chart.js last drew on a canvas (written by the page's drawnDataAttribute plugin). */
async function drawnChart(page: Page, testId: string): Promise<DrawnChart> {
  const text = await page.getByTestId(testId).getAttribute('data-chart-values');
  if (text === null) throw new Error(`chart ${testId} has no drawn data`);
  return JSON.parse(text) as DrawnChart;
}

/** Waits until the page shows the report for the address it is on. */
async function waitForReport(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const body = document.querySelector('.reports-body');
    return body !== null && body.getAttribute('data-state') === 'ready' && body.getAttribute('data-request') === body.getAttribute('data-shown-request');
  });
}

async function cellOf(page: Page, tableTestId: string, rowKey: string, cell: string): Promise<string> {
  return page.getByTestId(tableTestId).locator(`[data-key="${rowKey}"] [data-testid="${cell}"]`).innerText();
}

/** Parses RFC 4180 CSV (quoted fields, doubled quotes, CRLF line ends) into rows of cells. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index]!;
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        cell += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\n') {
      row.push(cell.replace(/\r$/, ''));
      rows.push(row);
      row = [];
      cell = '';
    } else cell += char;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}

/** Parses CSV with a header line into records keyed by the header's names. */
function csvRecords(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text);
  return rows.map((cells) => Object.fromEntries(header!.map((name, index) => [name, cells[index] ?? ''])));
}

const sum = (values: (number | null)[]) => values.reduce<number>((total, value) => total + (value ?? 0), 0);

describe(`reports page in the browser (${databaseKind})`, () => {
  let database: TestDatabase;
  let server: RunningServer;
  let browser: Browser;
  let managerContext: BrowserContext;
  let manager: Page;
  let managerEmail: string;
  let agentEmail: string;
  let parksId: string;
  let parkBenchId: string;

  beforeAll(async () => {
    requireBrowserAndBuild();
    database = await openTestDatabase(databaseKind);
    server = await startTestServer(database, { WEB_DIST: webDist, CENTER_TZ: ZONE });
    browser = await launchChromium();
    const deps = server.deps;

    const managerAccount = await createAgent(deps, 'Morgan Lee', 'manager');
    const agent = await createAgent(deps, 'Dana Ortiz');
    managerEmail = managerAccount.email;
    agentEmail = agent.email;
    const pothole = await createTopic(deps, 'Pothole', 'Pavement Division');
    const bench = await createTopic(deps, 'Park bench', 'Parks');
    parksId = bench.department.id;
    parkBenchId = bench.topic.id;

    async function receive(input: Partial<IntakeInput> & { receivedAt: Date }, actor?: Actor) {
      const result = await receiveInquiry(deps, { channel: 'web', subject: 'Question', ...input }, actor);
      if (result.kind !== 'created') throw new Error(`intake failed: ${JSON.stringify(result)}`);
      return result.inquiry;
    }

    // October 2026: 3 phone, 2 web, 1 walk-in and 1 e-mail; 4 for Pavement Division, 3 for Parks.
    const resolvedCall = await receive({ channel: 'phone', topicId: pothole.topic.id, receivedAt: local('2026-10-05T09:00') }, agent);
    await receive({ channel: 'phone', topicId: pothole.topic.id, receivedAt: local('2026-10-06T10:00') }, agent);
    await receive({ channel: 'phone', topicId: bench.topic.id, receivedAt: local('2026-10-06T11:00') }, agent);
    const webPothole = await receive({ channel: 'web', topicId: pothole.topic.id, receivedAt: local('2026-10-12T08:00') });
    await receive({ channel: 'web', topicId: bench.topic.id, receivedAt: local('2026-10-20T14:00') });
    await receive({ channel: 'walk_in', topicId: bench.topic.id, receivedAt: local('2026-10-20T15:00') }, agent);
    await receive({ channel: 'email', topicId: pothole.topic.id, contact: { email: 'resident@example.org' }, receivedAt: local('2026-10-28T16:00') });
    // The previous period (August 31 to September 30) contains one web inquiry.
    await receive({ channel: 'web', topicId: pothole.topic.id, receivedAt: local('2026-09-15T12:00') });

    const resolved = await resolveInquiry(deps, agent, resolvedCall.id, resolvedCall.version, 'Filled the same day');
    if (resolved.kind !== 'ok') throw new Error(`resolve failed: ${resolved.kind}`);
    const claimed = await claimInquiry(deps, agent, webPothole.id, webPothole.version);
    if (claimed.kind !== 'ok') throw new Error(`claim failed: ${claimed.kind}`);
    const resolvedWeb = await resolveInquiry(deps, agent, webPothole.id, claimed.inquiry.version, 'Crew sent');
    if (resolvedWeb.kind !== 'ok') throw new Error(`resolve failed: ${resolvedWeb.kind}`);

    // Two survey answers on October 15 (service 4 and 2, courtesy 4 and 3) and two kudos, one approved for Dana.
    await deps.db.insert(surveyResponses).values([
      { inquiryId: Number(resolvedCall.id), serviceRating: 4, courtesyRating: 4, source: 'email', createdAt: local('2026-10-15T10:00') },
      { inquiryId: Number(webPothole.id), serviceRating: 2, courtesyRating: 3, source: 'email', createdAt: local('2026-10-15T11:00') },
    ]);
    const kudosIds: string[] = [];
    for (const message of ['Dana fixed my problem in one call', 'Friendly help at the desk']) {
      const submitted = await submitKudos(deps.db, { source: 'public', employeeName: 'Dana', message });
      if (submitted.kind !== 'submitted') throw new Error(`kudos failed: ${JSON.stringify(submitted)}`);
      kudosIds.push(submitted.id);
    }
    // The database contains no other kudos, so the update without a condition dates just these two.
    await deps.db.update(kudos).set({ createdAt: local('2026-10-16T09:00') });
    const approved = await approveKudos(deps, managerAccount, kudosIds[0]!, agent.id);
    if (approved.kind !== 'ok') throw new Error(`approve failed: ${approved.kind}`);

    // One answered call and one abandoned after 30 s of waiting: an abandon rate of 50%.
    const start = local('2026-10-07T09:00').getTime();
    const at = (seconds: number) => new Date(start + seconds * 1000).toISOString();
    for (const body of [
      { type: 'call.offered', callId: 'answered', at: at(0) },
      { type: 'call.answered', callId: 'answered', at: at(10), extension: '201' },
      { type: 'call.ended', callId: 'answered', at: at(130) },
      { type: 'call.offered', callId: 'abandoned', at: at(0) },
      { type: 'call.abandoned', callId: 'abandoned', at: at(30) },
    ]) {
      const result = await applyTelephonyEvent(deps, body);
      if (result.kind !== 'ok') throw new Error(`telephony event failed: ${JSON.stringify(result)}`);
    }

    managerContext = await browser.newContext({ viewport: { width: 1400, height: 1000 }, timezoneId: 'Pacific/Kiritimati' });
    manager = await signIn(managerContext, server.url, managerEmail, TEST_PASSWORD);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await database?.close();
  });

  it('shows the seeded figures in cards, tables and charts', async () => {
    await manager.getByTestId('nav-reports').click();
    await manager.getByTestId('reports-page').waitFor();
    await waitForReport(manager);
    // Without a range in the address, the page shows the last full month in the center's zone and writes it into the address.
    const expected = lastFullMonth();
    const address = new URL(manager.url());
    expect(address.searchParams.get('from')).toBe(expected.from);
    expect(address.searchParams.get('to')).toBe(expected.to);

    await manager.goto(`${server.url}${REPORT_PATH}`);
    await waitForReport(manager);

    expect(await manager.getByTestId('headline-total-contacts').getByTestId('headline-value').innerText()).toBe('7');
    expect(await manager.getByTestId('headline-total-contacts').getByTestId('headline-change').innerText()).toContain('+600.0%');
    expect(await manager.getByTestId('headline-abandon-rate').getByTestId('headline-value').innerText()).toBe('50.0%');
    expect(await manager.getByTestId('headline-average-call').getByTestId('headline-value').innerText()).toBe('2 min');

    expect(await cellOf(manager, 'table-channels', 'phone', 'current')).toBe('3');
    expect(await cellOf(manager, 'table-channels', 'web', 'current')).toBe('2');
    expect(await cellOf(manager, 'table-channels', 'walk_in', 'current')).toBe('1');
    expect(await cellOf(manager, 'table-channels', 'email', 'current')).toBe('1');
    expect(await cellOf(manager, 'table-channels', 'web', 'previous')).toBe('1');
    expect(await cellOf(manager, 'table-channels', 'phone', 'share')).toBe('42.9%');
    expect(await cellOf(manager, 'table-departments', parksId, 'current')).toBe('3');
    expect(await cellOf(manager, 'table-phone', 'abandoned', 'current')).toBe('1');
    expect(await cellOf(manager, 'table-resolution', 'resolved', 'current')).toBe('2');

    expect(await manager.getByTestId('headline-satisfaction').getByTestId('headline-value').innerText()).toBe('3.0');
    expect(await cellOf(manager, 'table-satisfaction', 'responses', 'current')).toBe('2');
    expect(await cellOf(manager, 'table-satisfaction', 'average-courtesy', 'current')).toBe('3.5');
    expect(await cellOf(manager, 'table-kudos', 'received', 'current')).toBe('2');
    expect(await cellOf(manager, 'table-kudos', 'approved', 'current')).toBe('1');
    expect(await manager.getByTestId('table-kudos-staff').getByTestId('kudos-row').innerText()).toMatch(/^Dana Ortiz\s+1\s+0\s+new$/);

    const canvases = await manager.locator('.report-content canvas').evaluateAll((elements) => elements.map((element) => element.getAttribute('data-testid')!));
    expect(canvases.length).toBeGreaterThanOrEqual(11);
    for (const testId of canvases) {
      expect(await manager.getByTestId(testId).getAttribute('aria-label'), `${testId} has an accessible name`).toBeTruthy();
      expect(await paintedPixels(manager, testId), `${testId} is drawn`).toBeGreaterThan(100);
    }

    const total = await drawnChart(manager, 'chart-total-contacts');
    expect(total.labels).toHaveLength(31);
    expect(sum(total.datasets[0]!.data)).toBe(7);
    expect(sum(total.datasets[1]!.data)).toBe(1);
    const share = await drawnChart(manager, 'chart-channel-share');
    expect(Object.fromEntries(share.labels.map((label, index) => [label, share.datasets[0]!.data[index]]))).toEqual(
      Object.fromEntries(
        await manager
          .getByTestId('table-channels')
          .locator('[data-testid="keyed-row"]')
          .evaluateAll((rows) => rows.map((row) => [row.querySelector('th')!.textContent, Number(row.querySelector('[data-testid="current"]')!.textContent)])),
      ),
    );
    expect(sum(share.datasets[0]!.data)).toBe(7);
    const reasons = await drawnChart(manager, 'chart-top-reasons');
    expect(reasons.labels).toEqual(['Pothole', 'Park bench']);
    expect(reasons.datasets[0]!.data).toEqual([4, 3]);
    const ratings = await drawnChart(manager, 'chart-satisfaction');
    expect(ratings.labels).toEqual(['Excellent (4)', 'Good (3)', 'Fair (2)', 'Poor (1)']);
    expect(ratings.datasets.map((dataset) => [dataset.label, dataset.data])).toEqual([
      ['Service', [1, 0, 1, 0]],
      ['Courtesy', [1, 1, 0, 0]],
    ]);
    const phone = await drawnChart(manager, 'chart-phone');
    expect(phone.datasets.map((dataset) => [dataset.label, sum(dataset.data)])).toEqual([
      ['Offered', 2],
      ['Answered', 1],
      ['Abandoned', 1],
      ['Short hang-ups', 0],
    ]);
  });

  it('passes the axe accessibility rules', async () => {
    await manager.goto(`${server.url}${REPORT_PATH}`);
    await waitForReport(manager);
    expect(await axeViolations(manager, '.reports-page')).toEqual([]);
  });

  it('re-renders for week buckets and the department view', async () => {
    await manager.goto(`${server.url}${REPORT_PATH}`);
    await waitForReport(manager);

    await manager.getByTestId('report-bucket').selectOption('week');
    await expect.poll(() => new URL(manager.url()).searchParams.get('bucket')).toBe('week');
    await waitForReport(manager);
    const weeks = await drawnChart(manager, 'chart-total-contacts');
    // Weeks start on Monday: the week of September 28 contains October 1 to 4, then come October 5, 12, 19 and 26.
    expect(weeks.labels).toEqual(['Week of Sep 28', 'Week of Oct 5', 'Week of Oct 12', 'Week of Oct 19', 'Week of Oct 26']);
    expect(weeks.datasets[0]!.data).toEqual([0, 3, 1, 2, 1]);

    await manager.getByTestId('report-department').selectOption(parksId);
    await expect.poll(() => new URL(manager.url()).searchParams.get('department')).toBe(parksId);
    await waitForReport(manager);
    expect(await manager.getByTestId('report-summary').innerText()).toContain('Parks');
    expect(await manager.getByTestId('headline-total-contacts').getByTestId('headline-value').innerText()).toBe('3');
    expect(await cellOf(manager, 'table-channels', 'phone', 'current')).toBe('1');
    expect(await cellOf(manager, 'table-channels', 'web', 'current')).toBe('1');
    expect(await cellOf(manager, 'table-channels', 'walk_in', 'current')).toBe('1');
    expect(await cellOf(manager, 'table-channels', 'email', 'current')).toBe('0');
    const parksWeeks = await drawnChart(manager, 'chart-total-contacts');
    expect(parksWeeks.datasets[0]!.data).toEqual([0, 1, 0, 2, 0]);

    // The address keeps the state, so a reload shows the same report.
    await manager.reload();
    await waitForReport(manager);
    expect(await manager.getByTestId('report-department').inputValue()).toBe(parksId);
    expect(await manager.getByTestId('report-bucket').inputValue()).toBe('week');
    expect(await manager.getByTestId('headline-total-contacts').getByTestId('headline-value').innerText()).toBe('3');
  });

  it('shows a loading state while the report computes', async () => {
    await manager.goto(`${server.url}${REPORT_PATH}`);
    await waitForReport(manager);
    // Delaying the report request by a second simulates a slow report on a large database.
    await manager.route('**/graphql', async (route) => {
      if (route.request().postData()?.includes('"operationName":"Report"')) await new Promise((resolve) => setTimeout(resolve, 1000));
      await route.continue();
    });
    try {
      await manager.getByTestId('quick-last-7-days').click();
      await manager.getByTestId('report-loading').waitFor();
      expect(await manager.getByTestId('report-loading').innerText()).toBe('Computing the report…');
      expect(await manager.locator('.report-content').getAttribute('aria-busy')).toBe('true');
      await waitForReport(manager);
      expect(await manager.getByTestId('report-loading').count()).toBe(0);
      expect(await manager.getByTestId('quick-last-7-days').getAttribute('aria-pressed')).toBe('true');
    } finally {
      await manager.unroute('**/graphql');
    }
  });

  it('names the field of an invalid range', async () => {
    await manager.goto(`${server.url}/reports?from=${TO}&to=${FROM}&bucket=day`);
    await manager.getByTestId('report-error').waitFor();
    expect(await manager.getByTestId('report-error').innerText()).toMatch(/\bto\b.*must not be before from/);
    expect(await manager.getByTestId('report-to').getAttribute('aria-invalid')).toBe('true');
  });

  it('links CSV exports that match the page', async () => {
    await manager.goto(`${server.url}${REPORT_PATH}`);
    await waitForReport(manager);

    const reportHref = await manager.getByTestId('download-report-csv').getAttribute('href');
    expect(reportHref).toBe(`/reports/report.csv?from=${FROM}&to=${TO}&bucket=day`);
    const reportCsv = await managerContext.request.get(`${server.url}${reportHref}`);
    expect(reportCsv.status()).toBe(200);
    expect(reportCsv.headers()['content-type']).toContain('text/csv');
    // The export has one tidy row per figure: period, metric, measure, bucket, key, label, value.
    const reportRows = csvRecords(await reportCsv.text());
    const totalRows = reportRows.filter((entry) => entry.period === 'current' && entry.metric === 'totalContacts' && entry.measure === 'count');
    expect(totalRows.find((entry) => entry.bucket === '')?.value).toBe('7');
    const daily = totalRows.filter((entry) => entry.bucket !== '');
    expect(daily).toHaveLength(31);
    expect(daily.reduce((total, entry) => total + Number(entry.value), 0)).toBe(7);

    const contactsHref = await manager.getByTestId('download-contacts-csv').getAttribute('href');
    expect(contactsHref).toBe(`/reports/contacts.csv?from=${FROM}&to=${TO}`);
    const contactsCsv = await managerContext.request.get(`${server.url}${contactsHref}`);
    expect(contactsCsv.status()).toBe(200);
    expect(csvRecords(await contactsCsv.text())).toHaveLength(7);

    await manager.getByTestId('report-department').selectOption(parksId);
    await waitForReport(manager);
    const parksHref = await manager.getByTestId('download-contacts-csv').getAttribute('href');
    expect(parksHref).toBe(`/reports/contacts.csv?from=${FROM}&to=${TO}&department=${parksId}`);
    const parksCsv = await managerContext.request.get(`${server.url}${parksHref}`);
    expect(csvRecords(await parksCsv.text())).toHaveLength(3);
  });

  it('creates a program and assigns a topic', async () => {
    await manager.goto(`${server.url}${REPORT_PATH}`);
    await waitForReport(manager);
    const panel = manager.getByTestId('programs-panel');
    await panel.getByText('No programs yet.').waitFor();

    await panel.getByTestId('create-program').click();
    await panel.getByTestId('field-error-name').waitFor();
    expect(await panel.getByTestId('program-name').getAttribute('aria-invalid')).toBe('true');
    expect(await panel.getByTestId('program-department-error').innerText()).toContain('department');

    await panel.getByTestId('program-name').fill('Defensible space');
    await panel.getByTestId('program-department').selectOption(parksId);
    await panel.getByTestId('create-program').click();
    await panel.getByTestId('create-program-status').waitFor();
    const row = panel.locator('[data-testid="program-row"][data-program="Defensible space"]');
    await row.waitFor();
    expect(await row.innerText()).toContain('Parks');
    expect(await row.getByTestId('program-topics').innerText()).toBe('No topics yet');

    // The server rejects a second program of the same name, and the page shows its message at the name field.
    await panel.getByTestId('program-name').fill('Defensible space');
    await panel.getByTestId('program-department').selectOption(parksId);
    await panel.getByTestId('create-program').click();
    await panel.getByTestId('field-error-name').waitFor();
    expect(await panel.getByTestId('field-error-name').innerText()).toContain('already exists');
    expect(await panel.getByTestId('program-row').count()).toBe(1);

    await panel.getByTestId('assign-topic').selectOption(parkBenchId);
    await panel.getByTestId('assign-program').selectOption({ label: 'Defensible space' });
    await panel.getByTestId('assign-topic-submit').click();
    await panel.getByTestId('assign-topic-status').waitFor();
    await expect.poll(() => row.getByTestId('program-topics').innerText()).toBe('Park bench');

    // The report now counts the Parks contacts under the program.
    await manager.reload();
    await waitForReport(manager);
    const programRow = manager.getByTestId('table-programs').locator('[data-testid="keyed-row"]', { hasText: 'Defensible space' });
    expect(await programRow.getByTestId('current').innerText()).toBe('3');
  });

  it('fits a 390 px wide screen', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    try {
      const page = await signIn(context, server.url, managerEmail, TEST_PASSWORD);
      await page.goto(`${server.url}${REPORT_PATH}`);
      await waitForReport(page);
      const overflow = await page.evaluate(() => {
        const width = document.documentElement.clientWidth;
        const wide = Array.from(document.querySelectorAll('.reports-page *'))
          .filter((element) => !element.closest('.report-table-wrap'))
          .filter((element) => element.getBoundingClientRect().right > width + 0.5)
          .map((element) => `${element.tagName.toLowerCase()}.${element.className}`);
        const page = document.querySelector('.reports-page')!;
        return { wide, pageScroll: page.scrollWidth - page.clientWidth, documentScroll: document.documentElement.scrollWidth - width };
      });
      expect(overflow.wide).toEqual([]);
      expect(overflow.pageScroll).toBeLessThanOrEqual(0);
      expect(overflow.documentScroll).toBeLessThanOrEqual(0);
      const canvases = await page.locator('.report-content canvas').evaluateAll((elements) => elements.map((element) => element.getAttribute('data-testid')!));
      expect(canvases.length).toBeGreaterThanOrEqual(11);
      for (const testId of canvases) {
        await page.getByTestId(testId).scrollIntoViewIfNeeded();
        const box = await page.getByTestId(testId).boundingBox();
        expect(box, `${testId} is laid out`).not.toBeNull();
        expect(box!.x).toBeGreaterThanOrEqual(0);
        expect(box!.x + box!.width).toBeLessThanOrEqual(390);
        expect(await paintedPixels(page, testId), `${testId} is drawn`).toBeGreaterThan(100);
      }
    } finally {
      await context.close();
    }
  });

  it('keeps agents out', async () => {
    const context = await browser.newContext();
    try {
      const page = await signIn(context, server.url, agentEmail, TEST_PASSWORD);
      expect(await page.getByTestId('nav-reports').count()).toBe(0);
      await page.goto(`${server.url}${REPORT_PATH}`);
      await page.getByTestId('reports-managers-only').waitFor();
      expect(await page.getByTestId('reports-managers-only').innerText()).toContain('managers only');
      expect(await page.locator('canvas').count()).toBe(0);
    } finally {
      await context.close();
    }
  });
});
