// A definite description ("the court") and a body named only inside reported words: it yields to one named outside
// them a sentence or two before (speakers/look-back.ts fitting, salience.ts 'reported').
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index.js';

const byCue = (text: string, cue: string): string | null =>
  analyze({ id: 't', text }).quotes.find((x) => x.cue?.text === cue)?.speaker ?? null;

describe('speakers: a body named in reported words', () => {
  it.each([
    ['The Velm High Court threw out the tax. Mill owners said they would take the case to the Federal High Court. The court has said it will set a new rate itself.',
      'has said', 'Velm High Court'],
  ])('%s', (text, cue, expected) => {
    expect(byCue(text, cue)).toBe(expected);
  });

  it.each([
    // named outside reported words, the nearer body is meant
    ['The Velm High Court threw out the tax. The Federal High Court took the appeal on Monday. The court has said it will rule in May.',
      'has said', 'Federal High Court'],
  ])('leaves alone: %s', (text, cue, expected) => {
    expect(byCue(text, cue)).toBe(expected);
  });
});
