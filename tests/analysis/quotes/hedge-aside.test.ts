import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index.js';

// quotes/hedge-aside.ts: a ", it seems," / ", I think," parenthetical inside another report's content is no report of
// its own; the outer record keeps its speaker, its cue and its whole content.
const records = (text: string): [string, string | null, string | null][] =>
  analyze({ id: 't', text }).quotes.map((q) => [q.text, q.speakerMention?.text ?? null, q.cue?.text ?? null]);

describe('quotes: a hedge between commas inside a report', () => {
  it.each([
    ['The council said the footbridge, it appears, would stay shut until spring.', [['the footbridge, it appears, would stay shut until spring', 'The council', 'said']]],
    ['The chef said the trainees, I think, were the best he had seen.', [['the trainees, I think, were the best he had seen', 'The chef', 'said']]],
    ['Inspectors believe the blaze, it seems, started in the boiler room.', [['the blaze, it seems, started in the boiler room', 'Inspectors', 'believe']]],
    ['Ada Lind argued that the levy, I suspect, would never pass.', [['the levy, I suspect, would never pass', 'Ada Lind', 'argued']]],
    ['According to the guild, the market, it appears, will move to the quay.', [['the market, it appears, will move to the quay', 'the guild', 'According to']]],
    // a third-person pronoun with a verb of belief is a hedge too
    ['Shepherds say the pass, they believe, will be closed by snow.', [['the pass, they believe, will be closed by snow', 'Shepherds', 'say']]],
    ['The trainer said the colt, he suspects, had been overworked.', [['the colt, he suspects, had been overworked', 'The trainer', 'said']]],
    ['Tenants warned the lift, they feared, was unsafe.', [['the lift, they feared, was unsafe', 'Tenants', 'warned']]],
    // and the comma closing the hedge opens no clause of its own in a noun's content
    ['His boast that the roof, I think, is sound was dismissed by the builders.', [['the roof, I think, is sound', 'His', 'boast']]],
  ])('%s', (text, want) => {
    expect(records(text)).toEqual(want);
  });

  it.each([
    // the hedge standing alone is the sentence's own cue, with no speaker
    ['The footbridge, it appears, will stay shut until spring.', [['The footbridge, it appears, will stay shut until spring', null, 'appears']]],
    // inside a quotation it is the speaker's words
    ['“The pier, I think, is safe,” the harbour master said.', [['The pier, I think, is safe,', 'the harbour master', 'said']]],
    // a speaker's aside with a third-person subject is read as before
    ['The mill, she said, will reopen in May.', [['The mill, she said, will reopen in May', 'she', 'said']]],
    // the same verb of belief standing alone is the sentence's cue, its pronoun the speaker
    ['The pass, they believe, will be closed by snow.', [['The pass, they believe, will be closed by snow', 'they', 'believe']]],
    // a third-person verb of belief that takes its own clause is a report, not a hedge
    ['Shepherds say the pass is shut, and they believe the road will close too.', [['the pass is shut', 'Shepherds', 'say'], ['the road will close too', 'they', 'believe']]],
  ])('leaves alone: %s', (text, want) => {
    expect(records(text)).toEqual(want);
  });
});
