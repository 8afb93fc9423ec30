import { describe, expect, it } from 'vitest';
import { isListedPersonOrGroup } from '../../../src/analysis/mentions/words.js';

// the narrow person test shared by cues/subject-phrase-verb.ts and quotes/content-end-subordinate.ts: a listed role,
// its "-s" plural or a listed group noun, in any case
describe('mentions/words: isListedPersonOrGroup', () => {
  it.each(['aide', 'Advisers', 'members', 'spokesman', 'economists', 'nurse', 'voters'])('takes %s', (word) => {
    expect(isListedPersonOrGroup(word)).toBe(true);
  });
  it.each(['board', 'river', 'ferries', 'the', 'cost'])('leaves alone %s', (word) => {
    expect(isListedPersonOrGroup(word)).toBe(false);
  });
});
