// "Economists at the bank estimate growth will slow", "Analysts at Hollin Partners forecast the merger will save
// $40 million": a bare noun-like form of final attribution after a plural head and its short prepositional phrase,
// with a clause right after it (a subject and a modal or a finite "be"/"have"), is the plural head's verb. The words
// right before it ("the bank", "Hollin Partners") made it look like a compound noun ("the bank estimate"), but a noun
// there would be followed by its own verb or "of", not by a clause with a subject of its own.
import type { SpeechWord } from '../quote-marks/speech-words.js';
import { FINAL_FORMS } from './verb-contexts.js';

// a plural head, a preposition, an optional article and up to three words, ending right before the form
const PLURAL_HEAD_PHRASE = /\b\p{L}\p{Ll}{2,}s\s+(?:at|of|with|from|in|for)\s+(?:(?:the|a|an)\s+)?(?:[\p{L}&.’'-]+\s+){0,3}$/u;
// the clause after the form: one to four words of subject (no preposition or clause word first) and a finite auxiliary
// (not a verb of saying or showing first: "Readers of the monthly report say ..." makes the form the noun subject)
const CLAUSE_NEXT = /^\s+(?!(?:of|for|in|on|at|to|by|from|with|that|which|who|and|or|but|as|say|says|said|show|shows|showed|suggest|suggests|suggested|find|finds|found|indicate|indicates|indicated)\b)(?:[\p{L}\p{N}’'$%.,-]+\s+){1,4}?(?:would|will|could|can|may|might|should|must|is|are|was|were|has|have|had)\b/u;

/** Whether a bare final-attribution form (no -s) is the verb of a plural head before a short prepositional phrase. */
export function pluralHeadClause(text: string, w: SpeechWord): boolean {
  if (w.word.toLowerCase() !== w.form.lemma || !FINAL_FORMS.test(w.form.lemma)) return false;
  if (!PLURAL_HEAD_PHRASE.test(text.slice(Math.max(0, w.start - 64), w.start))) return false;
  return CLAUSE_NEXT.test(text.slice(w.end, w.end + 64));
}
