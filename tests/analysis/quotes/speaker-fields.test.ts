// The speaker fields a rule hands on (quotes/speaker-fields.ts): a mention with an entity gives that entity.
// Invented texts; hand-built mentions (see quote-run.ts).
import { describe, expect, it } from 'vitest';
import { runQuotes, type M } from '../quote-run.js';
import type { Entity } from '../../../src/types.js';
import { PREPOSITION_BEFORE } from '../../../src/analysis/quotes/speaker-fields.js';

const ann: Entity = { name: 'Ann Lee', kind: 'person', roles: ['mayor'], aliases: ['Lee'], gender: 'female' };

describe('quotes/speaker-fields: a pronoun gives the entity SPEAKERS resolved it to', () => {
  it('resolves a pronoun through the entity SPEAKERS gave it', () => {
    const qs = runQuotes('She said the bridge will open in May.', [['She', 'pronoun', 0]], [ann]);
    expect(qs.map((q) => [q.speaker, q.speakerMention?.text, q.speakerKind])).toEqual([['Ann Lee', 'She', 'person']]);
  });
});

// PREPOSITION_BEFORE reads the text before a mention: right after a preposition, the mention is its object, not a cue's subject
describe('quotes/speaker-fields: a mention right after a preposition', () => {
  it.each([
    'The chef, a friend of ',
    'The keeper, a winner of the ',
    // past a count too: "a veteran of two Grand Slams", "a coach with 30 Olympic medals"
    'The umpire, a veteran of two ',
    'The coach, a man with 30 ',
  ])('is an object: "%s"', (before) => {
    expect(PREPOSITION_BEFORE.test(before)).toBe(true);
  });

  it.each([
    // a count opening the subject itself, with no preposition: the group speaks ("Two Tarn Rovers fans said")
    'Two ',
    'On Monday, three ',
    'The umpire said ',
  ])('is no object: "%s"', (before) => {
    expect(PREPOSITION_BEFORE.test(before)).toBe(false);
  });
});
