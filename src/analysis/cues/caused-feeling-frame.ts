// The frame of a verb of causing a feeling (lexicon/caused-feelings.ts): active, with the one who feels it as its object
// ("The ruling surprised legal experts", "the delays are frustrating commuters"). The same participles after "be" or
// "feel" are the feeler's own adjective ("Residents were surprised the pier closed", "felt let down"), which the
// adjective pass reads (cues/adjectives.ts), and a preposition or a clause after the form is that adjective's too
// ("surprised by the vote", "alarmed that ..."). The quote rule (quotes/feeler-as-source.ts) checks the object is someone.
import type { SpeechWord } from '../quote-marks/speech-words.js';
import { CAUSED_FEELING_LEMMAS } from '../../lexicon/caused-feelings.js';
import { BE_FORMS } from '../../lexicon/auxiliaries.js';
import { alternation } from '../alternation.js';

// a noun phrase opening right after the form: not a preposition, a clause word, a conjunction or an adverb of degree
export const FEELER_AFTER = /^\s+(?!(?:by|that|about|at|with|to|over|for|in|on|of|from|when|as|and|or|but|if|because|while|after|before|into|out|up|off|enough|more|less|how|what|why|who|whether|just|so|very|too|it|this|here|there)\b)\p{L}/u;

// "be", "get", "feel", "seem" and their kin before the form, or an adverb of degree ("so", "deeply"), perhaps with
// "not" or an adverb between: the adjective
const OTHER_LINKING = [
  'get', 'gets', 'got', 'getting', 'gotten', 'feel', 'feels', 'felt', 'feeling', 'seem', 'seems', 'seemed', 'look', 'looks', 'looked',
  'become', 'became', 'becomes', 'remain', 'remains', 'remained', 'grew', 'grow', 'grows', 'appear', 'appears', 'appeared',
];
const DEGREE = ['so', 'very', 'too', 'more', 'most', 'less', 'least', 'quite', 'rather', 'deeply', 'clearly', 'visibly', 'genuinely'];
const LINKING = new RegExp(`^(?:${alternation([...BE_FORMS, ...OTHER_LINKING, ...DEGREE])})$|^(?:is|are|was|were|had|has|have)n['’]t$|^(?:isn|aren|wasn|weren)$`, 'i');
const BE = new RegExp(`^(?:${alternation(BE_FORMS)})$`, 'i');
const BETWEEN = /^(?:not|never|also|still|so|very|too|more|most|less|quite|rather|really|\p{L}+ly)$/iu;

/** Whether the form in `w` is a verb of causing a feeling that stands as the feeler's adjective, not an active verb. */
export function feelingAsAdjective(w: SpeechWord): boolean {
  if (!CAUSED_FEELING_LEMMAS.has(w.form.lemma)) return false;
  // (an -ing form after "be" is the verb's progressive: "the delays are frustrating commuters")
  const linking = (word: string): boolean => LINKING.test(word) && !(/ing$/i.test(w.word) && BE.test(word));
  return linking(w.before) || (BETWEEN.test(w.before) && linking(w.before2));
}
