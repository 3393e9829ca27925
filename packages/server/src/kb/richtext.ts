import * as Y from 'yjs';

/**
 * The rich-text body of an article lives in a Yjs document, in the XML
 * fragment BODY_FRAGMENT, laid out the way y-prosemirror stores a ProseMirror
 * document: block elements (paragraph, heading, bulletList, listItem, …) that
 * contain XmlText, whose formatting attributes are the marks (bold, italic,
 * link with an href). Both the Tiptap names (bulletList) and the
 * prosemirror-schema-basic names (bullet_list) are read.
 *
 * The server derives plain text (for search and diffs) and HTML (for display)
 * from the document. The HTML is built from an allow-list of elements with
 * every text escaped, so it is safe to insert into a page as it is.
 */

export const BODY_FRAGMENT = 'body';

type BlockTag = { tag: string; block: boolean };

const elementTags: Readonly<Record<string, BlockTag>> = {
  paragraph: { tag: 'p', block: true },
  blockquote: { tag: 'blockquote', block: true },
  bulletList: { tag: 'ul', block: true },
  bullet_list: { tag: 'ul', block: true },
  orderedList: { tag: 'ol', block: true },
  ordered_list: { tag: 'ol', block: true },
  listItem: { tag: 'li', block: true },
  list_item: { tag: 'li', block: true },
  codeBlock: { tag: 'pre', block: true },
  code_block: { tag: 'pre', block: true },
  hardBreak: { tag: 'br', block: false },
  hard_break: { tag: 'br', block: false },
  horizontalRule: { tag: 'hr', block: true },
  horizontal_rule: { tag: 'hr', block: true },
};

/** Marks in the order they are nested, outermost first, and the element each becomes. */
const markTags: readonly { names: readonly string[]; tag: string }[] = [
  { names: ['link'], tag: 'a' },
  { names: ['bold', 'strong'], tag: 'strong' },
  { names: ['italic', 'em'], tag: 'em' },
  { names: ['underline'], tag: 'u' },
  { names: ['strike'], tag: 's' },
  { names: ['code'], tag: 'code' },
];

const VOID_TAGS = new Set(['br', 'hr']);

export function escapeHtml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;').replaceAll("'", '&#39;');
}

/** Keeps only http(s) and mailto links, so an href can never run script. */
function safeHref(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return /^(https?:|mailto:)/i.test(trimmed) ? trimmed : undefined;
}

/** Removes C0 control characters other than tab and line feed, which have no place in article text. */
function stripControlCharacters(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
}

type DeltaOp = { insert?: unknown; attributes?: Record<string, unknown> };

function renderTextHtml(text: Y.XmlText): string {
  const ops = text.toDelta() as DeltaOp[];
  return ops
    .map((op) => {
      if (typeof op.insert !== 'string') return '';
      let html = escapeHtml(stripControlCharacters(op.insert));
      const attributes = op.attributes ?? {};
      for (const mark of [...markTags].reverse()) {
        const name = mark.names.find((candidate) => candidate in attributes);
        if (!name) continue;
        if (mark.tag === 'a') {
          const href = safeHref((attributes[name] as { href?: unknown } | null)?.href);
          html = href ? `<a href="${escapeHtml(href)}" rel="noopener noreferrer">${html}</a>` : html;
        } else {
          html = `<${mark.tag}>${html}</${mark.tag}>`;
        }
      }
      return html;
    })
    .join('');
}

function headingTag(element: Y.XmlElement): string {
  const level = Number(element.getAttribute('level'));
  return `h${Number.isInteger(level) && level >= 1 && level <= 6 ? level : 2}`;
}

function renderNodeHtml(node: Y.XmlElement | Y.XmlText | Y.XmlHook): string {
  if (node instanceof Y.XmlText) return renderTextHtml(node);
  if (!(node instanceof Y.XmlElement)) return '';

  const children = node.toArray().map(renderNodeHtml).join('');
  const tag = node.nodeName === 'heading' ? headingTag(node) : elementTags[node.nodeName]?.tag;
  // An element the allow-list does not know keeps its content but loses its tag.
  if (!tag) return children;
  if (VOID_TAGS.has(tag)) return `<${tag}>`;
  return `<${tag}>${children}</${tag}>`;
}

/** Renders the article body as HTML made only of allow-listed elements, with all text escaped. */
export function renderHtml(doc: Y.Doc): string {
  return doc
    .getXmlFragment(BODY_FRAGMENT)
    .toArray()
    .map(renderNodeHtml)
    .join('');
}

function isBlock(node: Y.XmlElement): boolean {
  return node.nodeName === 'heading' || elementTags[node.nodeName]?.block === true;
}

/** Appends the plain text of `node` to `lines`; each block element starts a new line. */
function collectText(node: Y.XmlElement | Y.XmlText | Y.XmlHook, lines: string[], prefix: string): void {
  if (node instanceof Y.XmlText) {
    const ops = node.toDelta() as DeltaOp[];
    const text = ops.map((op) => (typeof op.insert === 'string' ? op.insert : '')).join('');
    lines[lines.length - 1] += stripControlCharacters(text);
    return;
  }
  if (!(node instanceof Y.XmlElement)) return;

  const name = node.nodeName;
  if (name === 'hardBreak' || name === 'hard_break') {
    lines.push(prefix);
    return;
  }
  const isListItem = name === 'listItem' || name === 'list_item';
  const childPrefix = isListItem ? `${prefix}  ` : prefix;
  if (isBlock(node)) lines.push(isListItem ? `${prefix}- ` : prefix);
  for (const child of node.toArray()) collectText(child, lines, childPrefix);
}

/**
 * Returns the article body as plain text: one line per paragraph, heading or
 * list item ("- " before list items), without blank lines.
 */
export function renderPlainText(doc: Y.Doc): string {
  const lines: string[] = [''];
  for (const node of doc.getXmlFragment(BODY_FRAGMENT).toArray()) collectText(node, lines, '');
  return lines
    .map((line) => line.trimEnd())
    .filter((line) => line.trim() !== '' && line.trim() !== '-')
    .join('\n');
}

/**
 * Writes `text` into the empty body of `doc` as one paragraph per non-blank
 * line. It creates the document of an article that has plain text but no Yjs
 * state yet. The caller makes sure that happens at most once per article.
 */
export function seedFromPlainText(doc: Y.Doc, text: string): void {
  const fragment = doc.getXmlFragment(BODY_FRAGMENT);
  if (fragment.length > 0) throw new Error('seedFromPlainText needs an empty document');
  const paragraphs = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  doc.transact(() => {
    fragment.insert(0, paragraphs.map((line) => paragraphElement(line)));
  });
}

/** Creates a paragraph element holding `text`, ready to insert into a fragment. */
export function paragraphElement(text: string, marks?: Record<string, unknown>): Y.XmlElement {
  const paragraph = new Y.XmlElement('paragraph');
  const content = new Y.XmlText();
  content.insert(0, text, marks);
  paragraph.insert(0, [content]);
  return paragraph;
}

/** Returns the Yjs update that creates a document whose body is `text`, one paragraph per line. */
export function documentFromPlainText(text: string): Uint8Array {
  const doc = new Y.Doc();
  seedFromPlainText(doc, text);
  return Y.encodeStateAsUpdate(doc);
}

/** Derives the plain text and HTML of a document. */
export function renderDocument(doc: Y.Doc): { text: string; html: string } {
  return { text: renderPlainText(doc), html: renderHtml(doc) };
}
