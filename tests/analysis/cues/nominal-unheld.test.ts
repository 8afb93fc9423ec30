// A noun of believing or telling that no one holds by name (cues/nominal-unheld.ts): the article, its modifiers and
// the noun are the cue, the clause after "that" the content, and no speaker.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index.js';
import { findUnheldCues } from '../../../src/analysis/cues/nominal-unheld.js';

/** [cue, content, speaker] of the record whose cue opens with an article, or null. */
const unheld = (text: string): [string, string, string | null] | null => {
  const q = analyze({ id: 'd', text }).quotes.find((x) => x.rule === 'noun-that' && /^(?:the|a|an)\s/i.test(x.cue?.text ?? ''));
  return q === undefined ? null : [q.cue?.text ?? '', q.text, q.speaker];
};

describe('an unheld noun and its that-clause', () => {
  it.each([
    ['Markets rallied on the hope that the central bank would cut rates.', ['the hope', 'the central bank would cut rates', null]],
    ['The recount began amid a growing suspicion that ballots had gone missing in Orvo.', ['a growing suspicion', 'ballots had gone missing in Orvo', null]],
    ['The speech carried a tacit admission that the harbor plan had failed.', ['a tacit admission', 'the harbor plan had failed', null]],
    // a subject's possessive after "that" is no present verb
    ['Ticket sales rose on the hope that its most loyal fans would return.', ['the hope', 'its most loyal fans would return', null]],
    ['Shares of Velk Mining fell after the disclosure that it had lost its largest client.', ['the disclosure', 'it had lost its largest client', null]],
    // after a fronted preposition the clause ends at the phrase's comma
    // a verb that could take the noun, with its own object: a reported clause
    ['The hearing turned on the claim that the insurer rejected the policy in March.', ['the claim', 'the insurer rejected the policy in March', null]],
    ['Despite the widespread belief that fares would double, ridership grew.', ['the widespread belief', 'fares would double', null]],
  ])('%s', (text, expected) => {
    expect(unheld(text)).toEqual(expected);
  });
});

describe('leaves alone', () => {
  it.each([
    // the writer's own framing
    'She ignored the fact that the road was closed.',
    'The idea that the dam could burst seemed remote to engineers.',
    // a noun phrase opening its sentence: the writer's subject, judged by the writer
    'The belief that ferry fares will double is widespread in Tarnby.',
    'But the argument that the mill cannot close anywhere was never a serious one.',
    // a relative clause: a verb right after "that"
    'The hope that kept her going was a letter from her son.',
    'The claim that was rejected by the court concerned grazing rights.',
    'It was a warning that echoed across the valley.',
    'Fans clung to a belief that runs deep in the town.',
    'The siren gives a warning that sounds every hour.',
    'The study rests on an assumption that underpins most models.',
    // an object relative: a verb that takes the noun, with no object after it
    'Vera Holm filed a claim that the insurer rejected in March.',
    'The league dismissed the complaint that the club lodged after the match.',
    'The striker lived up to the hope that fans had placed in him.',
    'Nobody heeded the warning that the harbor office issued.',
    // a possessed noun is the possessor's (cues/nouns.ts), not unheld
    "The mayor's claim that the pier was safe drew laughter.",
    // a preposition between: the noun's own phrase, not a clause
    'He shared the view of most growers that prices would fall.',
  ])('%s', (text) => {
    expect(findUnheldCues(text, () => false)).toEqual([]);
  });
});

/** [cue, content, speaker] of the noun-that record, or null. */
const bare = (text: string): [string, string, string | null] | null => {
  const q = analyze({ id: 'd', text }).quotes.find((x) => x.rule === 'noun-that');
  return q === undefined ? null : [q.cue?.text ?? '', q.text, q.speaker];
};

// with no article after a preposition: the modifiers and the noun are the cue, nobody the source
describe('a bare unheld noun after a preposition', () => {
  it.each([
    ['The firm\'s stock rose amid speculation that a buyer had been found.', ['speculation', 'a buyer had been found', null]],
    ['For years the chef was hounded by charges that his kitchen reused cooking oil.', ['charges', 'his kitchen reused cooking oil', null]],
    ['The vote was delayed over concerns that the count was flawed.', ['concerns', 'the count was flawed', null]],
    ['The mill shut two kilns amid unconfirmed reports that sales had fallen since spring.', ['unconfirmed reports', 'sales had fallen since spring', null]],
    // a possessive before the preposition owns nothing after it
    ['The club sacked its coach following reports that he had bet on games.', ['reports', 'he had bet on games', null]],
    // a fronted phrase ends at its comma
    ['Amid growing fears that the dam could fail, residents left the valley.', ['growing fears', 'the dam could fail', null]],
    ['Despite assurances that the bridge was safe, the council closed it.', ['assurances', 'the bridge was safe', null]],
    // a time word before the noun is its modifier ("Monday reports"), and the fronted phrase still ends at its comma
    ['Following Monday reports that the mine was flooded, rescuers arrived.', ['Monday reports', 'the mine was flooded', null]],
  ])('%s', (text, expected) => {
    expect(bare(text)).toEqual(expected);
  });

  it.each([
    // not after "of", "to", "in" or "with": the subject's own words as often
    'Parents of young children hope that the school stays open.',
    'He left the town in hopes that the feud would end.',
    // a determiner after the preposition: the article form's, or a possessor's
    'The mayor resigned amid his fears that the audit would go badly.',
    // a relative clause, subject or object
    'The shop closed after complaints that were never answered.',
    'The inquiry began after reports that the harbor office issued.',
    // "charges" as fees, with a verb that takes them and no object of its own
    'Tenants were hit by charges that the landlord imposed in March.',
    'Savers complained about charges that the lender introduced last year.',
    // an -ing form is the participle of a message after a time phrase, or the subject's own gerund
    'The union wrote to the board on Monday warning that staff would strike.',
    'After warning that rates would climb, the bank held them for a year.',
    'The agency sent a letter to farmers over the weekend warning that wells were low.',
  ])('leaves alone: %s', (text) => {
    expect(findUnheldCues(text, () => false).filter((c) => !/^(?:the|a|an)\s/i.test(c.text))).toEqual([]);
  });
});

// the holders named after "among" are the source; the clause after "that" stays the content
describe('an unheld noun with its holders after "among"', () => {
  it.each([
    ['The vote reflected a growing belief among dairy farmers that the quota system had failed.', ['a growing belief', 'the quota system had failed', 'dairy farmers']],
    ['Prices rose amid fears among traders that the canal would close.', ['fears', 'the canal would close', 'traders']],
    ['The strike ended on the hope among nurses that wards would be staffed.', ['the hope', 'wards would be staffed', 'nurses']],
  ])('%s', (text, expected) => {
    expect(bare(text)).toEqual(expected);
  });

  it.each([
    // a relative clause about the noun, past the holders: a verb right after "that", or a subject and a verb that
    // takes the noun
    'It was the hope among the volunteers that kept the shelter open.',
    'The report cited a worry among residents that the council ignored.',
    // "among" and a list too long to be the holders
    'Rates fell amid fears among the small lenders in the three northern river towns that deposits would flee.',
  ])('leaves alone: %s', (text) => {
    expect(findUnheldCues(text, () => false).filter((c) => /among/.test(text.slice(c.end, c.end + 8)))).toEqual([]);
  });
});
