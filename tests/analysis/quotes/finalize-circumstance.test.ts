// The last pass over each record (quotes/finalize.ts), its circumstance rules: a content that is only where, when,
// how or to whom (lexicon/empty-contents.ts) is no content, and a topic after the listener is. Invented texts;
// hand-built mentions (see quote-run.ts).
import { describe, expect, it } from 'vitest';
import { runQuotes, type M } from '../quote-run.js';

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
