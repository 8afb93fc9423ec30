// Passive speech verbs that are something done to the subject, not anyone's words: with no clause, verdict or "as"
// after them, "was found", "was dismissed", "was admitted", "was recalled" and "was seen from afar" are a thing come
// upon, a firing, an admission, a product taken back and a sight; a bare "get" passive ("gets recognized") is
// something that happens to someone. One check actNotSpeech (acts.ts) makes, on the 40 characters before the form
// (the passive's "be") and `next40` after it (what would make it a report again).
import type { SpeechWord } from '../quote-marks/speech-words.js';
import { BE_THEN_ADVERBS } from './verb-contexts.js';

// what a passive "found" holds when it is a finding: a clause, or a verdict ("was found guilty",
// "were found to have", "was found in contempt"); elsewhere it is a thing come upon ("found in a field")
// (a verdict, "was found guilty", is a court's act like "found X guilty": no one's reported view)
const FOUND_HOLDS = /^\s+(?:not\s+)?(?:to|that)\b/;

// a sight at a distance after a passive "seen": "from as far as", "from miles away", "from space", "from the air"
const SEEN_FROM_AFAR = /^\s+from\s+(?:as\s+far|miles|kilometres|kilometers|space|orbit|the\s+air|the\s+shore|afar|\d)/;

/** Whether the form is a passive (or a "get" passive) that is a deed done to its subject (see the header). */
export function passiveAct(text: string, w: SpeechWord, next40: string): boolean {
  const { word, form, before, start: at } = w;
  // "gets recognized wherever she goes", "got noticed at the fair": a "get" passive with no agent, complement or clause is
  // something that happens to the subject ("got criticized for", "gets praised by" and "got called a liar" keep theirs)
  if (/^(?:get|gets|got|gotten|getting)$/i.test(before) && /(?:ed|en|wn)$/i.test(word) && !/^\s+(?:by|for|as|that|to|a|an)\b/i.test(next40)) return true;
  if (!BE_THEN_ADVERBS.test(text.slice(Math.max(0, at - 40), at))) return false;
  // "the boat was found in a field", "the form can be found online": a thing come upon, nobody's finding
  if (form.lemma === 'find') return !FOUND_HOLDS.test(next40);
  // "the case was dismissed", "he had been dismissed": a firing or a ruling, not a rebuttal ("was dismissed as naive"
  // keeps it)
  if (form.lemma === 'dismiss') return !/^\s+as\b/.test(next40);
  // "he was admitted in March", "was admitted to hospital", "has been admitted to the bar": an admission to a place or a
  // body, not a confession ("it was admitted that" keeps its clause)
  if (form.lemma === 'admit') return !/^\s+that\b/.test(next40);
  // "the car was recalled over faulty brakes", "the envoy was recalled to Varn": a product taken back or a person called
  // back, nobody's memory told ("was recalled as a kind man" keeps it)
  if (form.lemma === 'recall') return !/^\s+(?:as|that)\b/.test(next40);
  // "could be seen from as far as 15 miles away", "was seen from space": a sight at a distance, nobody's view
  if (form.lemma === 'see') return SEEN_FROM_AFAR.test(next40);
  return false;
}
