// The last pass over each record (quotes/finalize.ts): objects after a cue that report nothing, a linking adverb alone
// ("spoke out, however") or the vehicle of a statement ("issued a statement"; lexicon/empty-contents.ts), a listener
// before a colon lead-in, a greeting, and "so" with only how often after it. Invented texts.
import { describe, expect, it } from 'vitest';
import { runQuotes, type M } from '../quote-run.js';
import { analyze } from '../../../src/analysis/index.js';
import { segment } from '../../../src/analysis/segment/index.js';
import { findQuoteMarks } from '../../../src/analysis/quote-marks/index.js';
import { findCues } from '../../../src/analysis/cues/index.js';
import { finalize } from '../../../src/analysis/quotes/finalize.js';
import { SpeechSpans } from '../../../src/analysis/quotes/text-utils.js';
import { NO_SPEAKER } from '../../../src/analysis/quotes/speaker.js';

const rows = (text: string, ms: M[]) => runQuotes(text, ms).map((q) => [q.text, q.cue?.text ?? null]);

describe('quotes: objects that report nothing', () => {
  it.each<[string, M[], string[][]]>([
    ['The harbour pilots spoke out on Tuesday, however.', [['The harbour pilots', 'group', null]], []],
    ['The union spoke out on Monday, nonetheless.', [['The union', 'organization', null]], []],
    ['The bakery chain issued a statement.', [['The bakery chain', 'organization', null]], []],
    ['The ministry released a brief statement.', [['The ministry', 'organization', null]], []],
  ])('%s', (text, ms, expected) => {
    expect(rows(text, ms)).toEqual(expected);
  });

  it.each<[string, M[], string[][]]>([
    // a word standing for a claim named before stays, a linking adverb after it or not
    ['The union doubted it, however.', [['The union', 'organization', null]], [['it, however', 'doubted']]],
    // a relative pronoun with no comma opens a question the cue reports
    ['The mayor asked who had signed the order.', [['The mayor', 'description', null]], [['who had signed the order', 'asked']]],
    // a statement with a clause after it says something
    ['The bakery chain issued a warning that prices would rise.', [['The bakery chain', 'organization', null]], [['prices would rise', 'a warning']]],
  ])('leaves alone: %s', (text, ms, expected) => {
    expect(rows(text, ms)).toEqual(expected);
  });
});

// the listener before a colon that opens a quotation (quotes/finalize.ts, lexicon/empty-contents.ts LISTENER_LEAD_VERBS,
// ONLY_A_NOUN_PHRASE): the quotation is the words. Whole pipeline, [content, cue] of each record.
describe('quotes: a listener before a colon lead-in', () => {
  const all = (text: string) => analyze({ id: 'd', text }).quotes.map((q) => [q.text, q.cue?.text ?? null]);
  it.each<[string, string[][]]>([
    ['The coach spoke briefly. She told journalists:\n\n"We were beaten by a better side."', [['We were beaten by a better side.', 'told']]],
    ['A man at the back interrupted the mayor:\n\n“You shut our pool,” he shouted.', [['You shut our pool,', 'shouted']]],
    ['The skipper warned her crew:\n\n“Nobody leaves the boat before the harbour master does.”', [['Nobody leaves the boat before the harbour master does.', 'warned']]],
    ['Ivo Kerr asked the crowd:\n\n“Who here has waited a year for a bus?”', [['Who here has waited a year for a bus?', 'asked']]],
  ])('%s', (text, expected) => {
    expect(all(text)).toEqual(expected);
  });

  it.each<[string, string[][]]>([
    // no colon before the quotation: the object stays for the other rules to judge
    ['A man at the back interrupted the mayor twice. “You shut our pool,” he shouted.', [['the mayor twice', 'interrupted'], ['You shut our pool,', 'shouted']]],
    // another verb's object is what the stance is about
    ['The union praised the offer:\n“It pays us what we are owed.”', [['the offer', 'praised'], ['It pays us what we are owed.', 'praised']]],
    // a clause before the colon is reported speech of its own
    ['Police said the road was shut: “Nobody should drive there.”', [['the road was shut: “Nobody should drive there.”', 'said']]],
  ])('leaves alone: %s', (text, expected) => {
    expect(all(text)).toEqual(expected);
  });
});

// a greeting, thanks or a prayer after "say" or "bid" is the act itself, no claim (quotes/finalize.ts,
// lexicon/empty-contents.ts GREETING_CONTENT). Whole pipeline, [content, cue] of each record.
describe('quotes: a greeting after "say" or "bid"', () => {
  const all = (text: string) => analyze({ id: 'd', text }).quotes.map((q) => [q.text, q.cue?.text ?? null]);
  it.each([
    'A fishing town says goodbye to its last cannery.',
    'The band said goodbye to its fans in Dunmere on Friday.',
    'Harbour workers bid farewell to the old ferry on Sunday.',
    'The coach said thank you to the volunteers who ran the club.',
    'The crew said a prayer for the missing fishermen.',
  ])('no record: %s', (text) => {
    expect(all(text)).toEqual([]);
  });
  it.each<[string, string[][]]>([
    ['Ona Brisk said goodbye was the hardest part of the job.', [['goodbye was the hardest part of the job', 'said']]],
    ['Ivo Marr said thanks to the new levy, rents had fallen.', [['thanks to the new levy, rents had fallen', 'said']]],
    ['The mayor said the farewell party would go ahead.', [['the farewell party would go ahead', 'said']]],
    ['The council said farewells to staff would be held in June.', [['farewells to staff would be held in June', 'said']]],
    ['“Goodbye to all that,” the poet said.', [['Goodbye to all that,', 'said']]],
  ])('leaves alone: %s', (text, expected) => {
    expect(all(text)).toEqual(expected);
  });
});

describe('quotes: contents that report no claim', () => {
  it.each([
    'The ministry declined to comment.',
    'The firm did not respond to a request for comment.',
    'Aides did not immediately return several messages seeking comment.',
    'The governor declared a state of emergency.',
    'The council proclaimed a day of mourning on Friday.',
    'The study was published in the journal Harbor Notes.',
    'The video was released on Monday.',
    // a text written, nobody's claim in it
    'The words of the hymn were written in 1851.',
    'The note was written in pencil on a napkin.',
    // a bracketed aside after the cue, and nothing else
    'The growers still have hope (for now).',
    'After the draw the growers still had cause to have hope (a faint one).',
  ])('%s', (text) => {
    expect(runQuotes(text).map((q) => q.text)).toEqual([]);
  });

  it.each([
    ['The mayor declined to comment on the audit.', 'to comment on the audit'],
    ['The governor declared that the flood was over.', 'the flood was over'],
    ['The governor declared war on potholes.', 'war on potholes'],
    ['The mayor issued a statement saying the bridge was safe.', 'the bridge was safe'],
    // written with its agent, or impersonally with a clause
    ['The note was written by a clerk who feared the dam would fail.', 'The note'],
    // an aside inside the content, words outside it
    ['The coach said the fee (a club record) was fair.', 'the fee (a club record) was fair'],
  ])('keeps %s', (text, content) => {
    expect(runQuotes(text).map((q) => q.text)).toContain(content);
  });
});

describe('quotes: finalize types a record by its rule and marks', () => {
  it('types a paraphrase with a quoted word before "he said" as partial', () => {
    const qs = runQuotes('Hello “world,” he said.', [['he', 'pronoun', null]]);
    expect(qs.map((q) => [q.type, q.text, q.quoted.map((f) => f.text)])).toEqual([['partial', 'Hello “world,”', ['world,']]]);
  });

  it.each([
    // a transcript turn has no marks but is verbatim: direct, the whole turn quoted
    ['A: We are aiming for the spring.', 3, 'transcript-turn', ['direct', 'We are aiming for the spring', ['We are aiming for the spring']]],
    // any other draft without marks is reported speech
    ['A: We are aiming for the spring.', 3, 'X-said-content', ['indirect', 'We are aiming for the spring', []]],
    // a content of pronouns, particles and adverbs only says nothing ...
    ['We talk often.', 8, 'X-said-content', null],
    ['He spoke to us.', 9, 'X-said-content', null],
    ['I promise you that.', 10, 'X-said-content', null],
    // ... but one word standing for a claim named before is a content
    ['He hated it.', 9, 'X-said-content', ['indirect', 'it', []]],
  ] as const)('types a draft by its rule and marks: %s (%s)', (text, start, rule, expected) => {
    const s = findCues(findQuoteMarks(segment({ id: 't', text })));
    const resolved = { ...s, mentions: [], entities: [] };
    const q = finalize(resolved, { start, end: text.length, cue: null, who: NO_SPEAKER, rule, sentence: 0 }, new SpeechSpans(s.quoteSpans));
    expect(q === null ? null : [q.type, q.text, q.quoted.map((f) => f.text)]).toEqual(expected);
  });
});
