// A body's name before a role noun and a name ("Velm Council rivals Ada Ek and Ivo Lund") modifies the role: the
// people speak, not the body (quotes/speaker.ts speakerIn).
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index.js';

const first = (text: string): string | null => analyze({ id: 't', text }).quotes[0]?.speaker ?? null;

describe('quotes: a body modifying a role before a name', () => {
  it.each([
    ['The levy drew criticism from Velm Council rivals Ada Ek and Ivo Lund.', 'Ada Ek and Ivo Lund'],
    ['The levy drew criticism from Velm Council member Ada Ek.', 'Ada Ek'],
    // a plural role read as a group titles the names right after it
    ['The toll drew criticism from harbour pilots Noor Daly and Sam Teo.', 'Noor Daly and Sam Teo'],
  ])('%s', (text, expected) => {
    expect(first(text)).toBe(expected);
  });

  it.each([
    // a verb between the body and the name: the body is the subject
    ['Velm Council told Ada Ek that the plan was too costly.', 'Velm Council'],
    // a group right before a name after the cue is the listener, not a title of the subject
    ['Officials told reporters Noor Daly would resign.', 'Officials'],
  ])('leaves alone: %s', (text, expected) => {
    expect(first(text)).toBe(expected);
  });
});
