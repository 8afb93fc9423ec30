// A title holder's "'s" before a capitalised "Office" or "Department" is inside the body's name ("Tarnby Sheriff's
// Office"), not its owner (mentions/run-joins.ts officeOfTitle); a name's owner still ends the name.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index.js';

const first = (text: string): string => {
  const q = analyze({ id: 't', text }).quotes[0];
  return `${q?.speaker ?? null}/${q?.speakerMention?.text ?? null}`;
};

describe("mentions: a title's office named with it", () => {
  it.each([
    ["The Tarnby Sheriff's Office said the suspect fled.", "Tarnby Sheriff's Office/Tarnby Sheriff's Office"],
    ["The Velm County Attorney's Office said charges were likely.", "Velm County Attorney's Office/Velm County Attorney's Office"],
    ["The Governor's Office said the bill was signed.", "Governor's Office/Governor's Office"],
  ])('%s', (text, expected) => {
    expect(first(text)).toBe(expected);
  });

  it.each([
    // a name's owner and the body it owns; a title before a lower-case noun
    ["Ada Kim's Department said the plan was final.", 'Department/Department'],
    ["A sheriff's spokesman said the man was armed.", "a sheriff's spokesman/A sheriff's spokesman"],
  ])('leaves alone: %s', (text, expected) => {
    expect(first(text)).toBe(expected);
  });
});
