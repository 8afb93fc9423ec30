// Shared by the figure tests: the figures found in a text with their exact text (offsets checked on the way), and a
// check that the figure with a given text has the given fields.
import { expect } from 'vitest';
import { extractFigures } from '../../../src/analysis/figures/index.js';

export type Want = { text: string; value?: number | null; low?: number; high?: number; kind?: string; unit?: string | null; qualifier?: string; subject?: string | null };

/** The figures found in `text`, with their exact text (offsets checked on the way). */
export function figures(text: string) {
  return extractFigures(text).map((c) => {
    expect(c.start).toBeGreaterThanOrEqual(0);
    expect(c.end).toBeLessThanOrEqual(text.length);
    return { ...c, text: text.slice(c.start, c.end) };
  });
}

/** The figures found in `text` as their text, value, kind and unit (for a row's `toContainEqual` or `find`). */
export const found = (text: string) => extractFigures(text).map((c) => ({ text: text.slice(c.start, c.end), value: c.value, kind: c.kind, unit: c.unit }));

export function expectOne(text: string, want: Want): void {
  const found = figures(text).find((f) => f.text === want.text);
  expect(found, `${want.text} in ${JSON.stringify(figures(text).map((f) => f.text))}`).toBeDefined();
  for (const [k, v] of Object.entries(want)) expect((found as Record<string, unknown>)[k], k).toEqual(v);
}
