// A speech form that is also a noun ("claims", "question", "talks", "doubts"), after its subject and an adverb of
// time or a linking adverb set off by commas: "The coach now claims the referee was biased", "Voss still doubts the
// figures", "Some economists, however, question the case for ...". The adverb hides the subject the verb pass reads
// right before the form; the word before the adverb (a noun, a name or a pronoun, not "there", a verb or a
// preposition) and a verb's frame after the form make it the verb.
import type { SpeechWord } from '../quote-marks/speech-words.js';
import { CLAUSE_AFTER, DETERMINER, FINAL_FORMS } from './verb-contexts.js';
import { PARTICLES } from './verb-span-words.js';
import { barePluralHead, clauseNext } from './plural-head-clause.js';
import { alternation } from '../alternation.js';
import { OBJECT_PRONOUNS } from '../../lexicon/pronouns.js';
import { PLURAL_SUBJECTS } from '../../lexicon/cue-contexts.js';
import { PERSON_ROLES } from '../../lexicon/roles.js';
import { ORGANIZATION_WORDS } from '../../lexicon/organisations.js';
import { PHRASE_PREPOSITIONS } from '../../lexicon/prepositions.js';
import { LINKING_ADVERBS } from '../../lexicon/linking-adverbs.js';

// the subject's last word, a space, "now"/"still" and a space; or the subject's last word, a comma, a linking adverb,
// a comma ("Some economists, however, question")
const SUBJECT_THEN_ADVERB = new RegExp(String.raw`(\p{L}[\p{L}’'.-]*)(?:[ \t]+(?:now|still)|,[ \t]*(?:${alternation(LINKING_ADVERBS)}),)[ \t]+$`, 'iu');
// words that cannot end a subject: "there are still claims", "is now plans", "of the now", "and still"
const NO_SUBJECT_END = /^(?:there|here|is|are|was|were|be|been|being|has|have|had|do|does|did|will|would|can|could|may|might|should|must|and|or|but|nor|of|in|on|at|to|for|with|by|from|about|as|than|that|which|who|until|since|even|just|only|yet|so|if|when|while|because|said|says)$/i;
// a verb's frame after the form: a determiner or pronoun object, an object pronoun, a wh-word, "to" and a verb,
// "of"/"about" (perhaps after an -ly adverb: "talks freely of her years")
const FRAME_AFTER = new RegExp(String.raw`^\s+(?:(?:the|a|an|its|his|their|our|this|these|those)\s|(?:${alternation(OBJECT_PRONOUNS.filter((w) => w !== 'her'))})\b|whether\b|how\b|why\b|what\b|to\s+(?!(?:the|a|an|his|her|its|their|our|this|that)\b)\p{Ll}|(?:\p{Ll}+ly\s+)?(?:of|about)\b)`, 'u');

// the stretch before the adverb opens on a preposition (after the sentence start, a comma or "and"/"but"): the word before
// the adverb ends a fronted phrase, not a subject ("In Varn, meanwhile, calls for calm grew", "At the port now talks ...")
const FRONTED_PHRASE = new RegExp(String.raw`(?:^|[.!?;:,“”"(]\s*|\b(?:and|but)\s+)(?:${alternation([...PHRASE_PREPOSITIONS, 'across', 'near', 'outside', 'inside', 'throughout', 'beyond', 'within', 'around', 'since'])})\s+[^.!?;:,“”"(]*$`, 'i');

/** Whether the noun-like form `w` is a verb after its subject and a time or linking adverb. */
export function verbAfterSubjectAdverb(text: string, w: SpeechWord): boolean {
  const m = SUBJECT_THEN_ADVERB.exec(text.slice(Math.max(0, w.start - 48), w.start));
  const subjectEnd = m?.[1];
  if (subjectEnd === undefined || NO_SUBJECT_END.test(subjectEnd) || DETERMINER.test(subjectEnd)) return false;
  const subjectAt = Math.max(0, w.start - 48) + m!.index;
  if (FRONTED_PHRASE.test(text.slice(Math.max(0, subjectAt - 60), subjectAt + subjectEnd.length))) return false;
  // (the subject one who speaks, agreeing with the form: a bare form after a plural pronoun, a plural of people or bodies
  // or a capitalised plural, "Some economists, however, question"; one in -s after he/she, a name, a role or a body,
  // "Voss still doubts", "The league, however, questions"; not "The new rules, though, support", "The storm now threatens")
  const lower = subjectEnd.toLowerCase();
  const speaker = w.word.toLowerCase() === w.form.lemma
    ? /^(?:they|we|i|you)$/.test(lower) || PLURAL_SUBJECTS.has(lower) || /^\p{Lu}\p{Ll}+s$/u.test(subjectEnd)
      // (any plural of people or bodies when a clause of its own follows: "Ward managers, however, fear the unit will close")
      || (subjectEnd === lower && barePluralHead(lower) && FINAL_FORMS.test(w.form.lemma) && clauseNext(text, w.end))
    : /^(?:he|she)$/.test(lower) || /^\p{Lu}/u.test(subjectEnd) || PERSON_ROLES.has(lower) || ORGANIZATION_WORDS.has(lower);
  if (!speaker) return false;
  const after = text.slice(w.end, w.end + 40);
  // (a plan or an aim only with its infinitive: "now plans the new library" is an act)
  if (w.form.group === 'intent') return /^\s+to\s+\p{Ll}/u.test(after);
  return PARTICLES[w.form.lemma]?.test(after) === true || CLAUSE_AFTER.test(after) || FRAME_AFTER.test(after);
}
