// A capitalised number word inside a name (src/analysis/figures/number-names.ts): "Formula One" is an identifier,
// not a count of one. Texts are invented.
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../src/analysis/figures/index.js';
import { numberInName } from '../../../src/analysis/figures/number-names.js';
import { scanned } from '../../../src/analysis/figures/candidate.js';
import { expectOne } from './figures-of.js';

const kindOf = (text: string, span: string) => extractFigures(text).find((c) => text.slice(c.start, c.end) === span)?.kind;
const inName = (text: string, span: string) => {
  const at = text.indexOf(span);
  return numberInName(text, scanned(at, at + span.length, 1, 'words', 'count', true));
};

describe('number in a name: read as an identifier', () => {
  it.each<[string, string]>([
    ['The Formula One driver crashed.', 'One'],
    ['A League Two side signed him.', 'Two'],
    ['He flew on Jet Three, officials said.', 'Three'],
    ['They boarded Flight Four.', 'Four'],
  ])('%s (%s)', (text, span) => {
    expect(inName(text, span)).toBe(true);
    expect(kindOf(text, span)).toBe('other');
  });
});

describe('number in a name: left a count', () => {
  it.each<[string, string]>([
    // lower case is a count
    ['The team won two games.', 'two'],
    // a function word or verb before it is no name
    ['Only Two remained in the race.', 'Two'],
    ['Crash Kills Three on the coast road.', 'Three'],
    // a capital after it may be a title-case headline
    ['Storm Leaves Two Dead', 'Two'],
    // no capitalised word right before it
    ['Two boats sank.', 'Two'],
  ])('%s (%s)', (text, span) => expect(inName(text, span)).toBe(false));
});

describe('findFigures: dates, years, times, ordinals, identifiers are not quantities', () => {
  it('scores in naught after no idiom word stay zero', () => {
    expectOne('The score stood at naught.', { text: 'naught', value: 0, kind: 'count' });
  });
});
