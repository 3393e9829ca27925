import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Actor } from '../core/deps.js';
import { ensureDepartment, ensureTopic } from '../directory/service.js';
import { databaseKinds, openTestDatabase, type TestDatabase } from '../../test/support/database.js';
import { createAgent } from '../../test/support/fixtures.js';
import { publishArticle } from './revisions.js';
import { searchArticles, searchDirectory, searchPublicArticles, searchTerms, type ArticlePage } from './search.js';
import { createArticle, type NewArticle } from './service.js';
import type { ArticleRecord } from './views.js';

describe.each(databaseKinds())('knowledge-base search on %s', (kind) => {
  let database: TestDatabase;
  let agent: Actor;

  beforeAll(async () => {
    database = await openTestDatabase(kind);
  });
  afterAll(async () => {
    await database?.close();
  });
  beforeEach(async () => {
    await database.reset();
    agent = await createAgent(database.deps, 'Dana Ortiz');
  });

  async function article(input: NewArticle): Promise<ArticleRecord> {
    const result = await createArticle(database.deps, agent, input);
    if (result.kind !== 'ok') throw new Error(`createArticle failed: ${JSON.stringify(result)}`);
    return result.article;
  }

  async function search(query: string): Promise<ArticlePage> {
    const page = await searchArticles(database.deps.db, { query });
    if ('kind' in page) throw new Error(page.message);
    return page;
  }

  const titles = (page: ArticlePage) => page.items.map((item) => item.article.title);

  it('ranks a title match above a body match', async () => {
    await article({ title: 'Street maintenance schedule', body: 'Crews also fill every pothole reported on the app.' });
    await article({ title: 'Report a pothole', body: 'Use the form or call 311.' });

    const page = await search('pothole');
    expect(page.mode).toBe('all_words');
    expect(titles(page)).toEqual(['Report a pothole', 'Street maintenance schedule']);
    expect(page.items[0].rank).toBeGreaterThan(page.items[1].rank);
  });

  it('matches the last word as a prefix while typing', async () => {
    await article({ title: 'Report a pothole', body: 'Use the form.' });
    await article({ title: 'Dog licences', body: 'Renew every year.' });

    for (const partial of ['pot', 'poth', 'potho', 'report poth']) {
      const page = await search(partial);
      expect(titles(page), partial).toEqual(['Report a pothole']);
    }
  });

  it('highlights matched words in title and snippet', async () => {
    await article({ title: 'Report a pothole', body: 'Potholes on county roads are filled within five days. <script>alert(1)</script>' });

    const [hit] = (await search('pothole')).items;
    expect(hit.titleHighlight).toBe('Report a <mark>pothole</mark>');
    expect(hit.snippet).toContain('<mark>Potholes</mark>');
    expect(hit.snippet).not.toContain('<script>');
  });

  it('ignores accents in documents and queries', async () => {
    await article({ title: 'Müller Street closure', body: 'The street is closed for repairs.' });
    await article({ title: 'Pena Boulevard detour', body: 'Follow the signs.' });

    expect(titles(await search('muller'))).toEqual(['Müller Street closure']);
    expect(titles(await search('Müller'))).toEqual(['Müller Street closure']);
    expect(titles(await search('Peña'))).toEqual(['Pena Boulevard detour']);
    expect(titles(await search('pena'))).toEqual(['Pena Boulevard detour']);
    expect((await search('muller')).items[0].titleHighlight).toBe('<mark>Müller</mark> Street closure');
  });

  it('finds misspelled words by similarity', async () => {
    await article({ title: 'Report a pothole', body: 'Use the form.' });
    await article({ title: 'Dog licences', body: 'Renew every year.' });

    const page = await search('potthole');
    expect(page.mode).toBe('similar');
    expect(titles(page)).toEqual(['Report a pothole']);
  });

  it('answers queries made only of stop words', async () => {
    await article({ title: 'Who to call about noise', body: 'Call the police non-emergency line.' });
    await article({ title: 'Just moved here', body: 'Register to vote and license your dog.' });
    await article({ title: 'Dog licences', body: 'Renew every year.' });

    const who = await search('who');
    expect(who.mode).toBe('simple');
    expect(titles(who)).toEqual(['Who to call about noise']);
    const just = await search('just');
    expect(titles(just)).toEqual(['Just moved here']);
  });

  it('falls back to any word when not all match', async () => {
    await article({ title: 'Report a pothole', body: 'Use the form.' });
    const page = await search('pothole unicorn');
    expect(page.mode).toBe('any_word');
    expect(titles(page)).toEqual(['Report a pothole']);
  });

  it('treats query syntax as plain words', async () => {
    await article({ title: 'Report a pothole', body: 'Use the form.' });
    for (const query of ["pothole & !'", "pot:* | (", "'); drop table articles; --", '\\', '!!!']) {
      const page = await searchArticles(database.deps.db, { query });
      expect('kind' in page, query).toBe(false);
    }
    expect(titles(await search("pothole & !'"))).toEqual(['Report a pothole']);
    expect(searchTerms('Pot-hole: Müller!')).toEqual(['pot', 'hole', 'müller']);
  });

  it('pages results with a cursor', async () => {
    for (let index = 1; index <= 5; index += 1) await article({ title: `Pothole ${index}`, body: 'Road repair.' });

    const first = await searchArticles(database.deps.db, { query: 'pothole' }, 2);
    if ('kind' in first) throw new Error(first.message);
    expect(first.totalCount).toBe(5);
    expect(first.hasNextPage).toBe(true);
    const second = await searchArticles(database.deps.db, { query: 'pothole' }, 2, first.endCursor);
    if ('kind' in second) throw new Error(second.message);
    const seen = new Set([...first.items, ...second.items].map((item) => item.article.id));
    expect(seen.size).toBe(4);
  });

  it('searches only published public revisions for residents', async () => {
    const published = await article({ title: 'Pothole repair times', body: 'Five days.', audience: 'public' });
    await publishArticle(database.deps, agent, published.id, published.version);
    await article({ title: 'Pothole crew roster', body: 'Staff only.', audience: 'public' });

    const page = await searchPublicArticles(database.deps.db, { query: 'pothole' });
    if ('kind' in page) throw new Error(page.message);
    expect(page.items.map((item) => item.revision.title)).toEqual(['Pothole repair times']);
    expect(page.items[0].titleHighlight).toBe('<mark>Pothole</mark> repair times');
  });

  it('routes a question to the owning department', async () => {
    const utilities = await ensureDepartment(database.deps.db, {
      name: 'Utilities',
      description: 'Electric, water and sewer service; trees touching power lines.',
    });
    const parks = await ensureDepartment(database.deps.db, { name: 'Parks and Recreation', description: 'Parks, trails, trees in parks.' });
    const pavement = await ensureDepartment(database.deps.db, { name: 'Pavement Division', description: 'Streets, sidewalks blocked by trees.' });
    await ensureTopic(database.deps.db, { name: 'Tree touching a power line', departmentId: utilities.id, description: 'Branches on or near overhead lines.' });
    await ensureTopic(database.deps.db, { name: 'Trees in parks and memorial trees', departmentId: parks.id });
    await ensureTopic(database.deps.db, { name: 'Tree blocking a sidewalk', departmentId: pavement.id });

    const result = await searchDirectory(database.deps.db, 'tree touching a power line');
    if ('kind' in result) throw new Error(result.message);
    expect(result.hits[0].department.name).toBe('Utilities');
    expect(result.hits[0].topic?.name).toBe('Tree touching a power line');
    expect(result.hits.every((hit) => hit.department.name === 'Utilities')).toBe(true);

    const typo = await searchDirectory(database.deps.db, 'powr line');
    if ('kind' in typo) throw new Error(typo.message);
    expect(typo.hits[0]?.department.name).toBe('Utilities');
  });
});
