// After a listener verb, a listener ending in a plural and then a bare plural subject before a past or an auxiliary:
// the listener stays out of the content ("told reporters police arrested two men"). After a singular the two nouns
// may be one compound ("told staff members had complained"), so that is left whole. quotes/content-start.ts.
// Invented texts; hand-built mentions (quote-run.ts).
import { describe, expect, it } from 'vitest';
import { runQuotes, type M } from '../quote-run.js';

const MARA: M[] = [['Mara Quist', 'name', 0]];
const contents = (text: string) => runQuotes(text, MARA).map((q) => q.text);

describe('quotes: a plural listener before a bare plural subject', () => {
  it.each<[string, string[]]>([
    ['Mara Quist told reporters police arrested two men.', ['police arrested two men']],
    ['Mara Quist told voters taxes would fall.', ['taxes would fall']],
    ['Mara Quist told parents schools had reopened.', ['schools had reopened']],
    ['Mara Quist told the growers people were tired of waiting.', ['people were tired of waiting']],
  ])('%s', (text, expected) => {
    expect(contents(text)).toEqual(expected);
  });

  it.each<[string, string[]]>([
    // a singular before the plural: maybe one compound noun, left whole
    ['Mara Quist told staff members had complained.', ['staff members had complained']],
    // a plural object after the listener with no verb: no clause
    ['Mara Quist told her neighbours stories about the war.', ['her neighbours stories about the war']],
    // an -s verb after the second plural is no plural subject's verb
    ['Mara Quist told reporters tales ends well.', ['reporters tales ends well']],
  ])('leaves alone: %s', (text, expected) => {
    expect(contents(text)).toEqual(expected);
  });
});
