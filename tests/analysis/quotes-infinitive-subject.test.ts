// An infinitive cue with its own subject right before "to" (after "for" or a verb of causing) is a cue, and that
// subject its speaker (cues/verb-chains.ts subjectInfinitiveStart, quotes/infinitive-subject.ts); an infinitive with
// no subject of its own stays in the clause around it. Invented texts.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/index.js';

const rows = (text: string) => analyze({ id: 't', text }).quotes.map((q) => [q.text, q.cue?.text ?? null, q.speakerMention === null ? null : text.slice(q.speakerMention.start, q.speakerMention.end)]);

describe('quotes: an infinitive with its own subject is that subject\'s cue', () => {
  it.each<[string, (string | null)[][]]>([
    ['The narrow loss was enough for Osk to claim a moral victory.', [['a moral victory', 'to claim', 'Osk']]],
    ['A family ferry business gave one more reason for Ida Varn to back the harbour levy.', [['the harbour levy', 'to back', 'Ida Varn']]],
    ['The ruling prompted Tomas Reel to castigate the judge in the case.', [['the judge in the case', 'to castigate', 'Tomas Reel']]],
    // (no gap relative: the object follows the infinitive)
    ['The harbour vote prompted Tomas Reel to warn of a crisis.', [['a crisis', 'to warn of', 'Tomas Reel']]],
    ['The vote was a chance for her to show the board that she could lead.', [['the board that she could lead', 'to show', 'her']]],
  ])('%s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });

  it.each<[string, (string | null)[][]]>([
    // an infinitive with no subject of its own: a plan, not a report
    ['The mayor vowed to build a new pier.', [['to build a new pier', 'vowed', 'The mayor']]],
    // a lower-case noun before "to" is no subject the rule reads
    ['It is time for the club to explain its finances.', []],
    // a verb that is no speech form after the subject
    ['Fans waited for Osk to sign shirts after the match.', []],
  ])('leaves alone: %s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });
});
