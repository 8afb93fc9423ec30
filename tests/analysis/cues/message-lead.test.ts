import { describe, expect, it } from 'vitest';
import { verbCues } from '../verb-cues.js';

// A message written or sent, perhaps to someone, and the participle that reports what it says are one cue
// (cues/message-lead.ts): "wrote a letter to the ministry urging", "sent a memo saying".
describe('cues: a written or sent message and its reporting participle', () => {
  it.each([
    ['The growers’ cooperative wrote a letter to the ministry urging a delay to the levy.', ['wrote a letter to the ministry urging']],
    ['The coach sent a memo to the squad on Sunday saying the match was off.', ['sent a memo to the squad on Sunday saying']],
    ['The tenants sent a note to the housing board asking it to fix the lifts.', ['sent a note to the housing board asking']],
    ['The firm sent a report to regulators on Friday warning that prices would rise.', ['sent a report to regulators on Friday warning']],
    ['The mayor issued a statement saying the bridge was safe.', ['issued a statement saying']],
  ])('reads the message into the cue: %s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });

  it.each([
    ['The coach sent a short note to the Tarnby Courier in June explaining why the team lost.', ['explaining']],
    ['The club wrote a letter to fans, saying the stadium would close.', ['wrote', 'saying']],
    ['She sent her son to school saying the storm would pass.', ['saying']],
    ['The coach sent the players home, saying the pitch was flooded.', ['saying']],
    ['The author wrote a novel about the harbor.', ['wrote']],
  ])('leaves other cues as they were: %s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });
});
