// The figure whose text is `span` in `text`, for tests that read one field of it; a missing figure fails the test
// with the figures that were found, so the row shows what was read instead.
import { expect } from 'vitest';
import { extractFigures } from '../../../src/analysis/figures/index.js';
import type { Candidate } from '../../../src/analysis/figures/candidate.js';

export function figureAt(text: string, span: string): Candidate {
  const all = extractFigures(text);
  const f = all.find((c) => text.slice(c.start, c.end) === span);
  expect(f, JSON.stringify(all.map((c) => text.slice(c.start, c.end)))).toBeDefined();
  return f!;
}
