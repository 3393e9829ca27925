import { describe, expect, it } from 'vitest';
import { readOncePerView } from './views.js';

/** Returns a read that resolves with its own call number, and a function that returns how often it ran. */
function countingRead() {
  let reads = 0;
  const read = async () => {
    reads += 1;
    return reads;
  };
  return { read, count: () => reads };
}

describe('readOncePerView', () => {
  it('reads once per view and key', async () => {
    const { read, count } = countingRead();
    const shared = {};
    const [first, second] = await Promise.all([readOncePerView(shared, 'messages', read), readOncePerView(shared, 'messages', read)]);

    expect(first).toBe(1);
    expect(second).toBe(1);
    expect(count()).toBe(1);
  });

  it('reads again for another view or key', async () => {
    const { read, count } = countingRead();
    const view = {};

    expect(await readOncePerView(view, 'messages', read)).toBe(1);
    expect(await readOncePerView(view, 'call', read)).toBe(2);
    expect(await readOncePerView({}, 'messages', read)).toBe(3);
    expect(count()).toBe(3);
  });
});
