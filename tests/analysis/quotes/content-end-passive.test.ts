// quotes/content-end-passive.ts passiveEventClause, called directly: a time clause around a passive cue with no agent
// dates the content's event, so the content runs on through it; an agent, an active cue or another subordinator cut.
import { describe, expect, it } from 'vitest';
import { passiveEventClause } from '../../../src/analysis/quotes/content-end-passive.js';
import { cueOf } from '../verb-cues.js';

// the clause from the subordinator (with the blank before it) up to the cue `words`, as content-end-subordinate.ts passes it
const clauseTo = (text: string, sub: string, words: string): boolean => {
  const c = cueOf(text, words);
  return passiveEventClause(text, 0, text.slice(text.indexOf(` ${sub} `), c.start), c);
};

describe('quotes/content-end-passive: a time clause around a passive with no agent', () => {
  it.each([
    ['The coach said ticket sales had doubled since the move was announced.', 'since', 'was announced'],
    ['The clinic claimed bookings fell after the fee was first discussed.', 'after', 'was first discussed'],
    ['The grocer said prices were lower before the tariff was proposed.', 'before', 'was proposed'],
    ['The pilot said the runway was clear when the delay was reported.', 'when', 'was reported'],
  ])('runs on: %s', (text, sub, words) => {
    expect(clauseTo(text, sub, words)).toBe(true);
  });

  it.each([
    // an agent after the cue names someone who spoke: a second attribution
    ['The coach said ticket sales had doubled since the move was announced by the club.', 'since', 'was announced'],
    // an active cue, its subject the speaker
    ['The clinic claimed bookings fell after the minister announced the fee.', 'after', 'announced'],
    // a subordinator that does not date the event
    ['The grocer said prices were lower because the tariff was proposed.', 'because', 'was proposed'],
  ])('leaves alone: %s', (text, sub, words) => {
    expect(clauseTo(text, sub, words)).toBe(false);
  });
});
