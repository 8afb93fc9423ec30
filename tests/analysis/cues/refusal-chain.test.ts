import { describe, expect, it } from 'vitest';
import { verbCues } from '../verb-cues.js';

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
  ])('keeps the refusal alone: %s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });
});
