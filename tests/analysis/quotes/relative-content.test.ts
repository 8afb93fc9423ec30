// A relative pronoun before a cue's subject opens the content (quotes/relative-content.ts), unless the speaker read
// runs to that pronoun: then it is its own clause's subject ("Parents who help teachers said"). Invented texts.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index.js';
import { runQuotes, type M } from '../quote-run.js';

const row = (q: ReturnType<typeof runQuotes>[number]) => [q.type, q.text, q.cue?.text ?? null];

const rows = (text: string) => analyze({ id: 't', text }).quotes.map((q) => [q.text, q.speaker, q.cue?.text ?? null]);

describe('quotes/relative-content: the pronoun as the reported clause\'s own part', () => {
  it.each<[string, (string | null)[][]]>([
    ['The council passed a rule which critics say is unfair.', [['which critics say is unfair', 'critics', 'say']]],
  ])('content from the pronoun: %s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });

  it.each<[string, (string | null)[][]]>([
    // the speaker runs to "who": the clause is the subject's, the content starts after the cue
    ['Parents who help teachers said the new timetable was confusing.', [['the new timetable was confusing', 'Parents', 'said']]],
    ['Volunteers who train nurses said the ward was short of beds.', [['the ward was short of beds', 'Volunteers', 'said']]],
  ])('leaves the pronoun out: %s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });
});

describe('quotes: an object relative clause is its own content', () => {
  it.each<[string, M[], string[][]]>([
    ['The council passed a rule, which critics say is unfair to renters.', [['critics', 'group', null]],
      [['indirect', 'which critics say is unfair to renters', 'say']]],
    ['The mayor praised Tom Brek, who she said had saved the mill.', [['Tom Brek', 'name', 0], ['she', 'pronoun', 1]],
      [['indirect', 'Tom Brek', 'praised'], ['indirect', 'who she said had saved the mill', 'said']]],
    // marks on one side of the cue only: partial, not a quote interrupted by its cue (marks that fill
    // the rest, "which she called “a disgrace.”", stay a direct quote: quotes/index.test.ts)
    ['Ann Lee praised the firms, which she called “lean” and “honest” in a memo.', [['Ann Lee', 'name', 0], ['she', 'pronoun', 0]],
      [['indirect', 'the firms', 'praised'], ['partial', 'which she called “lean” and “honest” in a memo', 'called']]],
  ])('%s', (text, ms, expected) => {
    expect(runQuotes(text, ms).map(row)).toEqual(expected);
  });

  it.each<[string, M[], string[][]]>([
    // the relative pronoun is the subject, the words after it a clause of their own
    ['Voters who attended the vote said the bridge was safe.', [['Voters', 'group', null]],
      [['indirect', 'the bridge was safe', 'said']]],
    // after a preposition the pronoun relates to the time or place, not to what was said
    ['Leaders met on a day during which they vowed to fix the roads.', [['Leaders', 'group', null], ['they', 'pronoun', null]],
      [['indirect', 'to fix the roads', 'vowed']]],
  ])('leaves the content after the cue: %s', (text, ms, expected) => {
    expect(runQuotes(text, ms).map(row)).toEqual(expected);
  });
});

// A relative clause whose verb only puts out the document before it (publish, release, issue: lexicon/empty-contents.ts
// PUTTING_OUT_VERBS) says what was done with the document, not what anyone said: no record of its own.
describe('quotes: a relative clause that puts the document out', () => {
  const spans = (text: string) => analyze({ id: 't', text }).quotes.map((q) => [q.text, q.speakerMention?.text ?? null, q.cue?.text ?? null]);
  it.each<[string, (string | null)[][]]>([
    ['The audit, which the board published in June, says the fund is short.', [['the fund is short', 'The audit', 'says']]],
    ['The report, which the council published, says the bus lanes cut journey times.', [['the bus lanes cut journey times', 'The report', 'says']]],
  ])('%s', (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });

  it.each<[string, (string | null)[][]]>([
    // writing is authoring: what the clerk wrote is hers to answer for
    ['The memo, which the clerk wrote in May, warns that pay will be frozen.', [['which the clerk wrote in May', 'the clerk', 'wrote'], ['pay will be frozen', 'The memo', 'warns']]],
    ['The report, which the council wrote, says the bus lanes cut journey times.', [['which the council wrote', 'the council', 'wrote'], ['the bus lanes cut journey times', 'The report', 'says']]],
  ])('leaves alone: %s', (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });
});
