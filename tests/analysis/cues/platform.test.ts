import { describe, expect, it } from 'vitest';
import { verbCues } from '../verb-cues.js';

// "on" and an online platform (lexicon/cue-contexts ONLINE_PLATFORMS) is where a message went, never the head of what
// it says: the verb takes no "on" particle before one ("commented on Threads that ...", "posted on X: ...").
describe('cues: an online platform after the verb', () => {
  it.each([
    ['Ivo Berg posted on X: "We won."', ['posted']],
    ['Ada Kim commented on Threads that she was tired.', ['commented']],
    ['Ada Kim reported on Telegram that the bridge had fallen.', ['reported']],
  ])('takes no particle before the platform: %s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });

  it.each([
    ['Ada Kim commented on the plan on Friday.', ['commented on']],
    ['Ivo Berg said on Twitter that the club had won.', ['said']],
    ['Ada Kim posted on Friday that the club had won.', ['posted']],
  ])('leaves other cues as they were: %s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });
});
