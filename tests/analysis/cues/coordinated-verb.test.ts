// cues/coordinated-verb.ts coordinatedPresent, called directly: a speech form that is also a plural noun ("calls",
// "jokes", "demands"), joined by "and"/"but" to a present verb of saying before it and followed by a verb's frame, is
// that subject's second verb; a noun phrase, another clause or a plural verb after it leave it a noun.
import { describe, expect, it } from 'vitest';
import { coordinatedPresent } from '../../../src/analysis/cues/coordinated-verb.js';
import { findSpeechWords } from '../../../src/analysis/quote-marks/speech-words.js';

// whether the speech word `word` (its last occurrence) is a present verb joined to the speech word before it
const joined = (text: string, word: string): boolean => {
  const words = findSpeechWords(text);
  const i = words.map((x) => x.word).lastIndexOf(word);
  if (i < 0) throw new Error(`no speech word "${word}" in: ${text}`);
  return coordinatedPresent(text, words[i]!, words[i - 1]);
};

describe('cues/coordinated-verb: a noun-like form as the second present verb after "and"', () => {
  it.each([
    ['The coach defends the new tactics and calls for patience.', 'calls'],
    ['The chef often gushes about her herbs and jokes about her knives.', 'jokes'],
    ['The warden praises the volunteers but also warns them to stay off the dunes.', 'warns'],
    ['The landlord defends the rent rise and claims to know the tenants.', 'claims'],
  ])('%s', (text, word) => {
    expect(joined(text, word)).toBe(true);
  });

  it.each([
    // a clause word between: the form may be the inner clause's verb
    ['The coach says that the tactics work and calls for patience.', 'calls'],
    // a plural verb a few words on: the form heads a subject
    ['The warden says thefts and calls for help have doubled.', 'calls'],
    // the verb before is no present in -s
    ['The coach defended the new tactics and calls for patience.', 'calls'],
    // no verb's frame after the form
    ['The coach defends the new tactics and claims of bias.', 'claims'],
    // no speech word before it at all
    ['Calls for patience grew.', 'Calls'],
  ])('leaves alone: %s', (text, word) => {
    expect(joined(text, word)).toBe(false);
  });
});
