// "a levy that shop owners called reckless": a verb that names or classes its object, with the object as the
// antecedent of "that", reports the noun phrase with its clause. Invented texts (see quote-run.ts).
import { describe, expect, it } from 'vitest';
import { runQuotes } from '../quote-run.js';

const row = (q: ReturnType<typeof runQuotes>[number]) => [q.type, q.text, q.cue?.text ?? null];

describe('quotes: a naming verb whose object is the antecedent of "that"', () => {
  it.each<[string, string[][]]>([
    ['The board approved a levy that shop owners called reckless.',
      [['indirect', 'a levy that shop owners called reckless', 'called']]],
    ['The mayor signed a fare plan that drivers have labeled a tax.',
      [['indirect', 'a fare plan that drivers have labeled a tax', 'have labeled']]],
  ])('%s', (text, expected) => {
    expect(runQuotes(text).map(row)).toEqual(expected);
  });

  it.each<[string, string[][]]>([
    // a verb that reports a clause keeps its content after the cue
    ['The board approved a levy that shop owners said was reckless.',
      [['indirect', 'was reckless', 'said']]],
  ])('leaves alone: %s', (text, expected) => {
    expect(runQuotes(text).map(row)).toEqual(expected);
  });
});
