import { describe, expect, it } from 'vitest';
import { findMentions } from '../../../src/analysis/mentions/index.js';
import type { Cued } from '../../../src/analysis/state.js';

// A head noun right before a name makes one mention with it (mentions/head-before-name.ts).
const state = (text: string): Cued => ({ doc: { id: 't', text }, paragraphs: [], sentences: [], quoteSpans: [], markup: [], speechWords: [], cues: [] });
const found = (text: string): string[] => findMentions(state(text)).mentions.map((m) => `${m.kind}:${m.text}`);

describe('mentions: a role or a kind of body right before a name', () => {
  it.each([
    // a role titles the person's name; an organisation's kind names the body, a club's kind a club named after its town
    ['Later pollster Mara Quist said no.', ['title-name:pollster Mara Quist']],
    ['Later consumer group Fairwatch said no.', ['organization:consumer group Fairwatch']],
    ['Later the shipping firm Kessel Lines said no.', ['organization:the shipping firm Kessel Lines']],
    // a plural role titles the first of the people it lists (a relation titles them with no role)
    ['Later board members Ada Kim and Tom Fenn said no.', ['title-name:board members Ada Kim', 'name:Tom Fenn']],
    ['Later ferry pilots Ada Kim, Tom Fenn and Lia Ortz said no.', ['title-name:ferry pilots Ada Kim', 'name:Tom Fenn', 'name:Lia Ortz']],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    // "a" before the role, a relation, or a person's first name after a body's kind: the head and the name stay apart
    ['Later a pollster Mara Quist said no.', ['description:a pollster', 'name:Mara Quist']],
    ['Later his brother Tomas Quill said no.', ['description:his brother', 'name:Tomas Quill']],
    ['She told the group Ann Lee would run.', ['pronoun:She', 'description:the group', 'name:Ann Lee']],
    // a plural role before a lone name: the listeners, then the subject
    ['Officials told reporters Noor Daly would resign.', ['group:Officials', 'group:reporters', 'name:Noor Daly']],
  ])('leaves alone: %s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('mentions: a head that names bodies and people', () => {
  it.each([
    ['The water is unsafe, the regulator Aquawatch said.', ['organization:the regulator Aquawatch']],
    ['Later the watchdog Fairfund said no.', ['organization:the watchdog Fairfund']],
    // or with a noun before it in place of "the": the trade of the body ("transit operator", "water regulator")
    ['Later transit operator Calder Bus said no.', ['organization:transit operator Calder Bus']],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    // a known first name, or no "the", keeps the person's title
    ['Later the regulator Jane Okafor said no.', ['title-name:the regulator Jane Okafor']],
    ['Later water regulator Jane Okafor said no.', ['title-name:water regulator Jane Okafor']],
    ['Later regulator Okafor said no.', ['title-name:regulator Okafor']],
  ])('leaves alone: %s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
