// Criticism a target receives and backing won (quotes/nominal-received.ts): the reason is the content and the giver the
// source; with no reason, the target; the backer of "won the backing of" holds the stance about the one backed.
// Invented one-sentence texts, with the first cue cues/nominal.ts finds.
import { describe, expect, it } from 'vitest';
import { findNominalCues } from '../../../src/analysis/cues/nominal.js';
import { backingContent, receivedContent } from '../../../src/analysis/quotes/nominal-received.js';
import type { NominalContent } from '../../../src/analysis/quotes/nominal-content.js';

const shown = (text: string, c: NominalContent | null): [string, string | null] | null =>
  c === null ? null : [text.slice(c.start, c.end), c.source === null ? null : text.slice(c.source.start, c.source.end)];
// (the noun's end as nominal-content.ts passes it)
const received = (text: string) => {
  const cue = findNominalCues(text, () => false)[0]!;
  return shown(text, receivedContent(text, cue, cue.start + cue.text.lastIndexOf(cue.lemma) + cue.lemma.length, 0, text.length));
};
const backing = (text: string) => shown(text, backingContent(text, findNominalCues(text, () => false)[0]!, 0, text.length));

describe('quotes/nominal-received: receivedContent', () => {
  it.each([
    // the reason and the giver, in either order
    ['The toll faced criticism from drivers for its cost.', ['its cost', 'drivers']],
    ['The toll faced criticism over its cost from drivers.', ['its cost', 'drivers']],
    // no reason: the target, with no giver, or after a conjunction and auxiliaries
    ['The mayor came under criticism.', ['The mayor', null]],
    ['But the council has already faced criticism from residents.', ['the council', 'residents']],
    // a relative right before the verb is the target
    ['Rents rose, said Ida Ek, whose plan drew criticism from tenants.', ['whose plan', 'tenants']],
  ])('%s', (text, want) => {
    expect(received(text)).toEqual(want);
  });

  it.each([
    // a lone pronoun is no target it can name
    ['It drew criticism from drivers.'],
  ])('leaves alone: %s', (text) => {
    expect(received(text)).toBeNull();
  });
});

describe('quotes/nominal-received: backingContent', () => {
  it.each([
    ['Ada Ek won the endorsement of two nurses unions.', ['Ada Ek', 'two nurses unions']],
    ['He won the backing of three unions.', ['He', 'three unions']],
    ['By Friday, the plan had the support of most members.', ['the plan', 'most members']],
  ])('%s', (text, want) => {
    expect(backing(text)).toEqual(want);
  });

  it.each([
    // a subject of more than eight words is none
    ['The long-serving head of the regional water and sewage board for the northern district won the backing of the union.'],
  ])('leaves alone: %s', (text) => {
    expect(backing(text)).toBeNull();
  });
});
