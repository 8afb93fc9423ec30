// Where an end-anchored pattern can start (src/analysis/figures/end-anchored.ts), and the subject-before
// patterns run from there (src/analysis/figures/subject-before.ts): the same subject as a search of the whole window.
import { describe, expect, it } from 'vitest';
import { execFrom, lastRuns, runsBackStart } from '../../../src/analysis/figures/end-anchored.js';
import { subjectBefore } from '../../../src/analysis/figures/subject-before.js';

describe('lastRuns / runsBackStart: runs of non-blanks (space, tab) from the end', () => {
  it.each<[string, number, string[], number]>([
    ['the rate rose ', 2, ['rose', 'rate'], 4],
    ['the rate rose', 5, ['rose', 'rate', 'the'], 0],
    ['  (fares \t grew  ', 3, ['grew', '(fares'], 2],
    // other blanks (a no-break space, a newline) are inside a run, as the patterns' [ \t] read them
    ['a\u00a0b c\nd ', 3, ['c\nd', 'a\u00a0b'], 0],
    ['   ', 2, [], 0],
    ['', 1, [], 0],
  ])('%j, %i runs', (s, n, texts, start) => {
    expect(lastRuns(s, n).map((r) => r.text)).toEqual(texts);
    expect(runsBackStart(s, n)).toBe(start);
  });
});

describe('execFrom: a global pattern from a start, lookbehinds still seeing the text before it', () => {
  it.each<[string, number, string | null]>([
    ['ab cd', 3, 'cd'],
    // the lookbehind sees the letter before the start: no word starts inside "bcd"
    ['abcd', 1, null],
  ])('%j from %i', (s, from, found) => {
    expect(execFrom(/(?<!\p{L})\p{L}+$/gu, s, from)?.[0] ?? null).toBe(found);
  });
});

describe('subject before a level or change verb, run from the last words only', () => {
  const at = (text: string, figure: string): string | null => subjectBefore(text, { kind: 'percent', start: text.indexOf(figure) } as Parameters<typeof subjectBefore>[1]);
  it.each<[string, string, string | null]>([
    ['Last year, in a slow market, ticket sales rose 4%.', '4%', 'ticket sales'],
    ['Ferry fares could rise by 6% in May.', '6%', 'Ferry fares'],
    // three words before "were expected to": the pattern starts six runs before the verb
    ['In Varnholm bus fares were expected to climb 9% soon.', '9%', 'Varnholm bus fares'],
    // (up to two modals stand before "expected to")
    ['In Varnholm the bus fares could be expected to climb 9% soon.', '9%', 'bus fares'],
    ['After a long winter the “corn price fell by 3% again.', '3%', 'corn price'],
    ['The glumly quoted jobless rate stood at 7% in June.', '7%', 'quoted jobless rate'],
    ['Yields on the 10-year bond rose 2%.', '2%', 'Yields'],
    // a forecast verb: the noun right before the figure, the verb at most two runs back (one character before it)
    ['Orlo Dyne expects annual revenue 12% higher.', '12%', 'revenue'],
    ['Orlo Dyne (“expects growth 12% higher.', '12%', 'growth'],
    ['Dyne expects to earn 12% more.', '12%', null],
  ])('%s (%s)', (text, figure, subject) => {
    expect(at(text, figure)).toBe(subject);
  });
});
