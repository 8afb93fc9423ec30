// native (src/analysis/segment/native-first.ts): the first use runs the pattern once on long blank strings
// (so V8 compiles it to machine code at once); the pattern and what it finds stay as they were.
import { describe, expect, it } from 'vitest';
import { native } from '../../src/analysis/segment/native-first.js';

describe('native', () => {
  it.each<[RegExp, string, number, string | null]>([
    [/\p{Lu}+:/uy, 'ODESSA: rain', 0, 'ODESSA:'],
    [/\p{Lu}+:/uy, 'in ODESSA: rain', 0, null],
    [/\p{Lu}+:/uy, 'in ODESSA: rain', 3, 'ODESSA:'],
    [/\p{Lu}+/gu, 'in ODESSA', 0, 'ODESSA'],
    [/\p{Lu}+/u, 'in ODESSA', 0, 'ODESSA'],
  ])('%s on %j from %i', (re, text, from, found) => {
    re.lastIndex = 7;
    const first = native(re);
    expect(first).toBe(re);
    expect(re.lastIndex).toBe(0);
    re.lastIndex = from;
    expect(first.exec(text)?.[0] ?? null).toBe(found);
    // later calls hand back the same pattern, run no more and leave lastIndex alone
    re.lastIndex = 5;
    expect(native(re)).toBe(re);
    expect(re.lastIndex).toBe(5);
  });
});
