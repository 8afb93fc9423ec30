import { describe, expect, it } from 'vitest';
import { verbCues } from '../verb-cues.js';

describe('cues: a show before its title, an opening imperative, a participle with a time and a modal', () => {
  it.each([
    ['He is the star of the Varn TV cooking show “Pan Night.”', []],
    ['Now tell me who pays.', []],
    ['A $60 million takeover announced Friday would move the depot.', []],
  ])('%s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });

  it.each([
    ['Now, he said, the pier is safe.', ['said']],
    ['The firm announced Monday it would close.', ['announced Monday']],
    ['Polls show “strong support” for the plan.', ['show']],
  ])('leaves alone: %s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });
});
