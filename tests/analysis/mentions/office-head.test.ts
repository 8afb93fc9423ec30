// "office" heads a body's description after a word of what it does or whose it is (mentions/office-head.ts), with a
// place's name and the possessor's modifiers before a title's "'s" (mentions/possessor-start.ts).
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index.js';

const first = (text: string): string => {
  const q = analyze({ id: 't', text }).quotes[0];
  return `${q?.speaker ?? null}/${q?.speakerMention?.text ?? null}`;
};

describe('mentions: an office that speaks', () => {
  it.each([
    ["The sheriff's office said the driver was drunk.", "the sheriff's office/The sheriff's office"],
    ['The county land office said the deed was forged.', 'the county land office/The county land office'],
    ['The press office said the minister was ill.', 'the press office/The press office'],
    ["The Velm County sheriff's office said the road was closed.", "the Velm County sheriff's office/The Velm County sheriff's office"],
    ["The Tarnby district attorney's office said the case was closed.", "the Tarnby district attorney's office/The Tarnby district attorney's office"],
    // the possessor's place and modifiers before a title's "'s" head a group too
    ["The Tarn County sheriff's deputies said the man fled.", "Tarn County sheriff's deputies/The Tarn County sheriff's deputies"],
    // a two-word title ending in "general", with its own modifiers
    ["The state attorney general's office said the inquiry was closed.", "the state attorney general's office/The state attorney general's office"],
    ["The inspector general's office said the audit was late.", "the inspector general's office/The inspector general's office"],
  ])('%s', (text, expected) => {
    expect(first(text)).toBe(expected);
  });

  it.each([
    // bare, after a possessive determiner, or the post a verb takes: no body
    ['The office said the deal was off.', 'null/The office'],
    ['Ada Kim was in Tarnby. Her office said she was traveling.', 'Ada Kim/Her'],
    ['Officials who took office said the budget was short.', 'Officials/Officials'],
    // the title itself, with no office after it, is still the person
    ['The state attorney general said the inquiry was closed.', 'null/The state attorney general'],
  ])('leaves alone: %s', (text, expected) => {
    expect(first(text)).toBe(expected);
  });
});
