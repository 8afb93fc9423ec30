// "The witness, whom police questioned, said ...", "The cook, who the inspectors asked twice, told ...": a relative clause
// whose pronoun is a person and the object of its verb of saying. What that verb says is nowhere: its object is the
// person asked or addressed, and the clause closes right after it, so the verb is no cue; the sentence's own verb after
// the aside is. ("the judge who she claims lied": the pronoun is the reported clause's subject, a verb follows: kept.)
import type { SpeechWord } from '../quote-marks/speech-words.js';
import { isSayingLemma } from '../../lexicon/speech-verbs.js';

// an aside opened by "who"/"whom" after a comma, dash or bracket, then the clause's subject (a pronoun, or one to three
// words, with an adverb) right before the verb
const PERSON_RELATIVE_BEFORE = /[,(—–]\s*whom?\s+(?:[\p{L}’'.-]+\s+){1,3}$/iu;
// the clause closing right after the verb (an adverb of how often may stand between): a comma, a bracket or a dash,
// with no quotation opening after it ("The coach, who often says, “Defence wins,” was fired": the quote is the verb's
// object, and the words before the verb were adverbs, not a subject)
const CLOSES_AFTER = /^(?:\s+(?:twice|again|once|\p{Ll}+ly|at\s+length|last\s+\p{Ll}+))?\s*[,)—–](?!\s*[“"‘'«„])/u;

/** Whether the saying form `w` is the verb of a "who(m)" aside whose object is that person ("X, whom police questioned,"). */
export function personObjectRelative(text: string, w: SpeechWord): boolean {
  if (!isSayingLemma(w.form.lemma)) return false;
  return CLOSES_AFTER.test(text.slice(w.end, w.end + 24)) && PERSON_RELATIVE_BEFORE.test(text.slice(Math.max(0, w.start - 60), w.start));
}
