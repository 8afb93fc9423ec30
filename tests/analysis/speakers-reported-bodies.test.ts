// A definite description ("the court") and a body named only inside reported words: it yields to one named outside
// them a sentence or two before (speakers/look-back.ts fitting, salience.ts 'reported').
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/index.js';

const byCue = (text: string, cue: string): string | null =>
  analyze({ id: 't', text }).quotes.find((x) => x.cue?.text === cue)?.speaker ?? null;

describe('speakers: a body named in reported words', () => {
  it.each([
    ['The Lund Supreme Court struck down the map. Party leaders said they would ask the Federal Supreme Court to intervene. The court has said it will draw the map itself.',
      'has said', 'Lund Supreme Court'],
  ])('%s', (text, cue, expected) => {
    expect(byCue(text, cue)).toBe(expected);
  });

  it.each([
    // named outside reported words, the nearer body is meant
    ['The Lund Supreme Court struck down the map. The Federal Supreme Court took the appeal on Monday. The court has said it will rule in May.',
      'has said', 'Federal Supreme Court'],
  ])('leaves alone: %s', (text, cue, expected) => {
    expect(byCue(text, cue)).toBe(expected);
  });
});
