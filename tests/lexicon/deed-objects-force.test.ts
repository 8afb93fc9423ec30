import { describe, expect, it } from 'vitest';
import * as force from '../../src/lexicon/deed-objects-force.js';

// each list is joined with '|' into a lemma's pattern (cues/act-objects-force.ts), so each entry must be a regular
// expression of its own, lower case, with no capture groups to shift the pattern's
describe('deed objects of crime, policing, courts and illness', () => {
  it.each(Object.entries(force))('%s holds lower-case, non-capturing alternatives, each once', (_name, words) => {
    expect(new Set(words).size).toBe(words.length);
    for (const w of words) {
      expect(w).toBe(w.toLowerCase());
      expect(() => new RegExp(`^(?:${w})$`)).not.toThrow();
      expect(/\((?!\?)/.test(w)).toBe(false);
    }
  });

  it.each([
    ['WEAPONS', 'bombs'], ['ATTACKED_POSTS', 'army posts'], ['DENIED_PERMISSIONS', 'visa'], ['SEARCH_FINDS', 'stolen goods'],
  ] as const)('%s matches %s', (name, word) => {
    expect(new RegExp(`^(?:${force[name].join('|')})$`).test(word)).toBe(true);
  });
});
