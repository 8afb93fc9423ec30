// A capitalised word with a former role's prefix ("Ex-Navy", "Ex-Mayor") is no name: it is a word of the
// description after it (mentions/name-shape.ts formerPrefixed, description-words.ts modifier).
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index.js';
import { segment } from '../../../src/analysis/segment/index.js';
import { findQuoteMarks } from '../../../src/analysis/quote-marks/index.js';
import { findCues } from '../../../src/analysis/cues/index.js';
import { findMentions } from '../../../src/analysis/mentions/index.js';

const mentions = (text: string): string[] => findMentions(findCues(findQuoteMarks(segment({ id: 't', text }))))
  .mentions.map((m) => `${m.kind}:${m.text}`);
const speakers = (text: string): string[] => analyze({ id: 't', text }).quotes.map((q) => `${q.cue?.text}:${q.speakerMention?.text ?? null}:${q.speaker}`);

describe('mentions: an Ex- prefixed word opens a description', () => {
  it.each([
    ['The levy is weak, Ex-Navy chief Ivo Berg said.', 'title-name:Ex-Navy chief Ivo Berg'],
    ['Ada Kim spoke first. Ex-Coastguard chief Lo Berg warned of storms.', 'title-name:Ex-Coastguard chief Lo Berg'],
    ['The levy is weak, Ada Kim-Berg said.', 'name:Ada Kim-Berg'],
  ])('%s', (text, expected) => {
    expect(mentions(text)).toContain(expected);
  });

  it.each([
    // a headline inside the copy: the description speaks, no person 'Ex-Coastguard'
    ['Ada Kim spoke first.\n\nEx-Coastguard chief warns of storms\n\nThe sea rose.', 'warns of:Ex-Coastguard chief:null'],
  ])('%s', (text, expected) => {
    expect(speakers(text)).toContain(expected);
  });

  it.each([
    // the prefixed title is no part of the name
    ['The levy is weak, said Ex-Mayor Ivo Berg.', 'name:Ex-Mayor Ivo Berg'],
  ])('no name with the prefix: %s', (text, absent) => {
    expect(mentions(text)).not.toContain(absent);
  });

  it.each([
    ['The levy is weak, Ada Kim-Berg said.', 'name:Kim-Berg'],
  ])('leaves alone: %s', (text, absent) => {
    expect(mentions(text)).not.toContain(absent);
  });
});
