// An occasion or time phrase after a cue, then the reported clause's pronoun subject and its past-tense verb
// (quotes/occasion-phrase.ts, read by content-start.ts): "said after the vote she regretted it" reports "she
// regretted it", as "said after the vote she had regretted it" and "said she regretted it" did; a past verb that
// is a cue itself ("understood", "believed") no longer takes the report from the outer cue. Invented texts.
import { describe, expect, it } from 'vitest';
import { runQuotes } from '../quote-run.js';

const rows = (text: string) => runQuotes(text).map((q) => [q.text, q.cue?.text ?? null]);

describe('quotes: an occasion or time phrase, then a pronoun and its past verb, opens the content', () => {
  it.each<[string, (string | null)[][]]>([
    ['The warden said after the hearing she understood the families\' anger.', [['she understood the families\' anger', 'said']]],
    ['The striker told reporters after the final he regretted the red card.', [['he regretted the red card', 'told']]],
    ['The chair said before the ballot they believed the motion would fail.', [['they believed the motion would fail', 'said']]],
    ['The bishop said on Sunday he accepted the synod\'s decision.', [['he accepted the synod\'s decision', 'said']]],
    ['The grower said last week she feared the frost had killed the buds.', [['she feared the frost had killed the buds', 'said']]],
  ])('%s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });

  it.each<[string, (string | null)[][]]>([
    // a pronoun and past verb that a "that" clause follows are a relative on the occasion, not the content's subject
    ['The mayor said after the meeting she chaired that the depot would close.', [['the depot would close', 'said']]],
    // a subordinate "after" clause with a noun subject stays where it was read
    ['The union said the strike ended after the firm raised its offer.', [['the strike ended after the firm raised its offer', 'said']]],
    // a time phrase with no pronoun subject after it is left as before
    ['The dean said on Monday classes would resume.', [['classes would resume', 'said']]],
    // with "that" the content starts after it, as ever
    ['The coach said after the game that he understood the boos.', [['he understood the boos', 'said']]],
  ])('leaves alone: %s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });
});
