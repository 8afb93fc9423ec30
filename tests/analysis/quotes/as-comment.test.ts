// A verb cue in an "as" comment clause (quotes/as-comment.ts): the clause vouches for the sentence around it, so the
// content is the sentence on both sides of a clause inside it, or the main clause after one that opens it; never the
// adverbial after the cue. Invented texts.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index.js';

const byCue = (text: string, cue: string): [string, string | null] | null => {
  const q = analyze({ id: 't', text }).quotes.find((x) => x.cue?.text === cue);
  return q === undefined ? null : [q.text, q.speakerMention?.text ?? null];
};

describe('quotes: an "as" comment clause', () => {
  it.each<[string, string, [string, string]]>([
    ['The pier, as Ida Berg noted on Monday, needs new pilings.', 'noted', ['The pier, as Ida Berg noted on Monday, needs new pilings', 'Ida Berg']],
    ['In 2021, as the auditor reported, the fund lost half its value.', 'reported', ['In 2021, as the auditor reported, the fund lost half its value', 'the auditor']],
    ['The levee, as engineers had warned for years, gave way in the storm.', 'had warned', ['The levee, as engineers had warned for years, gave way in the storm', 'engineers']],
    ['The orchard, as she put it, is the village’s bank.', 'put it', ['The orchard, as she put it, is the village’s bank', 'she']],
    ['The quarry, as Tomas Reid pointed out, employs half the valley.', 'pointed out', ['The quarry, as Tomas Reid pointed out, employs half the valley', 'Tomas Reid']],
    // opening the sentence: the main clause after the comma, not the adverbial before it
    ['As Ivo Lund recalled in his memoir, the mill ran day and night.', 'recalled', ['the mill ran day and night', 'Ivo Lund']],
    // a quotation alone after the clause is the content
    ['The harbour is, as one skipper noted on Monday, “a graveyard for boats.”', 'noted', ['a graveyard for boats.', 'one skipper']],
  ])('%s', (text, cue, expected) => {
    expect(byCue(text, cue)).toEqual(expected);
  });

  it.each<[string, string, [string, string | null] | null]>([
    // a clause of its own in the "as" clause: another reading
    ['The council raised fares, as the mayor said it would.', 'said', ['it would', 'the mayor']],
    // an object after the cue: a time, not a comment ("tell" is no comment verb: its object may be the thing told)
    ['As she told the story, the room fell silent.', 'told', ['the story, the room fell silent', 'she']],
    ['As Ada Holm explained the plan, the crowd began to jeer.', 'explained', ['the plan, the crowd began to jeer', 'Ada Holm']],
    // a verb of an act of talking: "as" tells when, and the readings after a cue take it as any other
    ['As the mayor spoke, the crowd began to jeer.', 'spoke', ['the crowd began to jeer', 'the mayor']],
    // a cue of its own before the clause: the sentence is that cue's content
    ['Ana Lee said the pier, as engineers warned, was unsafe.', 'said', ['the pier', 'Ana Lee']],
    // a clause that ends the sentence is left alone (it may tell how or when)
    ['Rents rose, as the council had predicted.', 'had predicted', null],
    // no "as" clause: an aside of its own, as before
    ['The pier, Ida Berg said, needs new pilings.', 'said', ['The pier, Ida Berg said, needs new pilings', 'Ida Berg']],
    // (each row: what the other readings give, unchanged by this rule)
  ])('leaves alone: %s', (text, cue, expected) => {
    expect(byCue(text, cue)).toEqual(expected);
  });
});
