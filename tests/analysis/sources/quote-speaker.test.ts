// Whether a quote's speaker position names a source that vouches for the figures in it
// (src/analysis/sources/quote-speaker.ts). States are hand-built: the mention the speakers stage found, if any, and
// the words in the speaker position. Texts are invented.
import { describe, expect, it } from 'vitest';
import { hasSource, LOWER_PHRASE } from '../../../src/analysis/sources/quote-speaker.js';
import type { Counted } from '../../../src/analysis/state.js';
import type { Mention, MentionKind, Quote } from '../../../src/types.js';

/** A quote whose speaker position holds `words` of `text`; `listed` is the mention found there (kind, entity). */
function vouches(text: string, words: string, listed: [MentionKind, number | null] | null, speaker: string | null = null): boolean {
  const start = text.indexOf(words);
  const span = { text: words, start, end: start + words.length };
  const mentions: Mention[] = listed ? [{ ...span, kind: listed[0], entity: listed[1], role: null, gender: null }] : [];
  const s = { doc: { id: 't', text }, mentions } as unknown as Counted;
  const q = { speaker, speakerMention: span } as unknown as Quote;
  return hasSource(s, q);
}

describe('quote speaker: names a source', () => {
  it.each<[string, string, [MentionKind, number | null] | null, string | null]>([
    // a resolved speaker
    ['Ivo Tarn said 40 boats sank.', 'Ivo Tarn', ['name', 0], 'Ivo Tarn'],
    // a mention the speakers stage found
    ['The harbour board said 40 boats sank.', 'The harbour board', ['description', null], null],
    // a pronoun that points at someone
    ['She said 40 boats sank.', 'She', ['pronoun', 0], null],
    // a noun phrase no stage listed
    ['The two-minute video showed 40 boats.', 'The two-minute video', null, null],
    // a short lower-case phrase in the speaker's place
    ['Sales fell 4%, state television reported.', 'state television', null, null],
  ])('%s (%s)', (text, words, listed, speaker) => expect(vouches(text, words, listed, speaker)).toBe(true));
});

describe('quote speaker: names nobody', () => {
  it.each<[string, string, [MentionKind, number | null] | null]>([
    // a pronoun with nothing it points at
    ['It is clear that 40 boats sank.', 'It', ['pronoun', null]],
    // a clause opener or a conjunction, no noun phrase
    ['Despite the rain 40 boats sailed.', 'Despite the rain', null],
    ['And then 40 boats sailed.', 'And then', null],
    // a single lower-case word
    ['Sales fell 4%, officials said.', 'officials', null],
  ])('%s (%s)', (text, words, listed) => expect(vouches(text, words, listed)).toBe(false));
});

describe('LOWER_PHRASE: a short lower-case phrase', () => {
  it.each<[string, boolean]>([
    ['local media', true],
    ['state television news', true],
    // a determiner or an owner opens the noun-phrase rule's cases instead
    ['the report', false],
    ['its filings', false],
    // one word, or more than four
    ['officials', false],
    ['some of the local news media', false],
  ])('%s -> %s', (words, want) => expect(LOWER_PHRASE.test(words)).toBe(want));
});
