// A bare second object cut off from its preposition: in "a friend of Tom Fenn and Bo Lind said" the speaker phrase the
// rules find is "Bo Lind", but the phrase before the preposition holds both names and its head ("a friend") speaks.
// speaker.ts speakerIn widens its phrase to where this says that noun phrase starts.
import type { Resolved } from '../state.js';
import { trim } from './text-utils.js';
import { phraseBefore } from './positions.js';
import { nounPhrase } from '../mentions/noun-phrase.js';
import { AND_GAP } from '../mentions/words.js';
import { mentionsIn } from './speaker-fields.js';
import { PREPOSITION_OBJECT_BEFORE } from '../speakers/preposition-object.js';

// what opens a second noun phrase of its own after "and" ("... and his promise"), not a second object
const OWN_DETERMINER = /^(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those)\s/i;

/**
 * Where the phrase starts that holds "of X and" right before `at` ("a friend of Tom Fenn and | Bo Lind"): a bare
 * second object cut off from its preposition, when the words before the preposition make a noun phrase (not a
 * clause: "sold at Norby and | Ana Roe's shop"). Null otherwise.
 */
export function objectPairStart(s: Resolved, at: number): number | null {
  const text = s.doc.text;
  if (OWN_DETERMINER.test(text.slice(at, at + 8))) return null;
  const p = mentionsIn(s, Math.max(0, at - 80), at).pop();
  if (p === undefined || !AND_GAP.test(text.slice(p.end, at))) return null;
  // (wide enough for "representing the ")
  const prep = PREPOSITION_OBJECT_BEFORE.exec(text.slice(Math.max(0, p.start - 20), p.start));
  if (prep === null) return null;
  const q = p.start - prep[0].length;
  // back to a clause boundary, within the sentence
  const lo = Math.max(0, q - 120);
  const stop = text.slice(lo, q).search(/[.!?]\s[^.!?]*$/);
  const r = phraseBefore(text, stop < 0 ? lo : lo + stop + 2, q);
  if (r === null || r.end > q) return null;
  const t = trim(text, r.start, r.end, /\s/);
  const np = nounPhrase(text, t.start, t.end);
  return np !== null && np.start === t.start && np.end === t.end ? t.start : null;
}
