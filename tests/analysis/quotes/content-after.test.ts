// The content after a verb cue (quotes/content-after.ts): a participle of coming upon something with only where or in
// what state after it, and no "be" before it (headline style), is a passive that reports no claim
// (lexicon/empty-contents.ts FOUND_WHERE_ONLY). Invented texts; the whole pipeline.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index.js';
import { runQuotes, type M } from '../quote-run.js';

const contents = (text: string): string[] => analyze({ id: 't', text }).quotes.map((q) => q.text);

describe('quotes: "found" with only a place or a state after it and no "be"', () => {
  it.each([
    'Stolen van found in reservoir\n\nDivers pulled the van out on Tuesday.',
    'Missing climbers found safe after night on ridge\n\nThe pair were cold but well.',
    'Rare orchid discovered on roadside verge in Tarnby',
    'Lost ferry bell recovered off the Varn coast',
  ])('is no claim: %j', (text) => {
    expect(contents(text)).toEqual([]);
  });

  it.each<[string, string[]]>([
    // a finding with its clause, with or without "that", after a place or time phrase
    ['The review found in most cases staff had acted properly.', ['in most cases staff had acted properly']],
    ['The auditors found in 2019 that the fund was short.', ['the fund was short']],
    // an object after the verb
    ['Inspectors found rust on the bridge supports.', ['rust on the bridge supports']],
    // a ruling for one side
    ['The tribunal found in favour of the dockers.', ['in favour of the dockers']],
  ])('keeps a finding: %s', (text, expected) => {
    expect(contents(text)).toEqual(expected);
  });
});

describe('quotes: a comma and the main clause\'s predicate after a cue in a relative clause', () => {
  it.each([
    'The ferry firm, which has yet to comment, is expected to appeal the fine.',
    'The landlord, who has been unable to comment publicly, declined interview requests.',
    'The club, which has yet to respond, has until Friday to pay.',
  ])('reports nothing after the comma: %s', (text) => {
    expect(contents(text).filter((c) => /expected|declined|until Friday/.test(c))).toEqual([]);
  });

  it.each([
    // an irregular past before its object is the main clause's predicate too
    'The mayor, who refused to comment, left the hall after the vote.',
    'The bishop, who has declined to comment, gave a sermon on Sunday.',
    'The ferry operator, which would not comment, sold the route in June.',
  ])('reports nothing after the comma (irregular past): %s', (text) => {
    expect(contents(text).filter((c) => /hall|sermon|route/.test(c))).toEqual([]);
  });

  it.each<[string, string[]]>([
    // a clause after the comma with its own subject, a participle aside, a direct quote
    ['The mayor said, as the rain fell, that the pier would close.', ['as the rain fell, that the pier would close']],
    ['The coach said, tired after the match, that the squad needed rest.', ['tired after the match, that the squad needed rest']],
    // an irregular past with no determiner after it is a describing participle; a verb of saying opens an inverted frame
    ['The chef said, left to himself, he would cook only fish.', ['left to himself, he would cook only fish']],
    ['The airline declined to comment, said a spokesman for the crew.', ['The airline declined to comment']],
    ['The firm, which declined to comment, said it would appeal.', ['it would appeal']],
    // an object relative that closes at its cue reports itself (relative-content.ts)
    ['The levy, which farmers oppose, was passed in May.', ['which farmers oppose']],
    ['The merger, which regulators doubt, has been delayed.', ['which regulators doubt']],
  ])('keeps the content: %s', (text, expected) => {
    expect(contents(text)).toEqual(expected);
  });
});

// a relative clause on the noun before the cue ("the clause to which she was pointing, which her deputy drafted, ...")
// is no object of the cue. Hand-built mentions (quote-run.ts), [content, cue] of each record.
describe('quotes: a relative clause on the noun before the cue reports nothing', () => {
  const rows = (text: string, ms: M[]) => runQuotes(text, ms).map((q) => [q.text, q.cue?.text ?? null]);
  it.each<[string, M[], string[][]]>([
    ['The clause to which Ana Lind was referring, which her deputy drafted, covers the ferries.', [['Ana Lind', 'name', null]], []],
  ])('%s', (text, ms, expected) => {
    expect(rows(text, ms)).toEqual(expected);
  });
});

// A quote that opens the content and closes on its own comma or stop, then a conjunction and the writer's next clause:
// the quote alone is what was said, a direct quote.
describe('quotes: a closed quote before "and"/"but" and a clause of the writer', () => {
  it.each<[string, [string, string][]]>([
    ['My old coach told me, "Never play for the draw," and he was right.', [['direct', 'Never play for the draw,']]],
    ['The captain said, "We will win this," and the crowd roared.', [['direct', 'We will win this,']]],
    ['Her mother warned her, “Keep your head down,” but she did not listen.', [['direct', 'Keep your head down,']]],
  ])('%s', (text, expected) => {
    expect(analyze({ id: 't', text }).quotes.map((q) => [q.type, q.text])).toEqual(expected);
  });

  it.each<[string, [string, string][]]>([
    // a second clause of what was said after "and that"
    ['He said, "Yes, I will come," and that he would bring his sister.',
      [['partial', '"Yes, I will come," and that he would bring his sister']]],
  ])('leaves alone: %s', (text, expected) => {
    expect(analyze({ id: 't', text }).quotes.map((q) => [q.type, q.text])).toEqual(expected);
  });
});

describe('quotes: the listener of "tell" is no content', () => {
  it.each([
    ['Ann Lee told reporters she would run again.', 'she would run again'],
    ['Ann Lee assured them the bridge was safe.', 'the bridge was safe'],
    ['Ann Lee told the crowd in Tarn they had won.', 'they had won'],
  ])('%s', (text, content) => {
    expect(runQuotes(text, [['Ann Lee', 'name', 0]]).map((q) => q.text)).toEqual([content]);
  });

  it.each([
    // an infinitive's subject is the listener: kept ("warned them to stay home")
    ['Ann Lee warned them to stay home.', 'them to stay home'],
    ['Ann Lee promised to keep away from it for good.', 'to keep away from it for good'],
    ['Ann Lee told them about the toll.', 'them about the toll'],
  ])('keeps %s', (text, content) => {
    expect(runQuotes(text, [['Ann Lee', 'name', 0]]).map((q) => q.text)).toEqual([content]);
  });
});

describe('quotes: a passive verb of finding with no clause after it', () => {
  it.each([
    'The car was found in a ditch near the port.',
    'Two sailors were found dead on Monday.',
    'The whole transcript may be found online.',
  ])('is no claim: %s', (text) => {
    expect(runQuotes(text, [])).toEqual([]);
  });

  it.each<[string, string]>([
    ['The drug was found to cut deaths by half.', 'to cut deaths by half'],
  ])('keeps a finding with its clause: %s', (text, content) => {
    expect(runQuotes(text, []).map((q) => q.text)).toEqual([content]);
  });
});
