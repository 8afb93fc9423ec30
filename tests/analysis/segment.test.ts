import { describe, expect, it } from 'vitest';
import { segment } from '../../src/analysis/segment/index.js';

const sentences = (text: string): string[] => segment({ id: 't', text }).sentences.map((s) => text.slice(s.start, s.end));
const paragraphs = (text: string): string[] => segment({ id: 't', text }).paragraphs.map((p) => text.slice(p.start, p.end));

describe('segment: sentences', () => {
  it.each([
    ['The cat sat. The dog ran.', ['The cat sat.', 'The dog ran.']],
    ['Is it? Yes! Fine.', ['Is it?', 'Yes!', 'Fine.']],
    // abbreviations that never end a sentence
    ['Mr. Smith met Dr. Jones and Gen. Lee.', ['Mr. Smith met Dr. Jones and Gen. Lee.']],
    ['It opened on Jan. 5 in Paris.', ['It opened on Jan. 5 in Paris.']],
    ['J. R. Smith spoke.', ['J. R. Smith spoke.']],
    ['The U.S. economy grew.', ['The U.S. economy grew.']],
    // a dotted acronym ends a sentence when a sentence starter follows
    ['He went to the U.S. The trip was long.', ['He went to the U.S.', 'The trip was long.']],
    // quote-aware: the sentence goes on after the closing mark
    ['“We will win.” he said loudly.', ['“We will win.” he said loudly.']],
    ['“Will you?” Ann Lee asked.', ['“Will you?” Ann Lee asked.']],
    // "!!" is one terminator; an ambiguous verb counts when it ends the attribution
    ['“Thank you!!” Ann Lee responded.', ['“Thank you!!” Ann Lee responded.']],
    ['“Why?” Ann Lee added, smiling.', ['“Why?” Ann Lee added, smiling.']],
    ['“Go!” Ann Lee calls the team here.', ['“Go!”', 'Ann Lee calls the team here.']],
    ['“We will win,” he said. “Soon.”', ['“We will win,” he said.', '“Soon.”']],
    ['She said, "I think so." The room went quiet.', ['She said, "I think so."', 'The room went quiet.']],
    ['The girl says "Hey! gimme that!".', ['The girl says "Hey! gimme that!".']],
  ])('%s', (text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });

  it('stays linear on a long run of terminators', () => {
    const text = `A${'!'.repeat(100_000)} b`;
    expect(sentences(text)).toHaveLength(1);
  });
});

describe('segment: paragraphs', () => {
  it.each([
    ['One.\nTwo.', ['One.', 'Two.']],
    ['One.\n\n  Two.\n', ['One.', 'Two.']],
    // a hard-wrapped line continues its paragraph
    ['The minister said the plan,\nwhich failed, was good.', ['The minister said the plan,\nwhich failed, was good.']],
    ['Lead-in:\n“Quote.”', ['Lead-in:', '“Quote.”']],
  ])('%j', (text, expected) => {
    expect(paragraphs(text)).toEqual(expected);
  });

  it('gives every sentence its paragraph and offsets into the text', () => {
    const text = 'A b. C d.\n\nE f.';
    const s = segment({ id: 't', text });
    expect(s.sentences.map((x) => x.paragraph)).toEqual([0, 0, 1]);
  });
});
