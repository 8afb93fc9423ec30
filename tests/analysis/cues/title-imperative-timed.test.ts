import { describe, expect, it } from 'vitest';
import { verbCues } from '../verb-cues.js';

describe('cues: a show before its title, an opening imperative, a participle with a time and a modal', () => {
  it.each([
    ['He is the star of the Varn TV cooking show “Pan Night.”', []],
    ['Now tell me who pays.', []],
    ['A $60 million takeover announced Friday would move the depot.', []],
    // a place, or a place and a time, before the finite verb
    ['Cabin fares listed online this month are half last year’s.', []],
    ['Cabin prices listed here last month were lower.', []],
    ['Bus fares announced in recent days are steep.', []],
  ])('%s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });

  it.each([
    ['Now, he said, the pier is safe.', ['said']],
    ['The firm announced Monday it would close.', ['announced Monday']],
    ['Polls show “strong support” for the plan.', ['show']],
    // "there" before a finite verb with no time is the existential subject of a reported clause
    ['Harbour officials reported there were no injuries.', ['reported']],
    ['The agency reported online this week that sales fell.', ['reported']],
  ])('leaves alone: %s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });
});
