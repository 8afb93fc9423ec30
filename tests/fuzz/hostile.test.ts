// The fuzz corpus: hostile texts of a few hundred KB each (tests/fuzz/hostile-inputs.mjs).
// analyze() must finish and return sound records (offsets slice back, values finite or null),
// and every output format must parse back with nothing raw reaching a terminal.
// Not timed: tests/fuzz/hostile-timing.mjs measures seconds per MB against the built dist.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/index.js';
import { figureView, quoteView, speakerView } from '../../src/render/views.js';
import { checkFormats } from '../property/formats.js';
import { problems } from '../property/invariants.js';
import { HOSTILE, HOSTILE_NAMES } from './hostile-inputs.mjs';

// Large enough to expose a window that is not bounded, small enough for `npm test`.
const SIZE = 256 * 1024;

// Inputs a stage cannot yet finish in reasonable time at SIZE, with the stage and its owner
// (see /tmp/attrib-notes.md). Empty this as the stages are fixed.
const KNOWN_SLOW = new Map<string, string>([]);

describe('hostile inputs', () => {
  it('are the size asked for, and the same on every run', () => {
    for (const name of HOSTILE_NAMES) {
      const text = HOSTILE[name]!(1000);
      expect([name, text.length]).toEqual([name, 1000]);
      expect(HOSTILE[name]!(1000)).toBe(text);
    }
  });

  for (const name of HOSTILE_NAMES) {
    const test = KNOWN_SLOW.has(name) ? it.skip : it;
    test(`${name}: analyze() completes with sound records`, () => {
      const doc = { id: 'hostile', text: HOSTILE[name]!(SIZE) };
      const a = analyze(doc);
      expect(problems(doc, a)).toEqual([]);
      // Records never outnumber the characters that could carry them.
      expect(a.quotes.length + a.figures.length).toBeLessThanOrEqual(doc.text.length);
      // And every output format still parses, with nothing raw reaching a terminal (tables for
      // the first 200 records: no one reads a longer one, and its safety shows on those).
      checkFormats(quoteView, a.quotes, 200);
      checkFormats(figureView, a.figures, 200);
      checkFormats(speakerView, a.speakers, 200);
    }, 180_000);
  }
});
