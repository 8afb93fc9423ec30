// A cue inside a phrase or clause that opens the sentence (quotes/fronted-clause-end.ts): its content ends at the
// comma before the main clause, and a cue of the main clause keeps a record of its own. The opener may be a
// subordinator with a lead ("Two weeks after", "But before"), a subordinator right before the cue ("After repeatedly
// ..."), or a preposition whose phrase has no finite verb ("With fans worried about", "In a letter urging").
// Invented texts.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index.js';

const records = (text: string): string[] =>
  analyze({ id: 't', text }).quotes.map((q) => `${q.cue?.text ?? '-'}: ${q.text}`);

describe('quotes: a cue in a fronted phrase or clause', () => {
  it.each<[string, string[]]>([
    ['With 60 percent of voters saying the country is on the wrong track, the president faces a hard autumn.',
      ['saying: the country is on the wrong track']],
    ['Despite repeatedly denying the report, the minister resigned on Friday.', ['repeatedly denying: the report']],
    ['In a letter urging calm, the Federation of Harbour Pilots called the strike a last resort.',
      ['urging: calm', 'called: the strike a last resort']],
    ['Two weeks after the coach blamed the referee, the league fined the club.', ['blamed: the referee']],
    ['But before the judge ruled that the contract was void, the firm had paid its suppliers.', ['ruled: the contract was void']],
    ['After repeatedly playing down the risk of floods, the council now talks openly of moving the depot.',
      ['repeatedly playing down: the risk of floods', 'now talks openly of: moving the depot']],
  ])('ends at the main clause: %s', (text, expected) => {
    expect(records(text)).toEqual(expected);
  });

  it.each<[string, string[]]>([
    // the cue is the main clause's own verb: no comma after the opening phrase
    ['On Monday the ministry said that in future, the fees will rise by a third.', ['said: in future, the fees will rise by a third']],
    ['With the new rules the league hopes that clubs, which lost money, will recover.', ['the league hopes: clubs, which lost money, will recover']],
    // a list in the content is no main clause
    ['Without naming the bank, the regulator warned that lenders, which face new rules, must hold more capital.',
      ['warned: lenders, which face new rules, must hold more capital']],
    // a preposition before a finite cue: the opening phrase is the main clause's ("In March the board warned ...")
    ['In March the board warned that costs, which doubled last year, would rise again.', ['warned: costs, which doubled last year, would rise again']],
    // "As X said, ...": the main clause is what was said
    ['As the mayor said, rents will fall.', ['said: rents will fall']],
  ])('leaves alone: %s', (text, expected) => {
    expect(records(text)).toEqual(expected);
  });
});
