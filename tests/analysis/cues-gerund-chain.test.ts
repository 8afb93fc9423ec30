import { describe, expect, it } from 'vitest';
import { verbCues } from './verb-cues.js';

// A verb of going on, starting or stopping before a speech form's gerund is one cue with it (cues/verb-chains.ts
// gerundChainStart), as "continued to criticize" is before "to".
describe('cues: a chain verb before a speech gerund', () => {
  it.each([
    ['The mayor keeps saying the bridge is safe.', ['keeps saying']],
    ['The coach began by praising the young players in his squad.', ['began by praising']],
    ['The council stopped short of blaming the contractor for the delay.', ['stopped short of blaming']],
    ['The players kept insisting that the referee was wrong.', ['kept insisting']],
  ])('starts the cue at the chain verb: %s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });

  it.each([
    ['Fans pointed to his refusal to resist commenting on every rumour.', ['pointed to', 'commenting on']],
    ['The mayor walked out, saying the bridge is safe.', ['saying']],
    ['The firm kept its forecast, noting that sales had held up.', ['noting']],
  ])('leaves other cues as they were: %s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });
});
