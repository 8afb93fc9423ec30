// Where a possessed noun's infinitive ends when the noun phrase is its clause's subject: "Her claim to have won the
// race was false", "His pledge to cut fares and raise pay is popular". The infinitive holds no finite verb of its
// own, so the clause's main verb ends it; read after the quote stage's usual end (quotes/noun-cue.ts), which runs
// on to the sentence's end there. Object nouns keep that end: in "He repeated his pledge to make sure schools are
// funded" the finite verb belongs to a clause inside the infinitive. Pure and regex-only; bounded windows.
import { nounPossessor } from './nominal-content.js';
import { VERBS_AFTER_STANCE_SUBJECT } from '../../lexicon/stance-nouns.js';

// what may stand between the clause's start and the possessor for the noun phrase to be the subject: nothing,
// or a word that opens a clause or joins two subjects ("whether her claim to ...", "and his vow to ...")
const CLAUSE_OPENING = /(?:^|[,;:—–]|\b(?:[Aa]nd|[Bb]ut|[Yy]et|[Ww]hether|[Tt]hat|[Bb]ecause|[Ii]f|[Ww]hile|[Aa]lthough|[Ss]ince))\s*$/u;

/** Whether `lead`, the text right before a possessor, leaves the possessed noun phrase its clause's subject. */
export const opensClause = (lead: string): boolean => CLAUSE_OPENING.test(lead);
// a finite verb that can be the main verb after such a subject (auxiliaries, copulas, modals; the lexicon's
// main verbs news puts after a stance subject), not right after "to" ("to have won"); the scan stops at a word
// that opens a clause of its own, whose verbs are not the main verb's ("to cut fares was popular because
// taxes were high")
const FINITE_OR_STOP = new RegExp(String.raw`(?<!\bto)\s(is|was|were|are|has|have|had|will|would|could|can|may|might|must|should|did|does|${VERBS_AFTER_STANCE_SUBJECT.join('|')})\s|\s(?:that|which|who|whom|whose|where|when|if|because|while|although|though|since|until|unless|after|before)\s|[;:!?()“”"—–]`, 'gu');

/** The end of the infinitive content from `start` ("to ...") to `end`, cut before the main verb when the noun cue at
 *  `cueStart` is its clause's subject; else `end`. */
export function subjectInfinitiveEnd(text: string, cueStart: number, start: number, end: number, sentenceStart: number): number {
  if (!text.startsWith('to ', start)) return end;
  const possessor = nounPossessor(text, cueStart, sentenceStart);
  if (possessor === null || !opensClause(text.slice(Math.max(sentenceStart, possessor.start - 12), possessor.start))) return end;
  // the last finite verb before a clause of its own: the main verb ("to ensure schools are funded was popular")
  const window = text.slice(start, end);
  let cut = -1;
  FINITE_OR_STOP.lastIndex = 0;
  for (let m = FINITE_OR_STOP.exec(window); m !== null && m[1] !== undefined; m = FINITE_OR_STOP.exec(window)) cut = m.index;
  return cut > 0 ? start + text.slice(start, start + cut).trimEnd().length : end;
}
