// A head noun before a compound that a second head closes modifies it, across a word read as a verb ("the county
// land office" aside, whose "office" is no head): "the state parole board", "the city housing authority" are one
// description, not "the state" or "the city" (mentions/description-words.ts compoundAcross, noSingularVerb). A word a
// singular subject takes as its verb ("backs", "set", "won", "hired", "will") keeps the head apart. Invented texts.
import { describe, expect, it } from 'vitest';
import { findMentions } from '../../../src/analysis/mentions/index.js';
import type { Cued } from '../../../src/analysis/state.js';
import { analyze } from '../../../src/analysis/index.js';

const state = (text: string): Cued => ({ doc: { id: 't', text }, paragraphs: [], sentences: [], quoteSpans: [], markup: [], speechWords: [], cues: [] });
const found = (text: string): string[] => findMentions(state(text)).mentions.map((m) => `${m.kind}:${m.text}`);
const speakers = (text: string): (string | null)[] => analyze({ id: 't', text }).quotes.map((q) => q.speaker);

describe('mentions: a body noun modifying a compound across a verb-like word', () => {
  it.each([
    ['The state parole board said the inmate was released.', 'description:The state parole board', 'description:The state'],
    ['The city housing authority said rents would rise.', 'description:The city housing authority', 'description:The city'],
    ['The city parking authority said fines would rise.', 'description:The city parking authority', 'description:The city'],
    ['On Monday the county transit agency closed two routes.', 'description:the county transit agency', 'description:the county'],
    ['A union health committee will review the claims.', 'description:A union health committee', 'description:A union'],
  ])('%s', (text, whole, cut) => {
    const ms = found(text);
    expect(ms).toContain(whole);
    expect(ms).not.toContain(cut);
  });

  it.each([
    // the word after the head is its clause's verb: an -s form, a past, a closed-class word
    ['The union backs board members who want a vote.', 'description:The union'],
    ['The union won board seats in three towns.', 'description:The union'],
    ['The city hired agency staff to clear the snow.', 'description:The city'],
    ['The county will court voters in the north.', 'description:The county'],
    // a plural's verb is bare: the group before it is the subject, the head after it the object
    ['Reyes strategists think women will decide the race.', 'group:Reyes strategists'],
    ['Clinic staff fear nurses will quit.', 'group:Clinic staff'],
    // no second head after the word: a compound of another kind, the head alone is no body
    ['The county land deal was signed on Friday.', 'description:The county'],
    // an "-ing" participle taking an object describes the head: a preposition-like one, or one before plural people
    ['Pay talks have collapsed, the union representing welders and fitters said.', 'description:the union'],
    ['The guild representing council staff said the offer was too low.', 'description:The guild'],
    ['The union backing nurses said the ward would close.', 'description:The union'],
  ])('leaves alone: %s', (text, kept) => {
    expect(found(text)).toContain(kept);
  });
});

describe('speakers: the whole compound speaks', () => {
  it.each([
    ['The state parole board said the inmate was released.', ['the state parole board']],
    ['The city housing authority said rents would rise.', ['the city housing authority']],
  ])('%s', (text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});

// A person noun that is an adjective too ("rival", "senior") before a lower-case word no lexicon knows modifies that
// noun, it heads no description of its own (description-words.ts adjectiveBeforeNoun). Invented texts.
describe('mentions: an adjective-like person noun before an unknown noun', () => {
  it.each([
    ['The rival bakery said the flour had run out.', 'description:The rival'],
    ['A rival airline cut its fares.', 'description:A rival'],
  ])('%s', (text, cut) => {
    expect(found(text)).not.toContain(cut);
  });

  it.each([
    // before a verb, a known noun or a plural the head stands
    ['The rival said the flour had run out.', 'description:The rival'],
    ['Her rivals said the flour had run out.', 'group:Her rivals'],
    ['A senior official said the flour had run out.', 'description:A senior official'],
  ])('leaves alone: %s', (text, kept) => {
    expect(found(text)).toContain(kept);
  });
});
