// A linking adverb between commas right after the subject ("The coach, however, says ...") leaves nothing before the
// cue to report: no "CONTENT, said X" reading with the object as speaker (quotes/content-before-inverted.ts). Invented texts;
// hand-built mentions (quote-run.ts).
import { describe, expect, it } from 'vitest';
import { runQuotes, type M } from '../quote-run.js';

const row = (text: string, ms: M[]) => runQuotes(text, ms).map((q) => [q.text, q.cue?.text ?? null]);

describe('quotes: a linking adverb after the subject', () => {
  it.each<[string, M[], (string | null)[][]]>([
    ['The coach, however, says the ruling.', [['The coach', 'description', null]], [['the ruling', 'says']]],
    ['Our reporter, meanwhile, notes the irony of the ruling.', [['Our reporter', 'description', null]], [['the irony of the ruling', 'notes']]],
  ])('%s', (text, ms, expected) => {
    expect(row(text, ms)).toEqual(expected);
  });

  it.each<[string, M[], (string | null)[][]]>([
    // a content before the comma with a name after the cue stays inverted
    ['The ferry will sail at noon, said Ada Renn.', [['Ada Renn', 'name', null]], [['The ferry will sail at noon', 'said']]],
    // a clause with its verb before the adverb is a content, inverted as without the adverb
    ['The deal is off, however, said Ada Renn.', [['Ada Renn', 'name', null]], [['The deal is off, however', 'said']]],
    ['We will fight on, too, said Ivo Berg.', [['We', 'pronoun', null], ['Ivo Berg', 'name', null]], [['We will fight on, too', 'said']]],
    // a short clause whose verb no lexicon knows: "said" and a capitalised name are still inverted
    ['Prices fell, however, said Ola Berg.', [['Ola Berg', 'name', null]], [['Prices fell, however', 'said']]],
  ])('leaves alone: %s', (text, ms, expected) => {
    expect(row(text, ms)).toEqual(expected);
  });
});
