// A bare person noun right before a name is its title, not a verb (cues/title-before-name.ts).
import { describe, expect, it } from 'vitest';
import { allCues } from '../verb-cues.js';

describe('a person noun titling the name after it', () => {
  it.each([
    // a sentence's opening participle or adjective before a bare form and a name: a title, no subject and verb
    ['Defending champion Mira Solberg is among the leaders.', []],
    ['Reigning champion Mira Solberg won again.', []],
    // a bare form between a singular capitalised word and a name that goes on to its verb: the title before the name
    ['Olympic champion Tove Brandt is among the entrants.', []],
    ['Wimbledon champion Tove Brandt lost in the first round.', []],
  ])('%s', (text, expected) => {
    expect(allCues(text)).toEqual(expected);
  });

  it.each([
    // a collective name's bare verb with no verb after the name it takes as object
    ['Labour back Tove Brandt over the harbour levy.', ['back']],
    // a team's bare verb before a name that goes on to its own verb: the form names no person, so titles nobody
    ['Leinster hope Ivo Sarn can return next week.', ['hope']],
    ['City doubt Lia Ortz will play on Sunday.', ['doubt']],
    // a plural subject opening the sentence keeps its bare verb
    ['Local groups champion the plan.', ['champion']],
  ])('leaves alone: %s', (text, expected) => {
    expect(allCues(text)).toEqual(expected);
  });
});
