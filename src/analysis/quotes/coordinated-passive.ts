// A sourceless passive or raising cue that shares its subject with a verb before it: "Ivo Berg had the longer
// record, but was seen as stiff", "The fleet has grown and is widely thought to be ready". Annotated news reports
// the whole clause, subject included, with no one named as source, as for the plain "Ivo Berg was seen as stiff"
// (the passive-clause reading of content-after-passive.ts); read as an active cue, the content was only the complement
// ("stiff"), a sliver of the annotated clause.
import type { Cue } from '../../types.js';
import type { Ctx } from './cue-context.js';
import { frontedClauseEnd } from './speaker-fronted.js';
import { alternation } from '../alternation.js';
import { PHRASE_PREPOSITIONS } from '../../lexicon/prepositions.js';
import { LINKING_ADVERBS } from '../../lexicon/linking-adverbs.js';
import { RELATIVE_DAYS, TIME_UNITS } from '../../lexicon/time-words.js';
import { IRREGULAR_PASTS } from '../../lexicon/past-forms.js';
import { FINITE_AUXILIARIES } from '../../lexicon/auxiliaries.js';

// "and"/"but" (perhaps with "also"/"then"/"still" or an -ly adverb) right before the cue: a coordinated predicate
const COORDINATED_BEFORE = /\s(?:and|but)\s+(?:(?:also|then|still|\p{Ll}+ly)\s+)?$/u;
// a sentence's opener before its subject, up to a comma: a prepositional phrase ("In May,"), a day ("Today,"), a linking
// adverb ("Meanwhile,"), a time ago or later ("Eight years later,"), a conjunction ("But")
const OPENER = new RegExp(String.raw`^\s*(?:(?:and|but|yet)\s+)?(?:(?:${alternation(PHRASE_PREPOSITIONS)})\s[^,;:]{1,50}|${RELATIVE_DAYS}|now|${alternation(LINKING_ADVERBS)}|(?:[\p{L}\p{N}]+\s+){1,2}(?:${TIME_UNITS})s?\s+(?:later|earlier|ago|on))\s*,\s*|^\s*(?:and|but|yet)\s+`, 'iu');
// a finite verb of the first predicate between the subject and the cue ("had", "has made", "grew", "cut")
const FIRST_VERB = new RegExp(String.raw`\b(?:${alternation([...FINITE_AUXILIARIES, ...IRREGULAR_PASTS])}|\p{Ll}{2,}ed|\p{Ll}{2,}[^s\W]s)\b`, 'iu');

/**
 * Where the subject of a coordinated passive cue starts (its sentence's start, past an opener or a fronted
 * subordinate clause), or -1: the cue must follow "and"/"but", stand as the sentence's first cue with no quote
 * before it, and a finite verb of the subject's own must come before the conjunction.
 */
export function coordinatedPassiveStart(ctx: Ctx, cue: Cue): number {
  const text = ctx.s.doc.text;
  const ss = ctx.sentence.start;
  const join = COORDINATED_BEFORE.exec(text.slice(Math.max(ss, cue.start - 24), cue.start));
  if (join === null || ctx.cues.some((c) => c.start < cue.start) || /[“”"]/.test(text.slice(ss, cue.start))) return -1;
  const clause = frontedClauseEnd(text, ss, cue.start);
  let from = clause >= 0 ? clause + 1 : ss;
  from += OPENER.exec(text.slice(from, cue.start))?.[0].length ?? 0;
  while (/\s/.test(text[from] ?? '')) from++;
  const predicate = text.slice(from, cue.start - join[0].length);
  return FIRST_VERB.test(predicate) ? from : -1;
}
