// render/types.ts cellText: a cell as plain text (null and undefined empty, numbers and booleans as JavaScript prints
// them), and the list of formats the CLI accepts.
import { describe, expect, it } from 'vitest';
import { cellText, FORMATS, type Cell } from '../../src/render/types.js';

describe('render/types: cellText', () => {
  it.each<[Cell, string]>([
    [null, ''],
    [undefined, ''],
    ['', ''],
    ['Rye', 'Rye'],
    [0, '0'],
    [2.5, '2.5'],
    [1e21, '1e+21'],
    [false, 'false'],
  ])('%j', (cell, expected) => {
    expect(cellText(cell)).toBe(expected);
  });

  it('lists every format once', () => {
    expect([...FORMATS]).toEqual(['table', 'tsv', 'csv', 'json', 'jsonl']);
  });
});
