// A cue right after "whose <noun>" (quotes/whose-subject.ts whoseSubject): the relative clause's own subject speaks,
// an unknown speaker with "whose <noun>" as its mention, not the sentence's subject.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index.js';

const first = (text: string): string => {
  const q = analyze({ id: 't', text }).quotes[0];
  return `${q?.speaker ?? null}/${q?.speakerMention?.text ?? null}/${q?.role ?? null}`;
};

describe('quotes: the subject of a whose-clause', () => {
  it.each([
    ['Ivo Dahl met a man whose son said the bridge was unsafe.', 'null/whose son/son'],
    ['Pia Holm, whose lawyer said the fine was unfair, left the court.', 'null/whose lawyer/lawyer'],
    ['Pia Holm, whose former lawyer has also said the fine was unfair, left the court.', 'null/whose former lawyer/lawyer'],
  ])('%s', (text, expected) => {
    expect(first(text)).toBe(expected);
  });

  it.each([
    // the whose-clause closed by a comma before the cue: the name speaks
    ['Skipper Ola Berg, whose family has fished here for years, said the quota was too low.', 'Skipper Ola Berg'],
    // a whose-clause with a verb of its own, no comma after it: the antecedent speaks (whoseClauseHasVerb)
    ['A farmer whose fields were flooded said the board had ignored warnings.', 'A farmer'],
    ['A driver whose car was towed claimed the signs were missing.', 'A driver'],
    ['A man whose barn burned said the fire crew came late.', 'A man'],
    // not a group noun inside that closed clause (closedWhoseStart): the body before it speaks
    ['The club whose players were injured said it would appeal the ban.', 'The club'],
    ['The choir whose singers were stranded said the tour would go on.', 'The choir'],
  ])('leaves alone: %s', (text, expected) => {
    expect(analyze({ id: 't', text }).quotes[0]?.speakerMention?.text).toBe(expected);
  });
});
