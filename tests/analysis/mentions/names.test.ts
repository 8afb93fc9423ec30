// Mentions made from name runs (src/analysis/mentions/names.ts): persons with their titles, organisations without a
// leading "The", countries speaking as their governments, and political camps. Texts are invented.
import { describe, expect, it } from 'vitest';
import { findMentions } from '../../../src/analysis/mentions/index.js';
import type { Cued } from '../../../src/analysis/state.js';

const state = (text: string): Cued => ({ doc: { id: 't', text }, paragraphs: [], sentences: [], quoteSpans: [], markup: [], speechWords: [], cues: [] });
/** The mention that covers `word`. */
const covering = (text: string, word: string) => {
  const at = text.indexOf(word);
  const m = findMentions(state(text)).mentions.find((x) => x.start <= at && at < x.end);
  expect(m, `a mention over ${word}`).toBeDefined();
  return { text: m!.text, kind: m!.kind, role: m!.role, name: m!.name, head: m!.head };
};

describe('names: the mention each kind of run gives', () => {
  it.each<[string, string, ReturnType<typeof covering>]>([
    // a title before the name: the mention holds both, the name alone is kept apart
    ['Gov. Ivo Tarn spoke.', 'Tarn', { text: 'Gov. Ivo Tarn', kind: 'title-name', role: 'governor', name: 'Ivo Tarn', head: undefined }],
    // a name with no title
    ['Lena Marsh spoke.', 'Marsh', { text: 'Lena Marsh', kind: 'name', role: null, name: 'Lena Marsh', head: undefined }],
    // an organisation: a leading "The", opening a sentence or not, belongs to the sentence
    ['The Corvel Group said it would pay.', 'Corvel', { text: 'Corvel Group', kind: 'organization', role: null, name: 'Corvel Group', head: undefined }],
    ['Workers at The Brindle Trust said no.', 'Brindle', { text: 'Brindle Trust', kind: 'organization', role: null, name: 'Brindle Trust', head: undefined }],
    ['Fans of The Larks said so.', 'Larks', { text: 'Larks', kind: 'organization', role: null, name: 'Larks', head: undefined }],
    ['The Brindle Trust said so.', 'Brindle', { text: 'Brindle Trust', kind: 'organization', role: null, name: 'Brindle Trust', head: undefined }],
    // a country speaks as its government, and says it is one
    ['Norway said no.', 'Norway', { text: 'Norway', kind: 'organization', role: null, name: 'Norway', head: 'country' }],
    // a political camp is a group, its head its words
    ['Republicans left.', 'Republicans', { text: 'Republicans', kind: 'group', role: null, name: undefined, head: 'republicans' }],
  ])('%s (%s)', (text, word, want) => expect(covering(text, word)).toEqual(want));
});
