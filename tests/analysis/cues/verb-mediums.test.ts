// Where the words were said, read right after a speech-verb form (cues/verb-mediums.ts): a platform or account, a call
// or site, a medium or footing, a programme's quoted title, a channel. Each pattern against the text after the form;
// invented texts.
import { describe, expect, it } from 'vitest';
import { BROADCAST_TITLE, CHANNEL, ONLINE_MEDIUM, SPOKEN_MEDIUM_ON, VENUE_ON } from '../../../src/analysis/cues/verb-mediums.js';

const PATTERNS: Record<string, RegExp> = { VENUE_ON, ONLINE_MEDIUM, SPOKEN_MEDIUM_ON, BROADCAST_TITLE: BROADCAST_TITLE.full, CHANNEL };
const match = (name: string, next: string): string | null => PATTERNS[name]!.exec(next)?.[0] ?? null;

describe('cues/verb-mediums: where the words were said', () => {
  it.each([
    // a call, a site or a podcast that ends its phrase
    ['VENUE_ON', ' on a podcast that the club was broke.', ' on a podcast'],
    ['VENUE_ON', ' on a call with bankers on Monday.', ' on a call'],
    // a platform, or an account or page of one's own
    ['ONLINE_MEDIUM', ' on Facebook that the pool would shut.', ' on Facebook'],
    ['ONLINE_MEDIUM', ' on her campaign account late on Friday.', ' on her campaign account'],
    ['ONLINE_MEDIUM', ' on social media that the vote was rigged.', ' on social media'],
    // a medium or footing that ends its phrase
    ['SPOKEN_MEDIUM_ON', ' on air that the coach had quit.', ' on air'],
    ['SPOKEN_MEDIUM_ON', ' on the record, the mayor was blunt.', ' on the record'],
    // a programme's quoted title, with its network, the word "show" and a weekday
    ['BROADCAST_TITLE', ' on Channel Nine’s “Harbour Hour” show on Sunday that fees would rise.', ' on Channel Nine’s “Harbour Hour” show on Sunday'],
    ['BROADCAST_TITLE', ' on “Morning Desk” that fees would rise.', ' on “Morning Desk”'],
    // a channel
    ['CHANNEL', ' in a brief statement that the ferry was late.', ' in a brief statement'],
    ['CHANNEL', ' in part that the plan had failed.', ' in part'],
  ])('%s catches %s', (name, next, want) => {
    expect(match(name, next)).toBe(want);
  });

  it.each([
    // the noun goes on into a topic, or a topic of its own
    ['VENUE_ON', ' on the site owners to clear it.'],
    ['VENUE_ON', " on the site's rules."],
    ['ONLINE_MEDIUM', ' on Xmas shopping habits.'],
    ['ONLINE_MEDIUM', ' on the accounts of the club.'],
    ['SPOKEN_MEDIUM_ON', ' on air quality in the valley.'],
    ['SPOKEN_MEDIUM_ON', ' on video evidence from the match.'],
    ['SPOKEN_MEDIUM_ON', ' on the record of the council.'],
    // a network alone, no quoted title
    ['BROADCAST_TITLE', ' on Channel Nine that fees would rise.'],
    // "in a tweet" is no channel the cue keeps; a place is none either
    ['CHANNEL', ' in a tweet that the ferry was late.'],
    ['CHANNEL', ' in the town hall that the ferry was late.'],
  ])('%s leaves alone %s', (name, next) => {
    expect(match(name, next)).toBeNull();
  });
});
