import { compareKeys, decodeCursor, encodeCursor, momentOf, pageOf } from './list-cursor';

describe('the list cursor and an in-memory page', () => {
  it('given a cursor it gave, reads back the pin and the key; anything else is a 400', () => {
    const text = encodeCursor({ pin: ['12:34', 1636408799000, null], after: [3, 'a'] });
    expect(decodeCursor(text, 3)).toEqual({ pin: ['12:34', 1636408799000, null], after: [3, 'a'] });
    for (const bad of ['nonsense', encodeCursor({ pin: ['x'], after: [1] }), Buffer.from('[[1,2,3],[]]').toString('base64url'),
      Buffer.from('{"pin":[1,2,3],"after":[1]}').toString('base64url'), Buffer.from('[[1,2,{}],[1]]').toString('base64url')]) {
      expect(() => decodeCursor(bad, 3)).toThrow(expect.objectContaining({ code: 'VALIDATION_FAILED' }));
    }
    expect(momentOf(1636408799000)).toBe('2021-11-08T21:59:59.000Z');
    expect(() => momentOf('2021-11-08')).toThrow();
  });

  it('given keys, compares numbers as numbers and text by code unit, cell by cell', () => {
    expect(compareKeys([2, 'b'], [10, 'a'])).toBeLessThan(0);
    expect(compareKeys(['butha-buthe', 'x'], ['butha_buthe', 'x'])).toBeLessThan(0);
    expect(compareKeys([1, 'a'], [1, 'b'])).toBeLessThan(0);
    expect(compareKeys([1, 'a'], [1, 'a'])).toBe(0);
  });

  it('given a walk in pages of 2, each item comes once, in order, ascending or descending', () => {
    const items = [5, 3, 9, 1, 7].map((n) => ({ n, id: `i${n}` }));
    for (const descending of [false, true]) {
      const seen: number[] = [];
      let after: readonly (string | number)[] | null = null;
      for (;;) {
        const page: { items: { n: number }[]; nextCursor: string | null } = pageOf(items, (item) => [item.n, item.id], descending, 2, [], after);
        seen.push(...page.items.map(({ n }) => n));
        if (!page.nextCursor) break;
        after = decodeCursor(page.nextCursor, 0).after;
      }
      expect(seen).toEqual(descending ? [9, 7, 5, 3, 1] : [1, 3, 5, 7, 9]);
    }
  });
});
