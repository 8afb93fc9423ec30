import { describe, expect, it } from 'vitest';
import { findNounCues } from '../../src/analysis/cues/nouns.js';
import { subjectClauseEnd } from '../../src/analysis/quotes/nominal-subject-end.js';

// the one-sentence text's first noun cue, its content taken from after "that " (or at "to") to the sentence's
// last word, then cut by subjectClauseEnd
const content = (text: string): string => {
  const cue = findNounCues(text, () => false)[0];
  if (cue === undefined) return '(no cue)';
  const start = cue.end + (/^\s+that\s+|^\s+/.exec(text.slice(cue.end))?.[0].length ?? 0);
  const end = text.replace(/[.\s]+$/, '').length;
  return text.slice(start, subjectClauseEnd(text, cue, start, end, 0));
};

describe('a possessed noun cue opening its sentence: its clause ends before the main verb', () => {
  it.each([
    ['Her claim that he lied was rejected by the court.', 'he lied'],
    ["The mayor's pledge to cut fares was welcomed by riders.", 'to cut fares'],
    ['His view that the plan is too costly is shared by many.', 'the plan is too costly'],
    ["Ida Ek's warning that fares would rise has proved right.", 'fares would rise'],
    ['But her pledge to cut fares never came.', 'to cut fares'],
    // the clause's own auxiliaries: after a pronoun, before an -ing form, after "and"
    ['Her claim that he was paid by the firm was false and has been rejected.', 'he was paid by the firm'],
    ['Their fear that the mill was closing angered the town.', 'the mill was closing'],
  ])('%s', (text, expected) => {
    expect(content(text)).toBe(expected);
  });

  it.each([
    // not the sentence's subject: the noun cue comes after the main verb
    ['Ida Ek repeated her claim that the port was unsafe and would close.', 'the port was unsafe and would close'],
    // the cue holds its own copula
    ['His view is that the plan is too costly.', 'the plan is too costly'],
    // no main verb after the clause
    ['Their claim that fares rose sharply.', 'fares rose sharply'],
    // "the firm" alone is no clause: no cut
    ['His claim that the firm had lied enraged him.', 'the firm had lied enraged him'],
  ])('keeps the content whole: %s', (text, expected) => {
    expect(content(text)).toBe(expected);
  });
});
