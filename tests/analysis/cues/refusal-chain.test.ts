import { describe, expect, it } from 'vitest';
import { verbCues } from '../verb-cues.js';
import { analyze } from '../../../src/analysis/index.js';

// A verb of refusing before "to" and a verb of saying or backing is one cue with it (lexicon/cue-contexts.ts
// REFUSAL_VERBS, cues/verbs.ts): the withheld statement is what is attributed.
describe('cues: refusing to say or to back something', () => {
  it.each([
    ['The harbour board has refused to confirm that the ferry will stop in May.', ['has refused to confirm']],
    ['Coach Ida Moor refused to comment on the transfer talk.', ['refused to comment on']],
    ['The growers union refused to endorse the new quota.', ['refused to endorse']],
    ['The ministry has repeatedly refused to disclose the cost of the tunnel.', ['has repeatedly refused to disclose']],
    ['Refusing to acknowledge the delay, the rail firm blamed the weather.', ['Refusing to acknowledge', 'blamed']],
  ])('%s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });

  it.each([
    // a refused deed: no speech form after "to", the refusal stays the cue
    ['The keeper refused to leave the pitch after the final whistle.', ['refused']],
    // a refused attack or discussion: the infinitive is the content, as annotated news reads it
    ['Tom Fenn refused to attack his rival during the debate.', ['refused']],
    ['The chair refuses to discuss the budget before the vote.', ['refuses']],
    // a bare infinitive, with nothing withheld after it: the refusal is the cue, the infinitive its content
    ['The beaten finalist refused to concede.', ['refused']],
    ['The hotel chain has refused to apologise, saying staff followed the rules.', ['has refused', 'saying']],
    ['The referee refused to comment further and left the ground.', ['refused']],
  ])('keeps the refusal alone: %s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });
});

// the whole pipeline on a bare refusal: the infinitive is what was refused, and a bare refusal to comment holds nothing
describe('quotes: a refusal with a bare infinitive', () => {
  const rows = (text: string) => analyze({ id: 't', text }).quotes.map((q) => [q.text, q.cue?.text ?? null]);
  it.each<[string, (string | null)[][]]>([
    ['The beaten finalist refused to concede.', [['to concede', 'refused']]],
    ['The referee refused to comment further.', []],
  ])('%s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });
});
