// Criticism a target receives (cues/nominal.ts): "the plan faced criticism from farmers for its cost". The
// reason (after "for", "over", "about") is the content and the giver (after "from" or "by") the source; with
// no reason, the target that received the criticism ("The mayor came under criticism") is what it is about,
// and with no giver nobody is named. Pure and regex-only; read by nominal-content.ts.
import type { Cue } from '../../types.js';
import type { NominalContent, NominalSource } from './nominal-content.js';
import { phraseEnd } from './nominal-phrase.js';
import { afterBlanks } from './text-utils.js';
import { subjectBeforeVerb } from '../cues/nominal-verb.js';
import { HOLDER } from '../cues/nominal-possessor.js';
import { SUBJECT_PRONOUNS } from '../../lexicon/pronouns.js';
import { alternation } from '../alternation.js';

// after the noun: the giver ("from farmers") and the reason ("for the delay"), in either order, perhaps
// after a time ("drew criticism on Monday from farmers")
const ROLE = /^(?:\s+(?:on|last|this|earlier|late|early)\s+\p{L}+)?\s+(from|by|for|over|about)\s+/u;
// where a giver's or reason's phrase ends: the other role's preposition, or a clause word for the giver
// ("criticism from unions who say ...", "from the mayor after the vote")
const GIVER_END = new RegExp(String.raw`[,;:!?()“”"—–]|\s(?:for|over|about|who|which|that|when|after|as|because|but|while|since|amid|before|during|in|on|at|and\s+(?:${HOLDER}))\s`, 'u');
const REASON_END = /[;:!?()“”"—–]|,\s+(?:\p{Ll}+ing|which|who|but|and|while|as|after|when)\s|\s(?:from|by)\s/u;
// a fronted adverbial before the target ("In May, the council came under criticism")
const FRONTED = /^(?:(?:In|On|At|After|Before|Since|During|For|With|Despite|Amid|Last|This|Earlier|Later|Also)\b[^,]{0,60}|\p{Lu}\p{Ll}+ing\b[^,]{0,60}),\s*/u;
// a relative clause ending at the verb, with no clause mark or quote mark inside it
const RELATIVE_SUBJECT = /,\s+((?:whose|who|which)\s[^,;:“”"]*)$/u;
const LEADING_CONJUNCTION = /^(?:But|And|Yet|So|Still|Now)\s+/;
// auxiliaries and adverbs between the target and the verb ("has already", "immediately")
const TRAILING_AUX = /(?:\s+(?:has|have|had|is|was|were|are|will|would|could|can|may|might|must|should|did|does|do|been|also|already|again|then|now|not|never|\p{Ll}+ly))+\s*$/u;
const PRONOUN = new RegExp(`^(?:${alternation([...SUBJECT_PRONOUNS, 'this', 'that'])})$`, 'i');

/** What the received-criticism cue `cue` (its noun ending at `nounEnd`) is about, and whose it is. */
export function receivedContent(text: string, cue: Cue, nounEnd: number, sentenceStart: number, sentenceEnd: number): NominalContent | null {
  let giver: NominalSource | null = null;
  let reason: { start: number; end: number } | null = null;
  let at = nounEnd;
  for (let i = 0; i < 2; i++) {
    const role = ROLE.exec(text.slice(at, at + 40));
    if (role === null) break;
    const start = at + role[0].length;
    const isGiver = role[1] === 'from' || role[1] === 'by';
    const end = phraseEnd(text, start, sentenceEnd, isGiver ? GIVER_END : REASON_END);
    if (end <= start) break;
    if (isGiver && giver === null) giver = { start, end, rule: 'giver' };
    else if (!isGiver && reason === null) reason = { start, end };
    else break;
    at = end;
  }
  if (reason !== null) return { ...reason, source: giver, rule: 'noun-received' };
  // no reason: the target, the subject before the verb of receiving, which the cue stage found (cue.verbStart);
  // a verb before the sentence (a cut the segmenter made inside the phrase) leaves no target
  const verbStart = cue.verbStart ?? -1;
  if (verbStart < sentenceStart) return null;
  // (a target of at most 30 words: a longer stretch is no subject, and its look-up stays short)
  if (verbStart - sentenceStart > 300) return null;
  let subject = text.slice(sentenceStart, verbStart);
  const lead = subject.length - subject.trimStart().length;
  subject = subject.trimStart();
  const fronted = FRONTED.exec(subject)?.[0].length ?? 0;
  const conjunction = LEADING_CONJUNCTION.exec(subject.slice(fronted))?.[0].length ?? 0;
  // "..., said Ida Ek, whose plan drew criticism from farmers": a relative right before the verb (no comma
  // after it) is the target, not the sentence before it
  const relative = RELATIVE_SUBJECT.exec(subject);
  const start = relative !== null ? verbStart - (relative[1] ?? '').length : sentenceStart + lead + fronted + conjunction;
  const end = start + text.slice(start, verbStart).replace(TRAILING_AUX, '').replace(/[\s,]+$/, '').length;
  const words = text.slice(start, end).split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 30 || (words.length === 1 && PRONOUN.test(words[0] ?? ''))) return null;
  return { start, end, source: giver, rule: 'noun-received' };
}

/**
 * Backing received ("Ada Ek won the endorsement of the union", cues/nominal.ts): the backer after the cue's
 * "of" or "from" holds the stance, and the subject before the verb is the one backed (a pronoun too: "He
 * won the backing of the union" says whom the union backs).
 */
export function backingContent(text: string, cue: Cue, sentenceStart: number, sentenceEnd: number): NominalContent | null {
  const subject = subjectBeforeVerb(text, cue.start, sentenceStart);
  if (subject === null) return null;
  const start = afterBlanks(text, cue.end);
  const end = phraseEnd(text, start, sentenceEnd, GIVER_END);
  return { ...subject, source: end > start ? { start, end, rule: 'giver' } : null, rule: 'noun-backing' };
}
