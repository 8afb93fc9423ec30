// The phrasal-verb keys built from verb forms and their particles (src/lexicon/qualifiers.ts): "set up 40 stalls" is a
// phrasal verb, "shot up 6%" a movement. Each key is "<verb form> <particle>".
import { describe, expect, it } from 'vitest';
import { PHRASAL_PARTICLES } from '../../src/lexicon/qualifiers.js';
import { extractFigures } from '../../src/analysis/figures/index.js';

describe('PHRASAL_PARTICLES: each form with each of its particles', () => {
  it.each<[string, boolean]>([
    ['set up', true],
    ['broke down', true],
    // a verb listed with both particles
    ['shut up', true],
    ['shut down', true],
    // a particle not listed for that verb
    ['stepped up', false],
    // verbs of movement are left out: their particle says which way the figure moved
    ['shot up', false],
    ['went down', false],
  ])('%s -> %s', (key, want) => expect(PHRASAL_PARTICLES.has(key)).toBe(want));
});

describe('PHRASAL_PARTICLES: what the figures stage makes of them', () => {
  it.each<[string, string, string]>([
    // a phrasal verb: the figure is a plain count
    ['Traders set up 40 stalls.', '40', 'exact'],
    // a movement: the particle is its direction
    ['Shares shot up 6%.', '6%', 'up'],
  ])('%s', (text, span, qualifier) => {
    const f = extractFigures(text).find((c) => text.slice(c.start, c.end) === span);
    expect(f?.qualifier).toBe(qualifier);
  });
});
