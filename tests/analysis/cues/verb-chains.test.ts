// The chains before "to" that are one cue with the speech form (cues/verb-chains.ts), and a "to" that is no
// infinitive marker. Through the cue stage; invented texts.
import { describe, expect, it } from 'vitest';
import { kindedCues } from '../verb-cues.js';

describe('cues: chains before "to"', () => {
  it.each([
    // "continued to criticize": the chain is one cue, "continued" alone is not kept
    ['Jo Park continued to criticize the plan.', ['verb:continued to criticize']],
    ['He began to question the count.', ['verb:began to question']],
    // a number between "to" and the verb: the verb is no infinitive
    ['Jo Roe, who ran it from 1990 to 1995, said it grew.', ['verb:said']],
    // a quote's last word "to" is no infinitive marker of the verb after its closing mark
    ['“We want to,” said Ida Lind.', ['verb:said']],
    ['"They used to," the farmer said.', ['verb:said']],
  ])('%s', (text, expected) => {
    expect(kindedCues(text)).toEqual(expected);
  });
});
