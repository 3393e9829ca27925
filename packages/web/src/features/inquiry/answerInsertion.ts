/**
 * Where a suggested answer goes when it is inserted: the text box of the
 * inquiry pane that last had focus, or else the internal note box. Boxes
 * register while mounted; only one inquiry pane exists at a time.
 */
export type InsertTargetName = 'note' | 'resolution';

/** Inserts the text and returns true, or returns false when the box cannot take text now (such as a closed form). */
type InsertTarget = (text: string) => boolean;

const targets = new Map<InsertTargetName, InsertTarget>();
let lastFocused: InsertTargetName | null = null;

/** Registers a text box that can receive inserted text, and returns the function that removes it. */
export function registerInsertTarget(name: InsertTargetName, insert: InsertTarget): () => void {
  targets.set(name, insert);
  return () => {
    if (targets.get(name) === insert) targets.delete(name);
    if (lastFocused === name) lastFocused = null;
  };
}

/** Records that a registered box got focus, so the next insertion goes there. */
export function markInsertTargetFocused(name: InsertTargetName): void {
  lastFocused = name;
}

/** Inserts `text` into the last focused box or the note box. Returns the box used, or null when none is mounted. */
export function insertAnswer(text: string): InsertTargetName | null {
  const order: InsertTargetName[] = lastFocused === null ? ['note', 'resolution'] : [lastFocused, 'note', 'resolution'];
  for (const name of order) {
    if (targets.get(name)?.(text)) return name;
  }
  return null;
}

/** Appends `addition` to `current`, separated by a blank line when `current` has text. */
export function appendParagraph(current: string, addition: string): string {
  return current.trim() === '' ? addition : `${current.replace(/\s+$/, '')}\n\n${addition}`;
}
