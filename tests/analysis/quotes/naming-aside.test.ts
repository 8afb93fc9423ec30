// A naming aside between a cue and its "that" (quotes/naming-aside.ts): the first cue's content starts after the "that",
// the naming verb's own ends at the aside's comma. Whole pipeline, [content, speaker mention, cue] of each record,
// in text order. Invented texts.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index.js';
import { withoutNamingAsides } from '../../../src/analysis/quotes/naming-aside.js';

const all = (text: string) => analyze({ id: 'd', text }).quotes.map((q) => [q.text, q.speakerMention?.text ?? null, q.cue?.text ?? null]);

describe('quotes/naming-aside: both cues get their content', () => {
  it.each<[string, (string | null)[][]]>([
    ['The union said on Monday, in what it called a final offer, that pay would rise by four percent.',
      [['a final offer', 'it', 'called'], ['pay would rise by four percent', 'The union', 'said']]],
    ['The inspector told the court, in what she described as a routine visit, that the kitchen was filthy.',
      [['a routine visit', 'she', 'described as'], ['the kitchen was filthy', 'The inspector', 'told']]],
    ['The striker said, in what he called a joke, that he would retire.',
      [['a joke', 'he', 'called'], ['he would retire', 'The striker', 'said']]],
    ['The club said, in what fans called “a betrayal”, that the stadium would be sold.',
      [['a betrayal', 'fans', 'called'], ['the stadium would be sold', 'The club', 'said']]],
  ])('%s', (text, expected) => {
    expect(all(text)).toEqual(expected);
  });
});

describe('quotes/naming-aside: leaves alone', () => {
  it.each<[string, (string | null)[][]]>([
    // the aside after the content: the report ends before it, as before
    ['The union said pay would rise, in what it called a final offer.',
      [['pay would rise', 'The union', 'said'], ['a final offer', 'it', 'called']]],
    // no "that" after the aside: the naming verb's content runs on as before
    ['The coach called the result, in what was a bad week, a disgrace.', [['the result, in what was a bad week, a disgrace', 'The coach', 'called']]],
  ])('%s', (text, expected) => {
    expect(all(text)).toEqual(expected);
  });
});

describe('quotes/naming-aside: withoutNamingAsides', () => {
  // [window, the part blanked to spaces ('' for none)]
  it.each<[string, string]>([
    ['the court, in what she called a visit, that the', ', in what she called a visit,'],
    // no "that" after it: kept
    ['the court, in what she called a visit, and the', ''],
  ])('%s', (window, blanked) => {
    expect(withoutNamingAsides(window)).toBe(window.replace(blanked, ' '.repeat(blanked.length)));
  });
});
