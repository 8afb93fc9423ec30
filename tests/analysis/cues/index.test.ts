// The cue stage as a whole (cues/index.ts): verbs, "according to", colon lead-ins and dash bylines together, in
// text order. The rules' own rows are in the files that mirror their modules. Invented texts.
import { describe, expect, it } from 'vitest';
import { kindedCues } from '../verb-cues.js';

describe('cues', () => {
  it.each([
    ['The mayor said the plan failed.', ['verb:said']],
    ['The mayor has also said the plan failed.', ['verb:has also said']],
    ['He’s predicting a win.', ['verb:’s predicting']],
    ['She famously said it would rain.', ['verb:famously said']],
    ['It failed, Maria Okafor said.', ['verb:said']],
    ['He commented on the plan.', ['verb:commented on']],
    ['The plan was criticized by the mayor.', ['verb:was criticized']],
    ['The mayor said in a statement that it failed.', ['verb:said in a statement']],
    ['Officials say it will rain.', ['verb:say']],
    ['She told reporters it was over.', ['verb:told']],
    ['The data, according to the agency, is wrong.', ['according-to:according to']],
    ['In the view of Ida Strand, the bridge is unsafe.', ['according-to:In the view of']],
    ['The bridge is unsafe, in the words of one engineer.', ['according-to:in the words of']],
    ['He pointed to the report as proof.', ['verb:pointed to']],
    ['He claims that the vote was rigged.', ['verb:claims']],
    ['Polls show the race is tied.', ['verb:show']],
    ['The minister added:\n“We are ready.”', ['verb:added:', 'colon::']],
    ['“We are ready.” — Jane Doe', ['dash:—']],
  ])('%s', (text, expected) => {
    expect(kindedCues(text)).toEqual(expected);
  });
});
