import { describe, expect, it } from 'vitest';
import { readOncePerView } from './views.js';

describe('readOncePerView', () => {
  it('reads once per view and key', async () => {
    let reads = 0;
    const read = async () => {
      reads += 1;
      return reads;
    };
    const shared = {};
    const [first, second] = await Promise.all([readOncePerView(shared, 'messages', read), readOncePerView(shared, 'messages', read)]);

    expect(first).toBe(1);
    expect(second).toBe(1);
    expect(reads).toBe(1);
  });

  it('reads again for another view or key', async () => {
    let reads = 0;
    const read = async () => {
      reads += 1;
      return reads;
    };
    const view = {};

    expect(await readOncePerView(view, 'messages', read)).toBe(1);
    expect(await readOncePerView(view, 'call', read)).toBe(2);
    expect(await readOncePerView({}, 'messages', read)).toBe(3);
    expect(reads).toBe(3);
  });
});
