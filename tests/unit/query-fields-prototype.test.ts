import { describe, expect, it } from 'vitest';
import { parseQuery } from '@/features/search/query/parse';

// Only letters make a field (`__proto__:x` is a word to search for, not a field).
const PROTOTYPE_NAMES = Object.getOwnPropertyNames(Object.prototype).filter((name) =>
  /^[A-Za-z]+$/.test(name),
);

describe('fields named like Object.prototype members', () => {
  it.each(PROTOTYPE_NAMES)('%s:x is an unknown field, with the same hint as any other', (name) => {
    const { hints, filters } = parseQuery(`${name}:x`);
    const other = parseQuery('colour:x').hints[0].message.replace(
      '"colour:"',
      `"${name.toLowerCase()}:"`,
    );
    expect(hints.map((hint) => hint.message)).toEqual([other]);
    expect(hints[0].message).toContain(`Unknown filter "${name.toLowerCase()}:"`);
    expect(filters).toEqual(parseQuery('').filters);
  });
});
