// A county written after its abbreviation is a place, not a company; a county, township, parish or borough named by
// its suffix speaks through its government, as a country does (mentions/classify-run.ts, lexicon/places.ts).
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index.js';
import { findMentions } from '../../../src/analysis/mentions/index.js';
import type { Cued } from '../../../src/analysis/state.js';

const state = (text: string): Cued => ({ doc: { id: 't', text }, paragraphs: [], sentences: [], quoteSpans: [], markup: [], speechWords: [], cues: [] });
const found = (text: string): string[] => findMentions(state(text)).mentions.map((m) => `${m.kind}:${m.text}`);

describe('mentions: "Co <county>"', () => {
  it.each([
    ['Dairy farmers in Brackley, Co Westmoor, have warned that prices will fall.', 'Co Westmoor'],
    ['Later farmers in Co. Dunmere said the rain was late.', 'Co. Dunmere'],
  ])('%s', (text, place) => {
    expect(found(text).some((m) => m.endsWith(`:${place}`))).toBe(false);
  });

  it.each([
    // after a name, "Co" is a company's suffix; with an organisation word after it, a firm named after its county
    ['Later Velmar Co said sales fell.', 'organization:Velmar Co'],
    ['Later Co Dunmere Farmers Union said no.', 'organization:Co Dunmere Farmers Union'],
  ])('leaves alone: %s', (text, expected) => {
    expect(found(text)).toContain(expected);
  });
});

// each quote's canonical speaker, its kind and its mention, as written
const named = (text: string): [string | null, string, string | null][] => analyze({ id: 't', text }).quotes.map((q) =>
  [q.speaker, q.speakerKind, q.speakerMention === null ? null : text.slice(q.speakerMention.start, q.speakerMention.end)]);

describe('mentions: a self-governing place speaks through its government', () => {
  it.each([
    ['Harlow County said the bridge would stay shut until the spring.', 'Harlow County'],
    ['Dunmore Township announced that the landfill would close in June.', 'Dunmore Township'],
    ['Terrebel Parish warned residents that the levee might not hold.', 'Terrebel Parish'],
    ['Kelso Borough told shop owners the market would move.', 'Kelso Borough'],
  ])('%s', (text, speaker) => {
    expect(named(text)).toEqual([[speaker, 'organization', speaker]]);
  });

  it.each([
    // the place after a preposition or inside a description or a title is no speaker
    ['Residents of Harlow County said the water tasted of rust.', 'Residents', 'group', 'Residents'],
    ['A Harlow County farmer said the hay had rotted.', 'a Harlow County farmer', 'person', 'A Harlow County farmer'],
    ['Harlow County Sheriff Ines Dahl said the driver had fled.', 'Ines Dahl', 'person', 'Harlow County Sheriff Ines Dahl'],
    // a body named after the place keeps its own name
    ['Harlow County Council said the bins would be collected on Friday.', 'Harlow County Council', 'organization', 'Harlow County Council'],
    // a city or a district stays a place
    ['Sorrel City said the budget was fine.', null, 'unknown', 'Sorrel City'],
    ['The Vell District said the trail was closed.', null, 'unknown', 'The Vell District'],
  ])('leaves alone: %s', (text, speaker, kind, mention) => {
    expect(named(text).at(-1)).toEqual([speaker, kind, mention]);
  });
});
