// A belief or naming participle set off by a comma before "to" or "as" (", expected to win", ", known as the long
// week") is a passive with "be" left out: the people who hold the belief go unnamed, so the subject of the clause
// before is no speaker, and the content stays what follows the cue (quotes/reduced-passive.ts reducedPassive).
// Invented texts; hand-built mentions (quote-run.ts).
import { describe, expect, it } from 'vitest';
import { runQuotes, type M } from '../quote-run.js';

const row = (text: string, ms: M[]) => runQuotes(text, ms).map((q) => [q.text, q.cue?.text ?? null, q.speakerMention?.text ?? null]);

describe('quotes: a reduced passive after a comma has no speaker', () => {
  it.each<[string, M[], (string | null)[][]]>([
    ['The levy passed the council on Monday, expected to raise two million a year.', [['the council', 'organization', null]],
      [['to raise two million a year', 'expected', null]]],
    ['Orla Venn is the steadier candidate, widely expected to keep the current rates.', [['Orla Venn', 'name', null]],
      [['to keep the current rates', 'widely expected', null]]],
    // an aside before it, but the participle's phrase closed by its own comma: set off all the same
    ['Ivo Dane, 61, believed to be the oldest skipper in the fleet, said he would retire.', [['Ivo Dane', 'name', null]],
      [['to be the oldest skipper in the fleet', 'believed', null], ['he would retire', 'said', 'Ivo Dane']]],
  ])('%s', (text, ms, expected) => {
    expect(row(text, ms)).toEqual(expected);
  });

  it.each<[string, M[], (string | null)[][]]>([
    // the subject's own expectation, right before the verb
    ['Orla Venn expected to win the seat easily.', [['Orla Venn', 'name', null]], [['to win the seat easily', 'expected', 'Orla Venn']]],
    // a linking adverb before the comma: the subject stands before it
    ['The growers, however, expected to sell the whole harvest.', [['The growers', 'group', null]],
      [['to sell the whole harvest', 'expected', 'The growers']]],
    // an aside closed before the participle, whose phrase runs to the sentence's end: the subject's own verb
    ['Mira Lund, a former banker, expected to win the seat easily.', [['Mira Lund', 'name', null]],
      [['to win the seat easily', 'expected', 'Mira Lund']]],
    ['The ferry firm, which employs 400 people, expected to post a profit this year.', [['The ferry firm', 'organization', null]],
      [['to post a profit this year', 'expected', 'The ferry firm']]],
    ['Most growers, including those in the valley, expected to sell the harvest early.', [['Most growers', 'group', null]],
      [['to sell the harvest early', 'expected', 'Most growers']]],
  ])('leaves alone: %s', (text, ms, expected) => {
    expect(row(text, ms)).toEqual(expected);
  });
});
