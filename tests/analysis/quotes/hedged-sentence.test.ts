// quotes/hedged-sentence.ts: a sentence relayed at second hand with no source named ("The firm is
// reportedly planning ...") is an indirect quote: the whole clause as content, the hedge adverb as cue,
// no speaker. Where the sentence has its own attribution, the adverb is a hedge on that report.
// Invented texts.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index.js';

/** Each quote as [type, text, cue, speaker]. */
const rows = (text: string) => analyze({ id: 't', text }).quotes.map((q) => [q.type, q.text, q.cue?.text ?? null, q.speaker]);

describe('hedged sentences: reported with no source', () => {
  it.each<[string, string, string]>([
    ['The water board is reportedly drafting a hosepipe ban for the summer.', 'The water board is reportedly drafting a hosepipe ban for the summer', 'reportedly'],
    ['Three wardens allegedly sold permits to poachers.', 'Three wardens allegedly sold permits to poachers', 'allegedly'],
    ['The striker was reportedly seen leaving the ground before half-time.', 'The striker was reportedly seen leaving the ground before half-time', 'reportedly'],
    ['The goalkeeper reputedly earns more than the manager.', 'The goalkeeper reputedly earns more than the manager', 'reputedly'],
    // a headline in the same shape
    ['Harbour chief reportedly quits over dredging row', 'Harbour chief reportedly quits over dredging row', 'reportedly'],
    // an opening "But" is no part of the clause
    ['But the coach has reportedly lost the dressing room.', 'the coach has reportedly lost the dressing room', 'reportedly'],
    // the adverb set off by commas after the subject, or after its auxiliary
    ['The orchestra, allegedly, paid its soloists in cash.', 'The orchestra, allegedly, paid its soloists in cash', 'allegedly'],
    ['The two bakeries have, reportedly, merged their delivery rounds.', 'The two bakeries have, reportedly, merged their delivery rounds', 'reportedly'],
    ['Its chief engineer was, supposedly, paid twice for the same survey.', 'Its chief engineer was, supposedly, paid twice for the same survey', 'supposedly'],
  ])('%s', (text, content, cue) => {
    expect(rows(text)).toEqual([['indirect', content, cue, null]]);
  });
});

describe('hedged sentences: the adverb opening the sentence', () => {
  // the content is the clause after the comma, as after "According to X,"
  it.each<[string, string, string]>([
    ['Reportedly, the ferry will stop running in May.', 'the ferry will stop running in May', 'Reportedly'],
    ['Allegedly, two clerks sold exam papers to students.', 'two clerks sold exam papers to students', 'Allegedly'],
    ['But purportedly, the vineyard has changed hands twice since spring.', 'the vineyard has changed hands twice since spring', 'purportedly'],
    ['Reputedly, Okafor never loses at chess', 'Okafor never loses at chess', 'Reputedly'],
    // a clause opening with a word that can also be an answer is still a clause
    ['Reportedly, not one lorry was inspected.', 'not one lorry was inspected', 'Reportedly'],
    ['Allegedly, Brandt quit.', 'Brandt quit', 'Allegedly'],
  ])('%s', (text, content, cue) => {
    expect(rows(text)).toEqual([['indirect', content, cue, null]]);
  });
});

describe('hedged sentences: left alone', () => {
  it.each<[string, string]>([
    // the sentence has a source: the adverb hedges that report, which keeps its own cue
    ['The permits were allegedly forged, inspectors said.', 'said'],
    ['Inspectors say the permits were allegedly forged.', 'say'],
    ['According to the Gazette, the mill reportedly lost its biggest buyer.', 'According to'],
    // a verb of showing is a cue of its own, with its subject as source
    ['The recording purportedly shows the mayor at the depot.', 'purportedly shows'],
    // inside a quotation
    ['“He allegedly lied to the panel,” she said.', 'said'],
    // opening the sentence or set off by commas, the adverb hedges a report the sentence makes itself
    ['Reportedly, the coroner told the family the crash was an accident.', 'told'],
    ['Allegedly, according to court papers, the pair forged the deeds.', 'according to'],
    ['The pair, allegedly, told the bank they owned the house.', 'told'],
    ['“Reportedly, the depot will close,” a driver said.', 'said'],
  ])('a sourced sentence: %s', (text, cue) => {
    const found = rows(text);
    expect(found).toHaveLength(1);
    expect(found[0]![2]).toBe(cue);
  });

  it.each([
    // a hedge on an adjective inside a noun phrase, after its determiner
    ['The supposedly safe footbridge collapsed in the storm.'],
    ['Police found the allegedly stolen van in a car park.'],
    // a comma before the hedge: a relative clause or an aside, not the sentence's own subject and verb
    ['The brothers, who allegedly ran the scheme, were arrested on Friday.'],
    // set off by commas before a noun phrase: a hedge on an apposition, not on the clause
    ['Ms Ortiz, reportedly, the richest grower in the valley, bought the press.'],
    ['The fire, allegedly, the work of arsonists, spread to the school.'],
    // opening the sentence with no comma, on an adjective
    ['Supposedly safe footbridges were shut after the storm.'],
    // an adverb set off by commas that is no hedge
    ['The ferry, repeatedly, broke down in the winter.'],
    // other adverbs of manner or time
    ['The ferry repeatedly broke down in the winter.'],
    // opening a bare answer or fragment with no verb: no clause to report
    ['Supposedly, yes.'],
    ['Was the pier sold? Reportedly, not yet.'],
    ['Allegedly, twice.'],
    ['Supposedly, yes, twice.'],
  ])('%s', (text) => {
    expect(rows(text).filter((r) => r[2] !== null && /ly$/.test(r[2] as string))).toEqual([]);
  });
});

describe('hedged sentences: the figure keeps its hedge', () => {
  // the quote takes no source from the adverb: a figure in it is still unattributed, and hedged; on a
  // sourced report the opening adverb stays the figure's hedge, and the report its source
  it.each<[string, string, string | null, string]>([
    ['Reportedly, the co-op has sold 40 tractors to a dealer.', '40', null, 'Reportedly'],
    ['The co-op has, allegedly, sold 40 tractors to a dealer.', '40', null, 'allegedly'],
    ['Reportedly, inspectors said 40 tractors were seized.', '40', 'inspectors', 'Reportedly'],
  ])('%s', (text, figure, source, hedge) => {
    const f = analyze({ id: 't', text }).figures.find((x) => x.text === figure)!;
    expect([f.source, f.hedge]).toEqual([source, hedge]);
  });
});
