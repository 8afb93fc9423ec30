// A relative clause after a plural noun of saying: "states that border the lake", "reports that track spending",
// "the union claims that have circulated". After "that" comes the relative's verb, not a clause's subject, so the form
// in -s is the plural noun the relative hangs on, not a verb reporting the clause (noun-or-verb.ts asks this in its
// noun frames, verb-reading.ts for a body's "reports that").
import type { SpeechWord } from '../quote-marks/speech-words.js';
import { OBJECT_PRONOUNS } from '../../lexicon/pronouns.js';
import { IRREGULAR_PASTS } from '../../lexicon/past-forms.js';
import { alternation } from '../alternation.js';

// a verb that would take the -ing word as its subject: singular, past or modal (a plural head's relative goes on with
// a plural verb or more of the relative: "reports that track spending were released")
const GERUND_SUBJECT_VERB = String.raw`is|was|has|had|does|did|will|would|can|could|may|might|must|should|shall|\p{Ll}+ed|${alternation(IRREGULAR_PASTS)}|\p{Ll}+[^s\s]s`;
// a relative's bare verb with a gerund object, perhaps after a hyphened modifier: "reports that track late spending", "audits
// that cover long-term borrowing" (a verb in -ing or -ed there would be a noun after a demonstrative: "claims that ruling ...")
// (not a noun and an -ing noun that a clause's verb then follows: "Ruiz claims that tax planning is legal", "the agency
// reports that cargo shipping fell": a singular, past or modal verb there makes the pair that clause's subject)
const GERUND_OBJECT = String.raw`\p{Ll}+(?<![sy]|ing|ed)\s+(?:\p{Ll}+-\p{Ll}+\s+)?\p{Ll}{3,}ing\b(?!\s+(?:${GERUND_SUBJECT_VERB})\b)`;
// a relative clause after a plural noun: "states that border the lake", "reports that have ...":
// after "that" comes its verb (an auxiliary, or a verb with an object or a preposition), not a clause's subject
export const THAT_RELATIVE_CLAUSE = new RegExp(String.raw`^\s+that\s+(?:(?:has|have|had|are|were|was|is|will|would|could|can|may|might|should|do|does|did)\b|\p{Ll}+(?<![sy])\s+(?:the|a|an|${alternation([...OBJECT_PRONOUNS, 'it'])}|on|in|at|with|to|for|from|into|against|over)\b|${GERUND_OBJECT})`, 'u');
// what follows "that" when it agrees only with a plural (pluralRelative)
// (not "have-nots", nor an inverted condition: "claims that, were it not for the grant, ...", "that were it not for")
const PLURAL_RELATIVE_VERB = new RegExp(String.raw`^\s+that\s+(?:(?:have|are|do)\b(?!-)|were\b(?!\s+(?:it|there|they|we|he|she|you|I)\b)|${GERUND_OBJECT})`, 'u');

/**
 * Whether a form in -s has a relative clause after it whose verb agrees only with a plural ("the union claims that have
 * circulated", "Harbour Board reports that track spending"): "that" is the relative pronoun and the form its plural noun,
 * whatever stands before it (a name, a body or a collective noun would make "that" a demonstrative and the form their
 * verb, "Ruiz claims that is false", but a demonstrative takes no plural verb).
 */
export function pluralRelative(text: string, w: SpeechWord): boolean {
  return /\p{Ll}s$/u.test(w.word) && PLURAL_RELATIVE_VERB.test(text.slice(w.end, w.end + 48));
}
