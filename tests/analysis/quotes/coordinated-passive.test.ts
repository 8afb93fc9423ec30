// A sourceless passive or raising cue after "and"/"but" that shares its subject with the verb before it reports the
// whole clause, subject included, with no speaker (quotes/coordinated-passive.ts). Invented texts.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index.js';

const rows = (text: string) => analyze({ id: 't', text }).quotes.map((q) => [q.text, q.cue?.text ?? null, q.speakerMention === null ? null : text.slice(q.speakerMention.start, q.speakerMention.end)]);

describe('quotes: a coordinated sourceless passive reports its subject too', () => {
  it.each<[string, (string | null)[][]]>([
    ['Mr. Osk, a former ferry captain, had the longer record, but was seen as stiff and distant.',
      [['Mr. Osk, a former ferry captain, had the longer record, but was seen as stiff and distant', 'was seen as', null]]],
    // an opener before the subject ("Today,") is left out
    ['Today, the ferry line runs six boats, has hired new pilots and is widely thought ready to open a winter route.',
      [['the ferry line runs six boats, has hired new pilots and is widely thought ready to open a winter route', 'is widely thought', null]]],
    ['The young striker scored twice and was considered the best player on the pitch.',
      [['The young striker scored twice and was considered the best player on the pitch', 'was considered', null]]],
    ['Eight years later, the harbour board cut its fees and is expected to sell the old pier.',
      [['the harbour board cut its fees and is expected to sell the old pier', 'is expected', null]]],
  ])('%s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });

  it.each<[string, (string | null)[][]]>([
    // an agent after the cue names the source: no coordinated reading (and no record of the agent alone)
    ['The levy passed the assembly but was condemned by the fishing unions.', []],
    // an earlier cue in the sentence holds the coordinated passive in its content
    ['The bakery said profits rose and were expected to rise further.',
      [['profits rose and were expected to rise further', 'said', 'The bakery']]],
    // an active cue after "and" keeps its own content
    ['The mayor toured the pier and warned that the railings were unsafe.',
      [['the railings were unsafe', 'warned', 'The mayor']]],
  ])('leaves alone: %s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });
});
