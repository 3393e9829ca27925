import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { events } from '../db/schema.js';
import type { Actor } from '../core/deps.js';
import { submitWebInquiry } from '../inquiries/intake.js';
import { resolveInquiry, routeInquiry } from '../inquiries/service.js';
import { databaseKinds, useTestDatabase } from '../../test/support/database.js';
import { createAgent, createTopic } from '../../test/support/fixtures.js';
import { pushUpdate, syncDocument, toBase64 } from './doc.js';
import { findLinkedArticle, saveAnswerAsArticle, suggestForInquiry } from './from-inquiry.js';
import { findPublicArticle, voteOnArticle } from './public.js';
import { diffRevisions, listRevisions, publishArticle, restoreRevision } from './revisions.js';
import { BODY_FRAGMENT, paragraphElement } from './richtext.js';
import { searchPublicArticles } from './search.js';
import {
  archiveArticle,
  createArticle,
  loadRelatedArticles,
  setRelatedArticles,
  slugify,
  updateArticle,
  verifyArticle,
  type ArticleResult,
  type NewArticle,
} from './service.js';
import { loadArticle, type ArticleRecord } from './views.js';

function ok(result: ArticleResult): ArticleRecord {
  if (result.kind !== 'ok') throw new Error(`expected ok, got ${JSON.stringify(result)}`);
  return result.article;
}

describe.each(databaseKinds())('knowledge-base articles on %s', (kind) => {
  const testDatabase = useTestDatabase(kind);
  const deps = () => testDatabase().deps;

  async function newArticle(actor: Actor, input: Partial<NewArticle> = {}): Promise<ArticleRecord> {
    return ok(await createArticle(deps(), actor, { title: 'Report a pothole', body: 'Use the form.\nOr call 311.', ...input }));
  }

  /** Edits the working copy the way an editor does: sync, change the Y.Doc, push the update. */
  async function editBody(actor: Actor, articleId: string, edit: (body: Y.XmlFragment) => void): Promise<void> {
    const doc = new Y.Doc();
    const sync = await syncDocument(deps(), articleId);
    if (sync.kind !== 'ok') throw new Error(JSON.stringify(sync));
    Y.applyUpdate(doc, sync.sync.update);
    const before = Y.encodeStateVector(doc);
    edit(doc.getXmlFragment(BODY_FRAGMENT));
    const pushed = await pushUpdate(deps(), actor, articleId, toBase64(Y.encodeStateAsUpdate(doc, before)));
    if (pushed.kind !== 'ok') throw new Error(JSON.stringify(pushed));
  }

  it('create seeds the document and derives text', async () => {
    const agent = await createAgent(deps());
    const { topic, department } = await createTopic(deps(), 'Pothole', 'Pavement Division');
    const article = await newArticle(agent, { topicId: topic.id, tags: [' roads ', 'Roads', 'potholes'] });

    expect(article.status).toBe('draft');
    expect(article.audience).toBe('staff');
    expect(article.slug).toBe('report-a-pothole');
    expect(article.departmentId).toBe(department.id);
    expect(article.tags).toEqual(['roads', 'potholes']);
    expect(article.bodyText).toBe('Use the form.\nOr call 311.');
    expect(article.bodyHtml).toBe('<p>Use the form.</p><p>Or call 311.</p>');
    expect(article.version).toBe(1);

    const second = await newArticle(agent);
    expect(second.slug).toBe('report-a-pothole-2');
    expect(slugify('Peña Blvd: ¿dónde?')).toBe('pena-blvd-donde');
  });

  it('create rejects bad fields by name', async () => {
    const agent = await createAgent(deps());
    const result = await createArticle(deps(), agent, { title: '  ', topicId: '00000000-0000-4000-8000-000000000000' });
    expect(result.kind).toBe('invalid_input');
    if (result.kind !== 'invalid_input') return;
    expect(result.fields.map((field) => field.field)).toEqual(['input.title']);

    const badTopic = await createArticle(deps(), agent, { title: 'Fine', topicId: '00000000-0000-4000-8000-000000000000' });
    expect(badTopic.kind).toBe('invalid_input');
    if (badTopic.kind === 'invalid_input') expect(badTopic.fields[0].field).toBe('input.topicId');
  });

  it('update with a stale version conflicts', async () => {
    const agent = await createAgent(deps());
    const article = await newArticle(agent);

    const updated = ok(await updateArticle(deps(), agent, article.id, article.version, { title: 'Report a pothole or sinkhole', audience: 'public' }));
    expect(updated.version).toBe(2);
    expect(updated.slug).toBe(article.slug);
    expect(updated.audience).toBe('public');

    const stale = await updateArticle(deps(), agent, article.id, article.version, { title: 'Lost update' });
    expect(stale.kind).toBe('version_conflict');
    if (stale.kind === 'version_conflict') expect(stale.current.title).toBe('Report a pothole or sinkhole');
    expect((await loadArticle(deps().db, article.id))!.title).toBe('Report a pothole or sinkhole');
  });

  it('verify records who and when', async () => {
    const agent = await createAgent(deps(), 'Sam Whitehorse');
    const article = await newArticle(agent);
    const verified = ok(await verifyArticle(deps(), agent, article.id));
    expect(verified.verifiedById).toBe(agent.id);
    expect(verified.verifiedAt).toBeInstanceOf(Date);
  });

  it('archive twice is rejected', async () => {
    const agent = await createAgent(deps());
    const article = await newArticle(agent);
    const archived = ok(await archiveArticle(deps(), agent, article.id, article.version));
    expect(archived.status).toBe('archived');
    const again = await archiveArticle(deps(), agent, article.id, archived.version);
    expect(again.kind).toBe('invalid_input');
  });

  it('related articles keep their order', async () => {
    const agent = await createAgent(deps());
    const main = await newArticle(agent, { title: 'Main' });
    const first = await newArticle(agent, { title: 'First' });
    const second = await newArticle(agent, { title: 'Second' });

    const changed = ok(await setRelatedArticles(deps(), agent, main.id, main.version, [second.id, first.id, second.id]));
    expect((await loadRelatedArticles(deps().db, main.id)).map((article) => article.title)).toEqual(['Second', 'First']);

    const self = await setRelatedArticles(deps(), agent, main.id, changed.version, [main.id]);
    expect(self.kind).toBe('invalid_input');
    const missing = await setRelatedArticles(deps(), agent, main.id, changed.version, ['00000000-0000-4000-8000-000000000000']);
    expect(missing.kind).toBe('invalid_input');
  });

  it('metadata changes append kb events', async () => {
    const agent = await createAgent(deps());
    const article = await newArticle(agent);
    await verifyArticle(deps(), agent, article.id, article.version);
    const rows = await deps().db.select({ type: events.type }).from(events).where(eq(events.stream, 'kb'));
    expect(rows.map((row) => row.type)).toEqual(['created', 'verified']);
  });

  it('public sees only published public articles', async () => {
    const agent = await createAgent(deps());
    const draft = await newArticle(agent, { title: 'Pothole draft', audience: 'public' });
    const staffOnly = await newArticle(agent, { title: 'Pothole crew notes', audience: 'staff' });
    ok(await publishArticle(deps(), agent, staffOnly.id, staffOnly.version));
    const archivedSource = await newArticle(agent, { title: 'Pothole old answer', audience: 'public' });
    const archivedPublished = ok(await publishArticle(deps(), agent, archivedSource.id, archivedSource.version));
    ok(await archiveArticle(deps(), agent, archivedSource.id, archivedPublished.version));
    const visible = await newArticle(agent, { title: 'Pothole answer', audience: 'public' });
    ok(await publishArticle(deps(), agent, visible.id, visible.version));

    const listed = await searchPublicArticles(deps().db, {});
    const searched = await searchPublicArticles(deps().db, { query: 'pothole' });
    if ('kind' in listed || 'kind' in searched) throw new Error('search failed');
    expect(listed.items.map((item) => item.revision.title)).toEqual(['Pothole answer']);
    expect(searched.items.map((item) => item.revision.title)).toEqual(['Pothole answer']);

    for (const hidden of [draft, staffOnly, archivedSource]) {
      expect(await findPublicArticle(deps().db, hidden.id), hidden.title).toBeUndefined();
      expect(await findPublicArticle(deps().db, hidden.slug), hidden.title).toBeUndefined();
      expect((await voteOnArticle(deps(), hidden.slug, true)).kind, hidden.title).toBe('not_found');
    }
    expect((await findPublicArticle(deps().db, visible.slug))?.revision.title).toBe('Pothole answer');
  });

  it('public readers see the published revision, not later edits', async () => {
    const agent = await createAgent(deps());
    const article = await newArticle(agent, { audience: 'public' });
    ok(await publishArticle(deps(), agent, article.id, article.version));
    await editBody(agent, article.id, (body) => body.insert(body.length, [paragraphElement('Unreviewed draft line.')]));

    const shown = await findPublicArticle(deps().db, article.slug);
    expect(shown?.revision.bodyText).toBe('Use the form.\nOr call 311.');
    expect((await loadArticle(deps().db, article.id))!.bodyText).toContain('Unreviewed draft line.');
  });

  it('votes count per article', async () => {
    const agent = await createAgent(deps());
    const article = await newArticle(agent, { audience: 'public' });
    ok(await publishArticle(deps(), agent, article.id, article.version));

    await voteOnArticle(deps(), article.slug, true);
    await voteOnArticle(deps(), article.id, true);
    const last = await voteOnArticle(deps(), article.slug, false);
    expect(last).toEqual({ kind: 'ok', articleId: article.id, counts: { helpful: 2, notHelpful: 1 } });
  });

  it('publishing numbers revisions with author', async () => {
    const agent = await createAgent(deps(), 'Priya Natarajan');
    const article = await newArticle(agent);
    const first = ok(await publishArticle(deps(), agent, article.id, article.version));
    await editBody(agent, article.id, (body) => body.insert(body.length, [paragraphElement('Crews fill it within five days.')]));
    const second = ok(await publishArticle(deps(), agent, article.id, first.version));

    const revisions = await listRevisions(deps().db, article.id);
    expect(revisions.map((revision) => revision.number)).toEqual([2, 1]);
    expect(revisions.every((revision) => revision.authorId === agent.id && revision.kind === 'published')).toBe(true);
    expect(revisions[0].bodyText).toBe('Use the form.\nOr call 311.\nCrews fill it within five days.');
    expect(second.publishedRevisionId).toBe(revisions[0].id);
    expect(second.status).toBe('published');
  });

  it('diff shows added and removed words', async () => {
    const agent = await createAgent(deps());
    const article = await newArticle(agent, { body: 'Crews fill potholes within five days.' });
    const first = ok(await publishArticle(deps(), agent, article.id, article.version));
    await editBody(agent, article.id, (body) => {
      const text = (body.get(0) as Y.XmlElement).get(0) as Y.XmlText;
      text.delete(text.toString().indexOf('five'), 'five'.length);
      text.insert(text.toString().indexOf(' days'), 'three');
    });
    const renamed = ok(await updateArticle(deps(), agent, article.id, first.version, { title: 'Pothole repair times' }));
    ok(await publishArticle(deps(), agent, article.id, renamed.version));

    const result = await diffRevisions(deps().db, article.id, 1, 2, 'words');
    if (result.kind !== 'ok') throw new Error(JSON.stringify(result));
    expect(result.diff.body.filter((part) => part.kind === 'removed').map((part) => part.value.trim())).toEqual(['five']);
    expect(result.diff.body.filter((part) => part.kind === 'added').map((part) => part.value.trim())).toEqual(['three']);
    expect(result.diff.body.map((part) => (part.kind === 'removed' ? '' : part.value)).join('')).toBe('Crews fill potholes within three days.');
    expect(result.diff.title.some((part) => part.kind === 'added' && part.value.includes('repair'))).toBe(true);

    const lines = await diffRevisions(deps().db, article.id, 1, null, 'lines');
    if (lines.kind !== 'ok') throw new Error(JSON.stringify(lines));
    expect(lines.diff.to).toBeUndefined();
    expect(lines.diff.body).toEqual([
      { kind: 'removed', value: 'Crews fill potholes within five days.\n' },
      { kind: 'added', value: 'Crews fill potholes within three days.\n' },
    ]);

    expect((await diffRevisions(deps().db, article.id, 1, 9, 'words')).kind).toBe('invalid_input');
  });

  it('restore brings back an old revision through Yjs', async () => {
    const agent = await createAgent(deps());
    const article = await newArticle(agent, { body: 'Original answer.' });
    const first = ok(await publishArticle(deps(), agent, article.id, article.version));

    const editor = new Y.Doc();
    const sync = await syncDocument(deps(), article.id);
    if (sync.kind !== 'ok') throw new Error(JSON.stringify(sync));
    Y.applyUpdate(editor, sync.sync.update);
    const editorBody = editor.getXmlFragment(BODY_FRAGMENT);
    const before = Y.encodeStateVector(editor);
    editorBody.delete(0, editorBody.length);
    editorBody.insert(0, [paragraphElement('Rewritten answer.')]);
    ok(await updateArticle(deps(), agent, article.id, first.version, { title: 'Renamed' }));
    await pushUpdate(deps(), agent, article.id, toBase64(Y.encodeStateAsUpdate(editor, before)));

    const current = (await loadArticle(deps().db, article.id))!;
    const restored = ok(await restoreRevision(deps(), agent, article.id, 1, current.version));
    expect(restored.title).toBe('Report a pothole');
    expect(restored.bodyText).toBe('Original answer.');

    const revisions = await listRevisions(deps().db, article.id);
    expect(revisions[0]).toMatchObject({ number: 2, kind: 'restored', restoredFromNumber: 1, bodyText: 'Original answer.' });

    // The open editor catches up through the ordinary sync and ends with the restored text.
    const catchUp = await syncDocument(deps(), article.id, toBase64(Y.encodeStateVector(editor)));
    if (catchUp.kind !== 'ok') throw new Error(JSON.stringify(catchUp));
    Y.applyUpdate(editor, catchUp.sync.update);
    expect(editorBody.toArray().map((node) => (node as Y.XmlElement).toArray().join(''))).toEqual(['Original answer.']);

    const stale = await restoreRevision(deps(), agent, article.id, 1, current.version);
    expect(stale.kind).toBe('version_conflict');
  });

  it('suggests published articles for an inquiry', async () => {
    const agent = await createAgent(deps());
    const answer = await newArticle(agent, { title: 'Tree touching a power line', body: 'Call Utilities at 505-555-0110.' });
    ok(await publishArticle(deps(), agent, answer.id, answer.version));
    await newArticle(agent, { title: 'Tree on power line (draft)', body: 'Not reviewed.' });
    await newArticle(agent, { title: 'Dog licences', body: 'Renew yearly.' });
    const intake = await submitWebInquiry(deps(), { subject: 'Branch on the power line', question: 'A tree branch is touching the line on Elm St.' });
    if (intake.kind !== 'created') throw new Error(JSON.stringify(intake));

    const hits = await suggestForInquiry(deps().db, intake.inquiry.id, 5);
    expect(hits?.map((hit) => hit.article.title)).toEqual(['Tree touching a power line']);
    expect(await suggestForInquiry(deps().db, 999_999, 5)).toBeUndefined();
  });

  it('saves an answered inquiry as a draft once', async () => {
    const agent = await createAgent(deps());
    const { topic, department } = await createTopic(deps(), 'Pothole', 'Pavement Division');
    const intake = await submitWebInquiry(deps(), { subject: 'Pothole on Elm St', question: 'There is a deep pothole.\nIt damaged my tire.' });
    if (intake.kind !== 'created') throw new Error(JSON.stringify(intake));
    const unanswered = await saveAnswerAsArticle(deps(), agent, intake.inquiry.id);
    expect(unanswered.kind).toBe('invalid_input');

    const routed = await routeInquiry(deps(), agent, intake.inquiry.id, intake.inquiry.version, { topicId: topic.id });
    if (routed.kind !== 'ok') throw new Error(JSON.stringify(routed));
    const resolved = await resolveInquiry(deps(), agent, intake.inquiry.id, routed.inquiry.version, 'Crews fill reported potholes within five days.');
    expect(resolved.kind).toBe('ok');

    const saved = await saveAnswerAsArticle(deps(), agent, intake.inquiry.id);
    if (saved.kind !== 'ok') throw new Error(JSON.stringify(saved));
    expect(saved.created).toBe(true);
    expect(saved.article).toMatchObject({ title: 'Pothole on Elm St', status: 'draft', audience: 'staff', topicId: topic.id, departmentId: department.id });
    expect(saved.article.bodyHtml).toBe(
      '<blockquote><p>There is a deep pothole.</p><p>It damaged my tire.</p></blockquote><p>Crews fill reported potholes within five days.</p>',
    );

    const again = await saveAnswerAsArticle(deps(), agent, intake.inquiry.id);
    expect(again.kind === 'ok' && !again.created && again.article.id === saved.article.id).toBe(true);
    expect((await findLinkedArticle(deps().db, intake.inquiry.id))?.id).toBe(saved.article.id);
  });
});
