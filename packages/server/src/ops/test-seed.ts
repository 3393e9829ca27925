import fs from 'node:fs';
import path from 'node:path';
import { addNote, claimInquiry, resolveInquiry } from '../inquiries/service.js';
import { receiveInquiry } from '../inquiries/intake.js';
import { createArticle } from '../kb/service.js';
import { importBoulder2017File } from '../import/boulder-2017.js';
import type { CoreDeps } from '../core/deps.js';
import { createAgent, createTopic } from '../../test/support/fixtures.js';

/** Test data for the backup, restore and upgrade tests; not used by the commands. */

const repositoryRoot = path.resolve(import.meta.dirname, '../../../..');
export const BOULDER_FILE = path.resolve(repositoryRoot, '../shared/data/boulder-crm-requests-by-topic-2017.csv');
export const boulderFileMissing = !fs.existsSync(BOULDER_FILE);

/** Writes the header and the first `rows` data rows of the Boulder 2017 contact log to `file`. */
export function writeBoulderSample(file: string, rows: number): void {
  const lines = fs.readFileSync(BOULDER_FILE, 'utf8').split(/\r?\n/);
  fs.writeFileSync(file, `${lines.slice(0, rows + 1).join('\n')}\n`);
}

export type SeedCounts = { boulderCreated: number; inquiryIds: number[] };

/**
 * Fills a migrated database through the product's services. It adds staff,
 * topics, one inquiry from each channel with a resident, notes, a claim and
 * a resolution (each with its events) and a knowledge-base article. Then it
 * imports the first `boulderRows` rows of the Boulder 2017 contact log.
 */
export async function seedRealisticData(deps: CoreDeps, sampleFile: string, boulderRows: number): Promise<SeedCounts> {
  const manager = await createAgent(deps, 'Maria Manager', 'manager');
  const agent = await createAgent(deps, 'Dana Agent');
  const { topic } = await createTopic(deps, 'Pothole', 'Pavement Division');
  await createTopic(deps, 'Streetlight out', 'Traffic Engineering');

  const inquiryIds: number[] = [];
  const channels = ['phone', 'walk_in', 'email', 'web'] as const;
  for (const [index, channel] of channels.entries()) {
    const result = await receiveInquiry(
      deps,
      {
        channel,
        subject: `Pothole on Main Street (${channel})`,
        body: `Reported by ${channel}: a deep pothole near 1${index}00 Main St.`,
        contact: { name: `Resident ${index}`, email: `resident${index}@example.org`, phone: `+1303555010${index}` },
        topicId: topic.id,
        location: channel === 'web' ? { latitude: 40.015, longitude: -105.2705, address: '1300 Main St' } : undefined,
        statusLink: channel === 'web',
      },
      channel === 'phone' || channel === 'walk_in' ? agent : undefined,
    );
    if (result.kind !== 'created') throw new Error(`seeding the ${channel} inquiry failed: ${JSON.stringify(result)}`);
    inquiryIds.push(result.inquiry.id);
  }

  const claimed = await claimInquiry(deps, agent, inquiryIds[0]);
  if (claimed.kind !== 'ok') throw new Error(`claim failed: ${JSON.stringify(claimed)}`);
  const noted = await addNote(deps, agent, inquiryIds[0], 'Crew scheduled for Tuesday.', 'public');
  if (noted.kind !== 'ok') throw new Error(`note failed: ${JSON.stringify(noted)}`);
  const resolved = await resolveInquiry(deps, agent, inquiryIds[0], noted.inquiry.version, 'Filled by the pavement crew.');
  if (resolved.kind !== 'ok') throw new Error(`resolve failed: ${JSON.stringify(resolved)}`);
  await addNote(deps, manager, inquiryIds[2], 'Checked with Traffic Engineering.');

  const article = await createArticle(deps, agent, { title: 'Report a pothole', body: 'Use the form at /ask.\nOr call 311.', topicId: topic.id });
  if (article.kind !== 'ok') throw new Error(`article failed: ${JSON.stringify(article)}`);

  writeBoulderSample(sampleFile, boulderRows);
  const summary = await importBoulder2017File(deps, { file: sampleFile, timeZone: 'America/Denver' });
  if (summary.failed.length > 0) throw new Error(`Boulder import failed on ${summary.failed.length} rows`);
  return { boulderCreated: summary.created, inquiryIds };
}
