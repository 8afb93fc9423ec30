import { describe, expect, it } from 'vitest';
import { findNominalCues } from '../../../src/analysis/cues/nominal.js';
import { nominalContent, nounPossessor } from '../../../src/analysis/quotes/nominal-content.js';

// the one-sentence text's first nominal cue: [content, source words or null]
const read = (text: string): [string, string | null] | null => {
  const cue = findNominalCues(text, () => false)[0];
  if (cue === undefined) return null;
  const c = nominalContent(text, cue, 0, text.length);
  if (c === null) return null;
  return [text.slice(c.start, c.end), c.source === null ? null : text.slice(c.source.start, c.source.end)];
};

describe('a stance noun: the object of its preposition, held by the possessor (if any)', () => {
  it.each([
    ['Ada Ek noted that her critique of the harbour plan was polite.', 'the harbour plan', 'her'],
    ["Senator Ivo Brant's criticism of the U.S. farm lobby was sharp.", 'the U.S. farm lobby', "Senator Ivo Brant's"],
    ['He has toned down his attacks on the governor, calling her weak.', 'the governor', 'He'],
    ['By Friday, several senators had taken back their endorsement of Ada Ek.', 'Ada Ek', 'several senators'],
    ['They dropped their endorsement of Tilda Varga after the vote was held.', 'Tilda Varga', 'They'],
    ['His attacks on the banks and his vow to cap fees won votes.', 'the banks', 'His'],
    // "and his" before a person is a second object, not a new stance
    ['Two councillors heaped praise on the coach and his players.', 'the coach and his players', 'Two councillors'],
    ['The group restated its opposition to the dam that the council approved.', 'the dam', 'The group'],
    // an infinitive's own "that" clause stays in the object, to the next clause mark
    ['Ola Berg made a plea for the ferrymen to keep calm and to report that the dyke leaked.', 'the ferrymen to keep calm and to report that the dyke leaked', 'Ola Berg'],
    ["Her call for the board to admit that the fund was empty, he said, was fair.", 'the board to admit that the fund was empty', 'Her'],
    // "to" before an article is a preposition: the relative "that" still ends the object
    ['Her call for a return to the plan that the board approved was heard.', 'a return to the plan', 'Her'],
    ['Tom Ek drew cheers by his attacks on the banks.', 'the banks', 'his'],
    ["Mayor Ola Berg's call for a toll was rejected.", 'a toll', "Mayor Ola Berg's"],
    ['Her call for a ban on trawling won support from fishermen.', 'a ban on trawling', 'Her'],
    ['His attacks on the referee cost him a fine.', 'the referee', 'His'],
    ['Her critique of the cost of the bridge was sharp.', 'the cost of the bridge', 'Her'],
    ['Sen. Ada Ek (D-Ore.) renewed her call for a recount.', 'a recount', 'Sen. Ada Ek'],
    ["The ministry's claims about the vaccine were doubted.", 'the vaccine', "The ministry's"],
    ['The coach faces allegations of bullying in two clubs.', 'bullying in two clubs', null],
  ])('%s', (text, content, source) => {
    expect(read(text)).toEqual([content, source]);
  });
});

describe('criticism received: the reason, else the target; the giver, else nobody', () => {
  it.each([
    ['The toll plan faced criticism from commuters for its cost.', 'its cost', 'commuters'],
    ['The council faced criticism for the delay from shop owners.', 'the delay', 'shop owners'],
    ['She will face criticism from Lena Dahl about how the port is run.', 'how the port is run', 'Lena Dahl'],
    ['Mayor Pia Holm came under fierce criticism for refusing to fix the bridge.', 'refusing to fix the bridge', null],
    ['The merger of the two dairies quickly drew criticism from farmers who say prices will rise.', 'The merger of the two dairies', 'farmers'],
    ['But the new curfew has already drawn sharp criticism.', 'the new curfew', null],
    ['In May, the agency came under criticism.', 'the agency', null],
    ['The new logo faced a barrage of criticism online.', 'The new logo', null],
    ['The regulator came in for criticism over the delay.', 'the delay', null],
    // the cue drawn with its "for": the reason and the giver after it are read as before
    ['The firm faced sharp criticism for the closure from two senators.', 'the closure', 'two senators'],
    ["Mayor Ola Berg's toll plan drew sharp criticism on Monday from lawmakers.", "Mayor Ola Berg's toll plan", 'lawmakers'],
    // a relative right before the verb is the target, not the quote and its "said" before it
    ['"We will fight on," said Ida Ek, whose toll plan drew criticism from farmers.', 'whose toll plan', 'farmers'],
    ['The plan, which was unveiled in May, drew criticism from farmers.', 'The plan, which was unveiled in May', 'farmers'],
  ])('%s', (text, content, source) => {
    expect(read(text)).toEqual([content, source]);
  });

  it.each([
    // a bare pronoun target says nothing a reader can check
    ['He faced criticism.'],
  ])('gives nothing: %s', (text) => {
    expect(read(text)).toBeNull();
  });
});

describe('nounPossessor: the possessor before a noun cue, with up to two modifiers', () => {
  const owner = (text: string, noun: string): string | null => {
    const at = text.indexOf(noun);
    const p = nounPossessor(text, at, 0);
    return p === null ? null : text.slice(p.start, p.end);
  };
  it.each([
    ["Mayor Ola Berg's claim that fares fell", 'claim', "Mayor Ola Berg's"],
    // a lower-case possessor keeps its article and modifiers: the mention of the speaker starts there
    ["the judge's most puzzling remark was that", 'remark', "the judge's most puzzling"],
    ["Riders doubt the city council's warning that", 'warning', "the city council's"],
    ["a court's ruling and its view that", 'view', 'its'],
    ["after Ivo Lund's Tuesday pledge that", 'pledge', "Ivo Lund's Tuesday"],
    ['her latest warning that', 'warning', 'her latest'],
    ['a warning that', 'warning', null],
  ])('%s', (text, noun, expected) => {
    expect(owner(text, noun)).toBe(expected);
  });
});
