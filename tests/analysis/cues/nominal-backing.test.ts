import { describe, expect, it } from 'vitest';
import { nominal, read } from './nominal-read.js';

describe('backing received: the backer after "of" or "from" holds it, the subject is the one backed', () => {
  it.each([
    ['Ada Ek won the endorsement of the Harbour Guild.', 'won the endorsement of', 'Ada Ek', 'the Harbour Guild'],
    ['The toll plan has the support of most residents.', 'has the support of', 'The toll plan', 'most residents'],
    ['She received the backing of two guilds after the vote.', 'received the backing of', 'She', 'two guilds'],
    ['Ola Berg, who has the backing of two guilds, lost the vote.', 'has the backing of', 'who', 'two guilds'],
    ['The mayor has lost the support of her own party.', 'has lost the support of', 'The mayor', 'her own party'],
    ['Ola Berg enjoyed strong support from rural voters.', 'enjoyed strong support from', 'Ola Berg', 'rural voters'],
  ])('%s', (text, cue, content, source) => {
    expect(read(text)).toEqual([cue, content, source]);
  });

  it.each([
    // a possessed noun after the verb is the verb's own stance, read as such ("withdrew their endorsement of")
    ['Two guilds have dropped their endorsement of Ada Ek.', ['have dropped their endorsement of']],
    // seeking backing is no backing yet; backing given "to" someone is the giver's light verb or nothing
    ['Ada Ek sought the support of the union.', []],
    // an infinitive asserts no backing: a hope, or a raising verb's guess
    ['Ada Ek hopes to win the endorsement of the union.', []],
    ['Ada Ek appears to have lost the support of her party.', []],
    ['The union gave its backing to Ada Ek.', []],
    // "support" with no verb of having before it
    ['The support of the roof gave way.', []],
  ])('leaves the backing reading alone: %s', (text, expected) => {
    expect(nominal(text)).toEqual(expected);
  });
});
