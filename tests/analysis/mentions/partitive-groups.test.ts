// A quantifier and "of" before a plural group ("both of the candidates", "some of his advisers") open the group's
// phrase: the group speaks and names the speaker, not the bare quantifier (partitive-groups.ts, lexicon/groups.ts PARTITIVE_QUANTIFIERS).
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index.js';

const first = (text: string): string => {
  const q = analyze({ id: 't', text }).quotes[0];
  return `${q?.speaker ?? null}/${q?.speakerMention?.text ?? null}`;
};

describe('mentions: a partitive group', () => {
  it.each([
    ['Both of the candidates said the debate was fair.', 'candidates/Both of the candidates'],
    ['Some of the residents said the road was unsafe.', 'residents/Some of the residents'],
    ['All of his advisers said the plan would fail.', 'advisers/All of his advisers'],
    ['Half of the nurses said they would strike.', 'nurses/Half of the nurses'],
  ])('%s', (text, expected) => {
    expect(first(text)).toBe(expected);
  });

  it.each([
    // one member is no group; a bare quantifier before its verb stays the group mention
    ['One of the nurses said the ward was full.', 'nurses/the nurses'],
    ['Many said the plan would fail.', 'Many/Many'],
  ])('leaves alone: %s', (text, expected) => {
    expect(first(text)).toBe(expected);
  });
});
