import { describe, expect, it } from 'vitest';
import { segment } from '../../../src/analysis/segment/index.js';
import { MAX_SENTENCE } from '../../../src/analysis/segment/sentences.js';

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
    // the word before a period is read back over letters of any script and the dots inside it
    ['Ask Señora Ruíz. She knows.', ['Ask Señora Ruíz.', 'She knows.']],
    ['They met Á. Lund there.', ['They met Á. Lund there.']],
    ['He flew to the U.K. The rain stopped.', ['He flew to the U.K.', 'The rain stopped.']],
    ['He flew to the U.K. Ann met him.', ['He flew to the U.K. Ann met him.']],
    ['It cost 5. Then more.', ['It cost 5.', 'Then more.']],
  ])('%s', (text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });

  it('stays linear on a long run of terminators (cut into pieces no longer than the cap)', () => {
    const text = `A${'!'.repeat(100_000)} b`;
    const got = sentences(text);
    expect(got.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
    expect(Math.max(...got.map((s) => s.length))).toBeLessThanOrEqual(MAX_SENTENCE);
  });
});

describe('segment: a run with no sentence end is cut at the length cap', () => {
  const words = (n: number, word = 'said'): string => Array.from({ length: n }, () => word).join(' ');
  it.each([
    // the cut falls after a blank, so no word is split; the pieces keep every word in order
    ['a run of short words', words(3000)],
    ['a run of long words', words(400, 'Tarnbyville-Ostrander-Kallmeyer')],
    ['blank runs between the words', words(2000).replace(/ /g, ' \t ')],
  ])('%s', (_name, text) => {
    const got = sentences(text);
    expect(got.length).toBeGreaterThan(1);
    for (const s of got) {
      expect(s.length).toBeLessThanOrEqual(MAX_SENTENCE);
      expect(s).toBe(s.trim());
    }
    expect(got.join(' ').split(/\s+/)).toEqual(text.split(/\s+/));
  });

  it.each([
    // no blank near the cap: a hard cut, never between the two halves of a surrogate pair
    ['letters only', 'x'.repeat(5000)],
    ['astral letters only', '𝐱'.repeat(2500)],
  ])('%s', (_name, text) => {
    const got = sentences(text);
    expect(got.join('')).toBe(text);
    for (const s of got) {
      expect(s.length).toBeLessThanOrEqual(MAX_SENTENCE);
      expect(s).not.toMatch(/^[\udc00-\udfff]|[\ud800-\udbff]$/);
    }
  });

  it.each([
    // what it must leave alone: a long sentence under the cap, and sentences that end in time
    ['one long sentence under the cap', `${words(300, 'ample')}.`, 1],
    ['many sentences, each short', Array.from({ length: 1500 }, () => 'He said.').join(' '), 1500],
  ])('%s', (_name, text, n) => {
    expect(sentences(text)).toHaveLength(n);
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

describe('segment: datelines, timestamps and kickers open a paragraph as a sentence of their own', () => {
  it.each([
    // wire datelines: capitals, region, date, agency; em dash, en dash, spaced hyphen
    ['LONDON (Reuters) - Talks broke down, officials said.', ['LONDON (Reuters) -', 'Talks broke down, officials said.']],
    ['PORTVALE, May 9 (AFP) — The dam opened.', ['PORTVALE, May 9 (AFP) —', 'The dam opened.']],
    ['GREENFORD, N.H. (AP) — Ann Lee spoke.', ['GREENFORD, N.H. (AP) —', 'Ann Lee spoke.']],
    ['HARLOW, N.H.—Voters waited.', ['HARLOW, N.H.—', 'Voters waited.']],
    ['NEW KESTON – Rain fell.', ['NEW KESTON –', 'Rain fell.']],
    // a title-case place only with its agency or date
    ['Velmar (dpa) - The port closed.', ['Velmar (dpa) -', 'The port closed.']],
    // colon datelines and kickers in capitals
    ['NEW DELHI: The corporation expects more, officials said.', ['NEW DELHI:', 'The corporation expects more, officials said.']],
    ['UPDATE: 7/03 — The listing was removed.', ['UPDATE:', '7/03 —', 'The listing was removed.']],
    // live-blog timestamps
    ['09:12 - The storm made landfall, the weather service said.', ['09:12 -', 'The storm made landfall, the weather service said.']],
    ['9.40am BST: Polls have closed.', ['9.40am BST:', 'Polls have closed.']],
    ['14:05 — “We are safe,” she said.', ['14:05 —', '“We are safe,” she said.']],
  ])('%s', (text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });

  it.each([
    // a name with a colon (a roundup line or a transcript turn in title case) is no dateline
    ['Ann Lee: The plan is dead.', ['Ann Lee: The plan is dead.']],
    // a title-case word before a dash is an apposition, not a place
    ['Rowan - the mayor - spoke.', ['Rowan - the mayor - spoke.']],
    // capitals before a dash that runs into lower case: an aside, not a dateline
    ['NATO — the alliance — met.', ['NATO — the alliance — met.']],
    // a hyphen inside a word or a range is no separator
    ['COVID-19 cases rose.', ['COVID-19 cases rose.']],
    ['From 9:00-17:00 the office is open.', ['From 9:00-17:00 the office is open.']],
    // only at the paragraph start
    ['It rained. LONDON (Reuters) - Talks broke down.', ['It rained.', 'LONDON (Reuters) - Talks broke down.']],
    // a timestamp alone on its line stays one sentence
    ['12:05 a.m.', ['12:05 a.m.']],
  ])('leaves alone %s', (text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });

  it('keeps offsets and paragraphs for the label sentence', () => {
    const text = 'Intro.\n\nLONDON (Reuters) - Talks broke down.';
    const s = segment({ id: 't', text });
    expect(s.sentences.map((x) => x.paragraph)).toEqual([0, 1, 1]);
    expect(s.sentences[2]?.start).toBe(text.indexOf('Talks'));
  });
});
