// The last pass over each record (quotes/finalize.ts), its circumstance rules: a content that is only where, when,
// how or to whom (lexicon/empty-contents.ts) is no content, and a topic after the listener is. Invented texts;
// hand-built mentions (see quote-run.ts).
import { describe, expect, it } from 'vitest';
import { runQuotes, type M } from '../quote-run.js';
import { analyze } from '../../../src/analysis/index.js';
import type { Entity } from '../../../src/types.js';

const ann: Entity = { name: 'Ann Lee', kind: 'person', roles: ['mayor'], aliases: ['Lee'], gender: 'female' };
const speakerRow = (q: ReturnType<typeof runQuotes>[number]) => [q.type, q.text, q.cue?.text ?? null, q.speakerMention?.text ?? null];

const row = (q: ReturnType<typeof runQuotes>[number]) => [q.type, q.text, q.cue?.text ?? null];

describe('quotes: a circumstance with no clause is no content', () => {
  it.each<[string, M[]]>([
    ['Ida Moss reported from the capital.', [['Ida Moss', 'name', 0]]],
    ['Tom Fenn replied with a shrug.', [['Tom Fenn', 'name', 0]]],
    ['The mayor spoke during a rally near the port.', [['The mayor', 'description', null]]],
    // where a crowd stood, a place's name in apposition closing it
    ['Hundreds of dockers protested outside the port office in the capital, Varn.', [['dockers', 'group', null]]],
    // only a date (the report's "found" keeps its own content: rows below)
    ['The Orme ferry company will report in March.', [['The Orme ferry company', 'description', null]]],
    ['The mayor has not spoken since last week.', [['The mayor', 'description', null]]],
    // only whom the words went to
    ['Tolby Water apologised to its customers.', [['Tolby Water', 'name', 0]]],
    ['The tenants complained to the council.', [['The tenants', 'description', null]]],
    // the listener with where, when and how they were met
    ['The skier spoke to reporters in the finish area, still wrapped in a flag.', [['The skier', 'description', null]]],
    ['The coach spoke with reporters on Tuesday, still limping.', [['The coach', 'description', null]]],
  ])('%s', (text, ms) => {
    expect(runQuotes(text, ms)).toEqual([]);
  });

  it.each<[string, M[], string]>([
    ['Tom Fenn pleaded with the dockers to go home.', [['Tom Fenn', 'name', 0]], 'with the dockers to go home'],
    ['The audit shows in plain figures how councils spend their grants.', [['The audit', 'description', null]], 'in plain figures how councils spend their grants'],
    ['Landlords will reckon with a steep rise in rents.', [['Landlords', 'group', null]], 'with a steep rise in rents'],
  ])('keeps a clause or an object: %s', (text, ms, content) => {
    expect(runQuotes(text, ms).map((q) => q.text)).toEqual([content]);
  });
});

describe('quotes: a verb whose content is only a date or a listener still ends the content before it', () => {
  it.each<[string, M[], string[][]]>([
    ['Tolby Water said it accepted the findings and apologised to its customers.', [['Tolby Water', 'name', 0]],
      [['indirect', 'it accepted the findings', 'said']]],
    ['The review, commissioned by the port and published on Tuesday, found the crane was unsafe.', [['The review', 'description', null]],
      [['indirect', 'the crane was unsafe', 'found']]],
  ])('%s', (text, ms, expected) => {
    expect(runQuotes(text, ms).map(row)).toEqual(expected);
  });

  it.each<[string, M[], string[][]]>([
    // a topic after the listener, a date with a clause after it
    ['Tolby Water apologised to its customers for the outage.', [['Tolby Water', 'name', 0]],
      [['indirect', 'to its customers for the outage', 'apologised']]],
    // a topic after the listener is the content, the listener goes
    ['The tenants complained to the council about damp.', [['The tenants', 'description', null]],
      [['indirect', 'damp', 'complained']]],
    ['The striker spoke with reporters in the tunnel about his knee.', [['The striker', 'description', null]],
      [['indirect', 'his knee', 'spoke']]],
    ['The coach spoke to members of the squad about how they would defend.', [['The coach', 'description', null]],
      [['indirect', 'how they would defend', 'spoke']]],
    // a participle after the listener and its day reports on its own
    ['The coach spoke to reporters on Tuesday, saying the squad was tired.', [['The coach', 'description', null]],
      [['indirect', 'the squad was tired', 'saying']]],
    ['The club said on Tuesday that the stand would close.', [['The club', 'description', null]],
      [['indirect', 'the stand would close', 'said']]],
  ])('keeps: %s', (text, ms, expected) => {
    expect(runQuotes(text, ms).map(row)).toEqual(expected);
  });
});

describe('quotes: a live blog time stamp', () => {
  it('is no part of the quote that opens the entry', () => {
    const qs = runQuotes('Storm live.\n\n13:40 ‘Stay indoors’, police urge\n\nRoads are shut.', [['police', 'group', null]]);
    expect(qs.map(row)).toEqual([['direct', 'Stay indoors', 'urge']]);
  });

  it.each(['GMT', 'PST', 'AEDT'])('drops its zone too (%s, any zone of lexicon/time-zones.ts)', (zone) => {
    const qs = runQuotes(`Storm live.\n\n13:40 ${zone} Roads will stay shut, police say.\n\nMore soon.`, [['police', 'group', null]]);
    expect(qs.map((q) => q.text)).toEqual(['Roads will stay shut']);
  });

  it('leaves a time inside the content alone', () => {
    const qs = runQuotes('Ann Lee said 10:30 was too late for the ferry.', [['Ann Lee', 'name', 0]]);
    expect(qs.map((q) => q.text)).toEqual(['10:30 was too late for the ferry']);
  });
});

describe('quotes: a content that is only how long, where or how someone spoke', () => {
  it.each([
    // how long someone spoke is no content
    ['Ann Lee spoke for an hour.', []],
    ['Ann Lee spoke for 20 minutes.', []],
    ['Ann Lee argued for hours.', []],
    ['Ann Lee talked for about three hours.', []],
    // what they spoke for, or a clause that names a time, still is
    ['Ann Lee argued for a new bridge.', ['indirect', 'a new bridge', 'argued for', 'Ann Lee']],
    ['Ann Lee said it will take three years.', ['indirect', 'it will take three years', 'said', 'Ann Lee']],
  ])('a content that is only a span of time: %s', (text, expected) => {
    const qs = runQuotes(text, [['Ann Lee', 'name', 0]], [ann]);
    expect(qs.map(speakerRow)).toEqual(expected.length ? [expected] : []);
  });

  it.each([
    ['According to Ann Lee, who spoke on condition of anonymity, the bridge will open.', [['the bridge will open', 'According to']]],
    ['Ann Lee spoke at the meeting.', []],
  ])('reads where and how someone spoke as no content: %s', (text, expected) => {
    expect(runQuotes(text, [['Ann Lee', 'name', 0]], [ann]).map((q) => [q.text, q.cue?.text])).toEqual(expected);
  });
});

// "said so twice", "told them once": a word standing for a claim named before with only how often or when after it
// is the report's echo, not a claim (quotes/finalize.ts FUNCTION_WORD). Whole pipeline, [content, cue] of each record.
describe('quotes: "so" or "this" with only how often or when after it', () => {
  const all = (text: string) => analyze({ id: 'd', text }).quotes.map((q) => [q.text, q.cue?.text ?? null]);
  it.each<[string, string[][]]>([
    ['The keeper denied the story (he said so twice) after the game.', [['the story (he said so twice) after the game', 'denied']]],
    ['The regulator has said so already.', []],
    ['Nurses told them before.', []],
    ['The pilot said this once.', []],
  ])('%s', (text, expected) => {
    expect(all(text)).toEqual(expected);
  });
  it.each<[string, string[][]]>([
    // "so" alone stands for the claim named before
    ['The treasurer does not think so.', [['so', 'does not think']]],
    // a clause after the adverb is a content
    ['The mayor said once the port reopens, fares will fall.', [['once the port reopens, fares will fall', 'said']]],
    ['Critics said before the vote that the plan was rushed.', [['the plan was rushed', 'said']]],
    ['The coach said twice the pitch was waterlogged.', [['twice the pitch was waterlogged', 'said']]],
  ])('leaves alone: %s', (text, expected) => {
    expect(all(text)).toEqual(expected);
  });
});
