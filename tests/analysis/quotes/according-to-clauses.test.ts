// "according to X" inside or after a sentence: which clause the source vouches for (after a conjunction, a colon or a
// name in apposition; a last relative or conjoined clause after another cue's report; quotes/according-to.ts).
// Invented texts (see quote-run.ts).
import { describe, expect, it } from 'vitest';
import { runQuotes } from '../quote-run.js';

const row = (q: ReturnType<typeof runQuotes>[number]) => [q.type, q.text, q.cue?.text ?? null];
const rows = (text: string) => runQuotes(text).map(row);

describe('quotes: "according to" in mid-sentence and with a name in apposition', () => {
  it.each<[string, string[][]]>([
    ['Budgets rose by 2 per cent, but according to the nurses’ union, that is a cut.', [['indirect', 'that is a cut', 'according to']]],
    ['Prices rose and, according to the union, wages fell.', [['indirect', 'wages fell', 'according to']]],
    ['According to the regulator, Tellmark, complaints doubled last year.', [['indirect', 'complaints doubled last year', 'According to']]],
    // after a colon the source opens a clause of its own too
    ['The verdict is in: according to the auditors, the port lost money again.', [['indirect', 'the port lost money again', 'according to']]],
    ['It has not gone unnoticed: According to two surveys, Orla Venn trails in the valley.', [['indirect', 'Orla Venn trails in the valley', 'According to']]],
  ])('%s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });

  // another cue's report first, then a last relative or conjoined clause: the source vouches for that clause alone,
  // and the earlier cue keeps its own record (a conjoined clause leaves it: content-end-join.ts)
  it.each<[string, string[][]]>([
    ['Farmers denounced the levy, which would cut water use by a third, according to state officials.',
      [['indirect', 'the levy, which would cut water use by a third', 'denounced'], ['indirect', 'which would cut water use by a third', 'according to']]],
    ['Ivo Berg says the gap can still close, which stood at 40 votes in May, according to the clerk.',
      [['indirect', 'the gap can still close, which stood at 40 votes in May', 'says'], ['indirect', 'which stood at 40 votes in May', 'according to']]],
    ['The mayor said the mill would close, but 200 jobs would stay, according to union leaders.',
      [['indirect', 'the mill would close', 'said'], ['indirect', '200 jobs would stay', 'according to']]],
  ])('%s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });

  it.each<[string, string[][]]>([
    ['Wages fell last year, according to the union.', [['indirect', 'Wages fell last year', 'according to']]],
    // a colon earlier in the sentence, the source after its content: the content is before it
    ['Two things stand out: the cost and the delay, according to the council.', [['indirect', 'Two things stand out: the cost and the delay', 'according to']]],
    // a relative clause with no cue before it: the source vouches for the whole sentence
    ['Prices rose 4 percent, which is the fastest pace in a decade, according to the statistics office.',
      [['indirect', 'Prices rose 4 percent, which is the fastest pace in a decade', 'according to']]],
    // a relative clause in the middle: the last chunk is no clause of its own
    ['Officials said the fire, which began on Tuesday, had reached 40 homes, according to the county.',
      [['indirect', 'Officials said the fire, which began on Tuesday, had reached 40 homes', 'according to']]],
    // the cue before the last clause sits in a relative clause, no report of the main clause: the whole sentence
    ['Tenants who complained about the damp met the landlord, and repairs began in March, according to the housing board.',
      [['indirect', 'Tenants who complained about the damp met the landlord, and repairs began in March', 'according to']]],
    ['Shares in the carrier, which warned of weak bookings, fell 6 percent, and the index slipped, according to exchange data.',
      [['indirect', 'Shares in the carrier, which warned of weak bookings, fell 6 percent, and the index slipped', 'according to']]],
    // after a name, a second name opens the content
    ['According to Ann Lee, Tom Fenn lied.', [['indirect', 'Tom Fenn lied', 'According to']]],
  ])('leaves alone: %s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });
});
