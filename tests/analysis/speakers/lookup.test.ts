// speakers/lookup.ts: finding mentions by offset, for the stages after resolveSpeakers. On an invented text.
import { describe, expect, it } from 'vitest';
import { mentionAt, mentionEndingBefore, mentionStartingAfter, mentionsIn, entityOf } from '../../../src/analysis/speakers/lookup.js';
import { resolve } from './resolve-text.js';

describe('speakers/lookup: lookups by offset', () => {
  const text = 'Emily Rourke said no, said Dan Ruiz.';
  const s = resolve(text);
  it.each([
    ['mentionAt', mentionAt(s, 0, 5)?.text, 'Emily Rourke'],
    ['mentionAt (nothing there)', mentionAt(s, 13, 17)?.text, undefined],
    ['mentionEndingBefore', mentionEndingBefore(s, text.indexOf('said'))?.text, 'Emily Rourke'],
    ['mentionEndingBefore (a word between)', mentionEndingBefore(s, text.indexOf('no'))?.text, undefined],
    ['mentionStartingAfter', mentionStartingAfter(s, text.indexOf('Dan') - 1)?.text, 'Dan Ruiz'],
    ['mentionsIn', mentionsIn(s, 0, text.length).map((m) => m.text).join('|'), 'Emily Rourke|Dan Ruiz'],
    ['entityOf', entityOf(s, s.mentions[1]!)?.name, 'Dan Ruiz'],
  ])('%s', (_name, actual, expected) => {
    expect(actual).toBe(expected);
  });
});
