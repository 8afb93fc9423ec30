import { describe, expect, it } from 'vitest';
import { cuesAndSpeakers } from '../speaker-mentions.js';

// A colon lead-in whose predicate has no speech verb: the predicate through the colon is the cue, its subject the
// source (quotes/lead-in-verb.ts, read by lead-in-quotes.ts colonLeadIn).
const cues = cuesAndSpeakers;

describe('quotes: a colon lead-in with a predicate of its own', () => {
  it.each([
    ['Ruiz fired back sharply: “I have never taken a cent from them.”', [['fired back sharply:', 'Ruiz']]],
    ['After the final whistle, the coach turned to the bench: “Nobody leaves until we fix this.”', [['turned to the bench:', 'the coach']]],
    ['A memo from the port authority took a dim view of the crane: “It is unsafe at any speed.”', [['took a dim view of the crane:', 'the port authority']]],
    ['Tallow Mills chief executive Ivo Sarn summed it up: “We got lucky with the weather.”', [['summed it up:', 'Tallow Mills chief executive Ivo Sarn']]],
  ])('%s', (text, expected) => {
    expect(cues(text)).toEqual(expected);
  });

  it.each([
    // no verb: the colon is the cue
    ['Ann Lee, Daily Ledger: “The budget is a mess.”', [[':', 'Ann Lee']]],
    ['From the minister: “We will act.”', [[':', 'the minister']]],
    // an "-ed" form after a determiner modifies a noun; a passive's agent is the source, as before
    ['Her prepared remarks: “We will rebuild the bridge.”', [['remarks:', 'Her']]],
    ['The danger is shown by this chart: “Floods every spring.”', [['is shown', 'this chart']]],
    // ... with a particle or a phrase between the participle and "by" too: the agent speaks, not the subject
    ['The budget was drawn up by the treasurer: “We cannot spend what we do not have.”', [[':', 'the treasurer']]],
    ['The ruling was greeted with dismay by the coach: “We will appeal.”', [[':', 'the coach']]],
  ])('leaves alone %s', (text, expected) => {
    expect(cues(text)).toEqual(expected);
  });
});
