// A document opening the sentence before an aside ("The exit survey, done for two regional papers, suggests ...")
// speaks itself, not a body named inside the aside (quotes/speaker-aside.ts documentBeforeAside).
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index.js';

const first = (text: string): string => {
  const q = analyze({ id: 't', text }).quotes[0];
  return `${q?.speaker ?? null}/${q?.speakerMention?.text ?? null}`;
};

describe('quotes: a document before an aside', () => {
  it.each([
    ['The exit survey, done for two regional papers, suggests turnout will be low.', 'null/The exit survey'],
    // (the phrase opens with a modifier, so no description mention holds it and only this rule finds it)
    ['The latest survey, taken for two farm unions, shows most growers are in debt.', 'null/The latest survey'],
  ])('%s', (text, expected) => {
    expect(first(text)).toBe(expected);
  });

  it.each([
    // a person before the aside speaks
    ['The mayor, speaking for the council, said the fee would rise.', 'null/The mayor'],
  ])('leaves alone: %s', (text, expected) => {
    expect(first(text)).toBe(expected);
  });
});
