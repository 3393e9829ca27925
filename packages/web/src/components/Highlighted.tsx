import DOMPurify from 'dompurify';
import { For } from 'solid-js';

export type HighlightPart = { text: string; marked: boolean };

const namedEntities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the character references that the server's escaping produces (named and numeric). */
function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, entity: string) => {
    if (entity[0] === '#') {
      const code = entity[1] === 'x' || entity[1] === 'X' ? Number.parseInt(entity.slice(2), 16) : Number.parseInt(entity.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return namedEntities[entity.toLowerCase()] ?? whole;
  });
}

/**
 * Splits a server highlight ("text escaped, matched words in <mark>") into
 * plain-text parts. Any tag other than <mark> is dropped, so the result never
 * carries markup, whatever the server sends.
 */
export function parseHighlight(html: string): HighlightPart[] {
  const parts: HighlightPart[] = [];
  let marked = false;
  for (const token of html.split(/(<\/?[a-z][^>]*>)/i)) {
    if (token === '') continue;
    const tag = /^<(\/?)([a-z]+)/i.exec(token);
    if (tag !== null) {
      if (tag[2]?.toLowerCase() === 'mark') marked = tag[1] !== '/';
      continue;
    }
    parts.push({ text: decodeEntities(token), marked });
  }
  return parts;
}

/** Renders a server highlight as text nodes and <mark> elements built here, never as HTML. */
export function Highlighted(props: { html: string; class?: string; testId?: string }) {
  return (
    <span class={props.class} data-testid={props.testId}>
      <For each={parseHighlight(props.html)}>{(part) => (part.marked ? <mark>{part.text}</mark> : part.text)}</For>
    </span>
  );
}

/** Sanitizes article HTML with DOMPurify, keeping only the elements the server's renderer produces and http(s) or mailto links. */
export function sanitizeArticleHtml(html: string): string {
  return DOMPurify.sanitize(html, {
    ALLOWED_TAGS: ['p', 'br', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'blockquote', 'pre', 'code', 'strong', 'em', 'u', 's', 'a'],
    ALLOWED_ATTR: ['href', 'rel'],
    ALLOWED_URI_REGEXP: /^(?:https?:|mailto:)/i,
  });
}

/** Renders article HTML after sanitising it. */
export function ArticleHtml(props: { html: string; class?: string; testId?: string }) {
  return <div class={props.class} data-testid={props.testId} innerHTML={sanitizeArticleHtml(props.html)} />;
}
