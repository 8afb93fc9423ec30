// Asides inside a reported clause that its content goes on over (quotes/content-end-aside.ts): a non-restrictive
// relative with its own cue that closes before the reported subject's verb, and any short aside on the subject before
// its own finite verb. (The sizing participle aside is tested in quotes/apposition-contrast.test.ts.) Invented texts.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index.js';
import { runQuotes } from '../quote-run.js';

const row = (q: ReturnType<typeof runQuotes>[number]) => [q.text, q.cue?.text ?? null];

describe('quotes: a relative aside with its own cue inside the reported clause', () => {
  it.each<[string, (string | null)[][]]>([
    ['The mayor said the bypass, which drivers want, is too costly.',
      [['the bypass, which drivers want, is too costly', 'said']]],
    ['The minister argued that the levy, which growers oppose, would raise little money.',
      [['the levy, which growers oppose, would raise little money', 'argued']]],
    ['Ms Okafor said the ferry, which islanders say is unsafe, will keep running until May.',
      [['the ferry, which islanders say is unsafe, will keep running until May', 'said']]],
    ['The rector wrote that the new curriculum, which parents have criticised, has been delayed.',
      [['the new curriculum, which parents have criticised, has been delayed', 'wrote']]],
  ])('runs the content on to its verb: %s', (text, expected) => {
    expect(runQuotes(text).map(row)).toEqual(expected);
  });

  it.each<[string, (string | null)[][]]>([
    // a relative that runs to the sentence end: a second attribution
    ['The coach said the club offered more, which he called generous.',
      [['the club offered more', 'said'], ['which he called generous', 'called']]],
    // the relative closes before a prepositional phrase, not a verb: the bare object ends at the comma
    ['The board thanked Rhea Tamm, who has since urged a refund, for her years of service.',
      [['Rhea Tamm', 'thanked'], ['a refund, for her years of service', 'urged']]],
    // the relative closes before 'and' and a clause of its own
    ['The mayor said the plan was fair, which critics dispute, and the vote will go ahead.',
      [['the plan was fair', 'said'], ['which critics dispute', 'dispute']]],
  ])('leaves alone: %s', (text, expected) => {
    expect(runQuotes(text).map(row)).toEqual(expected);
  });
});

const rows = (text: string) => analyze({ id: 't', text }).quotes.map((q) => [q.text, q.cue?.text ?? null]);

describe('quotes: a subject with an aside, then its own verb, is one content', () => {
  it.each<[string, string]>([
    // a name in apposition, then a cue of the subject's own (a nested report, inside the content)
    ['The firm said its founder, Ana Ruiz, had promised to stay on.', 'its founder, Ana Ruiz, had promised to stay on'],
    ['Sims said the mayor, a Democrat, told him the vote would fail.', 'the mayor, a Democrat, told him the vote would fail'],
    // a hearsay participle aside, then a passive whose participle is a cue ("sought")
    ['Rangers said a second woman, thought to be the driver, was still being sought.', 'a second woman, thought to be the driver, was still being sought'],
    ['Police said a third man, believed to have been the lookout, is being sought.', 'a third man, believed to have been the lookout, is being sought'],
    // a pronoun subject with an adverb set off
    ['She said he, too, had warned the board about the roof.', 'he, too, had warned the board about the roof'],
    // a phrase of means or place set off after the subject
    ['Ruiz said the club, in a statement, announced a new coach.', 'the club, in a statement, announced a new coach'],
    // a letter beyond Latin-1 in the aside or the subject (the full pattern runs, not its Latin-1 twin): read alike
    ['The firm said its founder, Łukasz Wróbel, had promised to stay on.', 'its founder, Łukasz Wróbel, had promised to stay on'],
    ['Sims said the mayor of Łódź, a Democrat, told him the vote would fail.', 'the mayor of Łódź, a Democrat, told him the vote would fail'],
  ])('%s', (text, content) => {
    expect(rows(text)).toEqual([[content, 'said']]);
  });
});

describe('quotes: a subject with an aside: left alone', () => {
  it.each<[string, (string | null)[][]]>([
    // the words before the comma are a clause of their own: a second verb of the speaker's, cut there
    ['She said the plan was fair, warned that costs would rise and left.', [['the plan was fair', 'said'], ['costs would rise and left', 'warned']]],
    // a participle after the comma goes with the speaker
    ['The coach said the squad was tired, adding that two players were ill.', [['the squad was tired', 'said'], ['two players were ill', 'adding']]],
    // an infinitive is no subject, and a verb of saying with its subject after it closes the content before it
    ['Even as the vote moves north, a region that she hoped to win by a wide margin, the count will be close, said Ida Roe, a pollster.',
      [['Even as the vote moves north, a region that she hoped to win by a wide margin, the count will be close', 'said']]],
    ['Most growers support the levy, a tax on imported seed, said Ida Roe, the co-op’s chair.',
      [['Most growers support the levy, a tax on imported seed', 'said']]],
  ])('%s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });
});

// A speaker's aside inside a second clause joined to a report ("said A, and the port, she added, would follow"): the
// report ends at the join, and the aside's content is the clause it sits in, not the whole sentence.
const spoken = (text: string) => analyze({ id: 't', text }).quotes.map((q) => [q.text, q.speakerMention?.text ?? null, q.cue?.text ?? null]);

describe('quotes: an aside in a clause joined to a report', () => {
  it.each<[string, (string | null)[][]]>([
    ['The warden said the east wing would close in March, and the chapel, she added, would follow in autumn.',
      [['the east wing would close in March', 'The warden', 'said'], ['the chapel, she added, would follow in autumn', 'she', 'added']]],
    ['Coach Ivo Renn said his side had defended well, but the second goal, he admitted, was a gift.',
      [['his side had defended well', 'Coach Ivo Renn', 'said'], ['the second goal, he admitted, was a gift', 'he', 'admitted']]],
    ['Rangers said the lower trail was open; the summit path, they warned, was still icy.',
      [['the lower trail was open', 'Rangers', 'said'], ['the summit path, they warned, was still icy', 'they', 'warned']]],
    ['The council said the levy was fair, and the growers, Ada Voss said, had accepted it.',
      [['the levy was fair', 'The council', 'said'], ['the growers, Ada Voss said, had accepted it', 'Ada Voss', 'said']]],
  ])('%s', (text, expected) => {
    expect(spoken(text)).toEqual(expected);
  });

  it.each<[string, (string | null)[][]]>([
    // no report before the join: the aside's content is the whole sentence, as before
    ['The east wing will close in March, and the chapel, she added, will follow in autumn.',
      [['The east wing will close in March, and the chapel, she added, will follow in autumn', 'she', 'added']]],
    // an aside on the report's own subject with no join: the aside reads as before
    ['Ten years ago, she said, the chapel had no roof.', [['Ten years ago, she said, the chapel had no roof', 'she', 'said']]],
    // a hedge in the joined clause is no aside of its own: one content
    ['The warden said the wing was shut, and the chapel, I think, was too.',
      [['the wing was shut, and the chapel, I think, was too', 'The warden', 'said']]],
    // a participle after the join's comma goes with the speaker
    ['The warden said the wing was shut, adding that the chapel, she hoped, would open.',
      [['the wing was shut', 'The warden', 'said'], ['the chapel, she hoped, would open', 'The warden', 'adding']]],
  ])('leaves alone: %s', (text, expected) => {
    expect(spoken(text)).toEqual(expected);
  });
});

// A speaker's aside between a reported clause's subject and its verb ("said the talks, Ida Roe added, would resume"): a
// second voice on the same clause, nested in the outer report's content (as a relative aside is), no record of its own.
describe('quotes: a speaker aside inside the reported clause', () => {
  it.each<[string, (string | null)[][]]>([
    ['The guild said the strike, its chair added, would end on Friday.',
      [['the strike, its chair added, would end on Friday', 'The guild', 'said']]],
    ['Rangers said the bridge, Tomas Brenn noted, was closed to lorries.',
      [['the bridge, Tomas Brenn noted, was closed to lorries', 'Rangers', 'said']]],
    ['The coach argued that the pitch, she insisted, had cost them the match.',
      [['the pitch, she insisted, had cost them the match', 'The coach', 'argued']]],
    ['Police said the van, the witnesses said, ran a red light.',
      [['the van, the witnesses said, ran a red light', 'Police', 'said']]],
    // a third person's belief in the aside
    ['The nurses said the walkout, their union chief hoped, would end by Friday.',
      [['the walkout, their union chief hoped, would end by Friday', 'The nurses', 'said']]],
    ['The museum said the vase, Lena Marsh believed, was a copy.',
      [['the vase, Lena Marsh believed, was a copy', 'The museum', 'said']]],
  ])('%s', (text, expected) => {
    expect(spoken(text)).toEqual(expected);
  });

  it.each<[string, (string | null)[][]]>([
    // the aside after a whole clause closes the content, its own record
    ['The guild said the strike would end, its chair added, but gave no date.',
      [['The guild said the strike would end', 'its chair', 'added']]],
    // no report before it: the aside's content is the sentence, as before
    ['The strike, its chair added, would end on Friday.', [['The strike, its chair added, would end on Friday', 'its chair', 'added']]],
    ['The walkout, their union chief hoped, would end by Friday.',
      [['The walkout, their union chief hoped, would end by Friday', 'their union chief', 'hoped']]],
    // a belief aside after a whole clause closes the content
    ['The nurses said the walkout would end, their union chief hoped, but set no date.',
      [['The nurses said the walkout would end', 'their union chief', 'hoped']]],
  ])('leaves alone: %s', (text, expected) => {
    expect(spoken(text)).toEqual(expected);
  });
});
