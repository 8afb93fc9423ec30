// A view that "there is" reports (cues/nominal-existential.ts): the words between "there is" and "that" are the cue,
// the clause after "that" the content, nobody the source (or the holders after "among").
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index.js';
import { findExistentialCues } from '../../../src/analysis/cues/nominal-existential.js';

/** [cue, content, speaker] of the noun-that record, or null. */
const viewed = (text: string): [string, string, string | null] | null => {
  const q = analyze({ id: 'd', text }).quotes.find((x) => x.rule === 'noun-that');
  return q === undefined ? null : [q.cue?.text ?? '', q.text, q.speaker];
};

describe('a view "there is" reports', () => {
  it.each([
    ['There is growing concern that the reservoir will run dry by August.', ['growing concern', 'the reservoir will run dry by August', null]],
    ["There's broad agreement that the old stadium should be torn down.", ['broad agreement', 'the old stadium should be torn down', null]],
    ['There is now little doubt that the senator will seek a third term.', ['little doubt', 'the senator will seek a third term', null]],
    ['There has been speculation that the coach will step down after the final.', ['speculation', 'the coach will step down after the final', null]],
    ['There is a sense that the festival has lost its way.', ['a sense', 'the festival has lost its way', null]],
    // the holders after "among" are the source
    ['There were fears among shopkeepers that the new bypass would empty the high street.', ['fears', 'the new bypass would empty the high street', 'shopkeepers']],
    // an article's noun the unheld pass reads already: one cue
    ['There is a widespread belief that fares will rise.', ['a widespread belief', 'fares will rise', null]],
    // a letter beyond Latin-1 in the text: the full pattern reads it, not its Latin-1 twin (latin1-twin.ts), alike
    ['There is now little doubt that Zoltán Dvořák will chair the inquiry.', ['little doubt', 'Zoltán Dvořák will chair the inquiry', null]],
    ['There were fears among bakers in Łomża that flour would run short.', ['fears', 'flour would run short', 'bakers']],
  ])('%s', (text, expected) => {
    expect(viewed(text)).toEqual(expected);
  });
});

describe('leaves alone', () => {
  it.each([
    // nouns of fact or chance, not of a view: the writer's own framing
    'There is no evidence that a footbridge is unsafe.',
    'There is a chance that the ferry will be late.',
    // the noun's own phrase before "that"
    'There is talk of a strike that could close the port.',
    // a question's inverted "is there"
    'Is there any doubt that she will run?',
    // a relative clause about the noun: a verb right after "that", or a subject and a verb that takes the noun
    'There was hope that was lost when the mill closed.',
    'There is a belief that runs deep in the valley.',
    'There was concern that residents raised at the meeting.',
    'There are claims that the council has dismissed.',
    // "there" as a place
    'The mayor was there that morning and left early.',
  ])('%s', (text) => {
    expect(findExistentialCues(text, () => false)).toEqual([]);
  });

  it('inside a quotation', () => {
    const text = '“There is concern that the roof leaks,” the caretaker said.';
    expect(findExistentialCues(text, (at) => at < 38)).toEqual([]);
  });
});
