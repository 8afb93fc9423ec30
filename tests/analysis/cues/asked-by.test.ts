import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index.js';
import { verbCues } from '../verb-cues.js';

// "Asked by ASKER whether/if/wh- ...": the question is an attribution whose source is the asker named after "by" and
// whose content is the question (cues/asked-by.ts, quotes/verb-cue.ts). Invented texts.
const records = (text: string): string[] =>
  analyze({ id: 't', text }).quotes.map((q) => `${q.cue?.text ?? '-'}: ${q.text} (${q.speakerMention === null ? '-' : text.slice(q.speakerMention.start, q.speakerMention.end)})`);

describe('cues: a question with its asker named after "by"', () => {
  it.each([
    ['Asked by reporters whether he would resign, the minister said he had no plans to.',
      ['Asked: whether he would resign (reporters)', 'said: he had no plans to (the minister)']],
    ['Asked by the judge if she understood the charge, Ms. Renn nodded.', ['Asked: if she understood the charge (the judge)']],
    // after a subordinator and "being": the question still starts at its wh-word
    ['After being asked by reporters whether he would resign, the minister said he would stay.',
      ['being asked: whether he would resign (reporters)', 'said: he would stay (the minister)']],
  ])('the asker speaks: %s', (text, expected) => {
    expect(records(text)).toEqual(expected);
  });

  it.each([
    // a request, not a question
    'Asked by her coach to stay, the striker signed a new deal.',
    // a passive describing a noun
    'The questions asked by readers are answered below.',
  ])('no cue "asked": %s', (text) => {
    expect(verbCues(text).some((c) => /^asked/i.test(c))).toBe(false);
  });

  it('a topic alone reports nothing', () => {
    expect(records('When asked by Ivo Marsh about the fares, the mayor shrugged.')).toEqual([]);
  });
});
