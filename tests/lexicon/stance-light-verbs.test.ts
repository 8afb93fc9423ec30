import { describe, expect, it } from 'vitest';
import { LIGHT_VERB_NOUNS, PUSHED_THINGS, STANCE_LIGHT_VERBS, VERBAL_ATTACK_MODIFIERS } from '../../src/lexicon/stance-light-verbs.js';
import { STANCE_NOUNS } from '../../src/lexicon/stance-nouns.js';
import { analyze } from '../../src/analysis/index.js';

// [content, speaker mention, cue] of each record, whole pipeline
const all = (text: string) => analyze({ id: 'd', text }).quotes.map((q) => [q.text, q.speakerMention?.text ?? null, q.cue?.text ?? null]);

describe('stance light-verb lexicon', () => {
  it.each([
    ['STANCE_LIGHT_VERBS', STANCE_LIGHT_VERBS],
    ['VERBAL_ATTACK_MODIFIERS', VERBAL_ATTACK_MODIFIERS],
    ['PUSHED_THINGS', PUSHED_THINGS],
    ['LIGHT_VERB_NOUNS', Object.keys(LIGHT_VERB_NOUNS)],
  ])('%s has no word twice and only lower-case words', (_name, words) => {
    expect(new Set(words).size).toBe(words.length);
    for (const w of words) expect(w).toBe(w.toLowerCase());
  });

  // a light verb's own nouns take only the prepositions listed ("gave its blessing to"), so none is also a stance noun
  // of every preposition
  it('keeps the light-verb nouns apart from the stance nouns', () => {
    const stance = new Set(STANCE_NOUNS);
    expect(Object.keys(LIGHT_VERB_NOUNS).filter((w) => stance.has(w))).toEqual([]);
  });
});

// praise paid in words: "pay" with "tribute" or "homage" and its "to" (LIGHT_VERB_NOUNS, read by cues/nominal.ts)
describe('stance light verbs: paid tribute to', () => {
  it.each<[string, (string | null)[][]]>([
    ['The captain paid tribute to the groundstaff after the final.', [['the groundstaff', 'The captain', 'paid tribute to']]],
    ['The mayor paid a warm tribute to the volunteers.', [['the volunteers', 'The mayor', 'paid a warm tribute to']]],
    ['Fans paid homage to the club founder.', [['the club founder', 'Fans', 'paid homage to']]],
  ])('%s', (text, expected) => {
    expect(all(text)).toEqual(expected);
  });
  it.each<[string, (string | null)[][]]>([
    // "pay" with no noun of praise: money or heed, nothing said
    ['The club paid the fine to the league.', []],
    ['She paid attention to the road.', []],
    // "tribute" with no light verb before it
    ['A tribute to the founder hangs in the hall.', []],
  ])('leaves alone: %s', (text, expected) => {
    expect(all(text)).toEqual(expected);
  });
});
