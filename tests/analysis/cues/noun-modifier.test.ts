import { describe, expect, it } from 'vitest';
import { cuesAndSpeakers } from '../speaker-mentions.js';

// A describing word between a possessive and a noun cue is the cue's (cues/nouns.ts NOUN_CUE, a hyphened compound too;
// cues/noun-modifier.ts for a noun-like speech form read as a verb), and the possessor is the source.
const cues = cuesAndSpeakers;

describe('cues: a describing word between a possessive and a noun cue', () => {
  it.each([
    ['The club\'s curt reply: “We will appeal.”', [['curt reply:', 'The club']]],
    ['From the mayor\'s Instagram post: “The ferry is cancelled.”', [['Instagram post:', 'the mayor']]],
    ['The union\'s long-standing demand that wages rise was rejected again.', [['long-standing demand', 'The union']]],
  ])('%s', (text, expected) => {
    expect(cues(text)).toEqual(expected);
  });

  it.each([
    // no describing word (the colon is the cue, the possessor the speaker); a past form is a verb; "so-called" is the writer's
    ['The club\'s reply: “We will appeal.”', [[':', 'The club']]],
    ['The coach\'s assistant replied: “Not today.”', [['replied:', 'The coach\'s assistant']]],
    // a hyphened noun before a verb is its subject's head
    ['Her ex-husband says the boat was sold in May.', [['says', 'Her ex-husband']]],
    ['Their co-founder tells investors the fund is closed.', [['tells', 'Their co-founder']]],
    ['The minister\'s so-called pledge that rents would fall was mocked.', [['pledge', null]]],
  ])('leaves alone %s', (text, expected) => {
    expect(cues(text)).toEqual(expected);
  });
});
