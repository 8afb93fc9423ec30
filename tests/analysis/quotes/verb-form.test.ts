// quotes/verb-form.ts: the form of a cue's verb read off its words: inflectedCue (it carries tense: "said", "has urged"),
// bareCue (the bare verb: "tell", "also say"), cueTense (past, present, perfect, or none). Cues built by hand.
import { describe, expect, it } from 'vitest';
import { bareCue, cueTense, inflectedCue } from '../../../src/analysis/quotes/verb-form.js';
import type { Cue } from '../../../src/types.js';

const cue = (text: string, lemma: string): Cue => ({ text, start: 0, end: text.length, lemma, kind: 'verb' });

describe('quotes/verb-form', () => {
  // [cue words, lemma, inflected, bare, tense]
  it.each<[string, string, boolean, boolean, 'past' | 'present' | 'perfect' | null]>([
    ['said', 'say', true, false, 'past'],
    ['warned', 'warn', true, false, 'past'],
    ['also told', 'tell', true, false, 'past'],
    ['says', 'say', true, false, 'present'],
    ['urges', 'urge', true, false, 'present'],
    ['has urged', 'urge', true, false, 'perfect'],
    ['’ve argued', 'argue', true, false, 'perfect'],
    // another auxiliary carries tense but no tense is named
    ['does not intend', 'intend', true, false, null],
    ['had warned', 'warn', true, false, null],
    // a bare verb, with or without an adverb before it
    ['tell', 'tell', false, true, null],
    ['later say', 'say', false, true, null],
    // a modal leaves it bare in form but neither inflected nor bare
    ['will say', 'say', false, false, null],
    ['’d tell', 'tell', false, false, null],
    // a verb whose past is spelt as its bare form is never bare
    ['read', 'read', false, false, null],
    // a participle neither in -ed nor an irregular past: inflected, but no tense named
    ['spoken', 'speak', true, false, null],
  ])('%s', (text, lemma, inflected, bare, tense) => {
    const c = cue(text, lemma);
    expect([inflectedCue(c), bareCue(c), cueTense(c)]).toEqual([inflected, bare, tense]);
  });

  it('a cue of auxiliaries only has no verb', () => {
    const c = cue('has also', 'have');
    expect([inflectedCue(c), bareCue(c), cueTense(c)]).toEqual([false, false, null]);
  });
});
