// An infinitive cue with its own subject right before "to" (after "enough for", "reason for" or a verb of causing) is a cue, and that
// subject its speaker (cues/verb-chains.ts subjectInfinitiveStart, quotes/infinitive-subject.ts); an infinitive with
// no subject of its own stays in the clause around it. Invented texts.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index.js';

const rows = (text: string) => analyze({ id: 't', text }).quotes.map((q) => [q.text, q.cue?.text ?? null, q.speakerMention === null ? null : text.slice(q.speakerMention.start, q.speakerMention.end)]);

describe('quotes: an infinitive with its own subject is that subject\'s cue', () => {
  it.each<[string, (string | null)[][]]>([
    ['The narrow loss was enough for Osk to claim vindication.', [['vindication', 'to claim', 'Osk']]],
    ['A family ferry business gave one more reason for Ida Varn to back the harbour levy.', [['the harbour levy', 'to back', 'Ida Varn']]],
    ['The penalty prompted Tomas Reel to castigate the referee at length.', [['the referee at length', 'to castigate', 'Tomas Reel']]],
    ['A rival bid pushed Halder Corp to announce a buyback of shares.', [['a buyback of shares', 'to announce', 'Halder Corp']]],
    // (no gap relative: the object follows the infinitive)
    ['The harbour vote prompted Tomas Reel to warn of a crisis.', [['a crisis', 'to warn of', 'Tomas Reel']]],
  ])('%s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });

  it.each<[string, (string | null)[][]]>([
    // an infinitive with no subject of its own: a plan, not a report
    ['The mayor vowed to build a new pier.', [['to build a new pier', 'vowed', 'The mayor']]],
    // a lower-case noun before "to" is no subject the rule reads
    ['It is time for the club to explain its finances.', []],
    // a bare "for" (a need, a rule, a wait, a chance): an act nobody has done or stated
    ['The vote was a chance for her to show the board that she could lead.', []],
    ['There was no need for her to explain the delay.', []],
    ['The new rules make it illegal for Vendra Bank to claim the tax credit.', []],
    ['Officials are waiting for him to confirm his travel plans.', []],
    ['The council paid for them to report on the water supply.', []],
    // a verb that is no speech form after the subject
    ['Fans waited for Osk to sign shirts after the match.', []],
  ])('leaves alone: %s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });
});
