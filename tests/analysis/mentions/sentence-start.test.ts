// An adverb of time, sequence or place that compromise's lexicon lacks ("Afterward", "Elsewhere", "Nonetheless")
// opens a sentence with a capital but names no one (mentions/sentence-start.ts, lexicon/sentence-adverbs.ts): the
// speaker of the cue after it is the pronoun or noun phrase that follows, resolved as usual. A quantifier, a word
// modifying a record noun, and a given name that is also a noun are told apart there too.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index.js';
import { speakers } from '../speaker-mentions.js';

describe('mentions: an adverb opening a sentence is no name', () => {
  it.each([
    ['Councillor Ines Varga lost the vote on the depot. Afterward she told reporters the fight was not over.', 'she'],
    ['The governor, Pol Hedlund, left early. Afterwards, he said the session had been wasted.', 'he'],
    ['Two aides briefed the committee. Beforehand they had said the report would be delayed.', 'they'],
    ['The bill stalled in the lower house. Elsewhere, the state senate said it would hold hearings in May.', 'the state senate'],
    ['The minister, Ada Kessel, faced a walkout. Nonetheless she insisted the reform would go ahead.', 'she'],
  ])('%s', (text, expected) => {
    expect(speakers(text)).toEqual([expected]);
  });

  it.each([
    // a surname at the start of a sentence stays the speaker
    ['Brandvold told reporters the fight was not over.', 'Brandvold'],
    ['Everard said the session had been wasted.', 'Everard'],
    // after the adverb and a comma, a name is still a name
    ['Afterward, Mayor Tilde Rask told reporters the vote would be held again.', 'Mayor Tilde Rask'],
    // the adverb inside a sentence changes nothing
    ['Lena Osei said afterward that the deal was dead.', 'Lena Osei'],
  ])('leaves alone: %s', (text, expected) => {
    expect(speakers(text)).toEqual([expected]);
  });
});

// each quote's canonical speaker and speaker mention, as written
const named = (text: string): [string | null, string | null][] => analyze({ id: 't', text }).quotes.map((q) =>
  [q.speaker, q.speakerMention === null ? null : text.slice(q.speakerMention.start, q.speakerMention.end)]);

describe('mentions: a quantifier opening a sentence counts the people after it', () => {
  it.each([
    ['Dozens of bus drivers said the new rota left them no time to eat.', 'bus drivers'],
    ['Hundreds of parents told the board the school run was now unsafe.', 'parents'],
    ['Thousands of shoppers complained that the tills had failed.', 'shoppers'],
  ])('%s', (text, expected) => {
    expect(named(text)).toEqual([[expected, expected]]);
  });

  it.each([
    // inside a sentence nothing changes; a name after "of" is still the one counted
    ['The union said hundreds of members had signed up.', 'The union'],
    ['Ola Strand, one of dozens of volunteers, said the shelter was full.', 'Ola Strand'],
  ])('leaves alone: %s', (text, expected) => {
    expect(speakers(text)).toEqual([expected]);
  });
});

describe('mentions: an unknown word before a record noun modifies it', () => {
  it.each([
    ['Satellite images show the lake has shrunk by a third.', 'Satellite images'],
    ['Dashcam footage shows the lorry ran the red light.', 'Dashcam footage'],
    ['Cockpit recordings show the crew saw the warning light.', 'Cockpit recordings'],
  ])('%s', (text, expected) => {
    expect(named(text)).toEqual([[null, expected]]);
  });

  it.each([
    // a surname before a verb stays a name
    ['Okonkwo showed reporters the damaged roof and said it would cost millions.', 'Okonkwo'],
    ['Vantrell said the recordings had been lost.', 'Vantrell'],
  ])('leaves alone: %s', (text, expected) => {
    expect(speakers(text)).toEqual([expected]);
  });
});

describe('mentions: a given name that is also a noun opens the name at a sentence start', () => {
  it.each([
    ['Bo Halvorsen said the ferry would run again in April.', 'Bo Halvorsen'],
    ['Rose Achterberg told the inquiry the alarm never sounded.', 'Rose Achterberg'],
    ['Hope Mbeki, the head teacher, said the roof had been repaired.', 'Hope Mbeki'],
    ['Bill Drummond-Kerr argued that the levy was unfair.', 'Bill Drummond-Kerr'],
  ])('%s', (text, expected) => {
    expect(named(text)).toEqual([[expected, expected]]);
  });

  it.each([
    // a body's kind or a person noun before a name describes it; a verb or an adverb is no given name
    ['Charity Oxtrell said the aid convoy was blocked.', 'Oxtrell', 'Charity Oxtrell'],
    ['Later Fenwright said the plan had failed.', 'Fenwright', 'Fenwright'],
    ['Will Tarrant sign the deal? Tarrant said he had not decided.', 'Tarrant', 'Tarrant'],
    // inside a sentence the name was whole already
    ['The coach, Bo Halvorsen, said the team was ready.', 'Bo Halvorsen', 'Bo Halvorsen'],
  ])('leaves alone: %s', (text, speaker, mention) => {
    expect(named(text).at(-1)).toEqual([speaker, mention]);
  });
});

describe('mentions: a body\'s kind or a person noun opening a sentence describes the name after it', () => {
  it.each([
    ['Insurer Halvex said claims had doubled since the floods.', 'Halvex', 'Insurer Halvex'],
    ['Retailer Brimco told staff that twelve stores would close.', 'Brimco', 'Retailer Brimco'],
    ['Broadcaster Velta confirmed that the quiz show had been dropped.', 'Velta', 'Broadcaster Velta'],
    ['Defender Ines Garrow said the squad was tired.', 'Ines Garrow', 'Defender Ines Garrow'],
  ])('%s', (text, speaker, mention) => {
    expect(named(text)).toEqual([[speaker, mention]]);
  });

  it.each([
    // a word that also names bodies opens the name; a name running on to an organisation word is whole
    ['Union Tessaro said the strike would go ahead.', 'Union Tessaro', 'Union Tessaro'],
    ['Paper Mill Workers Union said the strike would go ahead.', 'Paper Mill Workers Union', 'Paper Mill Workers Union'],
    // inside a sentence the kind is lower case and was never part of the name
    ['The insurer Halvex said claims had doubled.', 'Halvex', 'The insurer Halvex'],
  ])('leaves alone: %s', (text, speaker, mention) => {
    expect(named(text)).toEqual([[speaker, mention]]);
  });
});

describe('mentions: a verb opening a campaign named in title case is the name\'s first word', () => {
  it.each([
    ['Protect Our Dunes told the inquiry that the car park would flood.', 'Protect Our Dunes', 'Protect Our Dunes'],
  ])('%s', (text, speaker, mention) => {
    expect(named(text)).toEqual([[speaker, mention]]);
  });

  it.each([
    // a verb before a lower-case possessive opens an ordinary sentence
    ['Save our pool, Ada Brisk told the council.', 'Ada Brisk', 'Ada Brisk'],
  ])('leaves alone: %s', (text, speaker, mention) => {
    expect(named(text)).toEqual([[speaker, mention]]);
  });
});
