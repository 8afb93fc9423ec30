// The cue of a quote that no cue pass attributes but whose sentence names a subject before it (quote-on-its-own.ts,
// rule 'in-sentence'): "Ivo Sarn broke down the plan for reporters: “...”", "Union chief Ada Moor termed the offer
// “a joke”", headline "Harbour pilot Ida Lind: Storm 'came out of nowhere'". Annotated news marks a cue for nearly
// every attribution; the verb right after the subject (or a colon there) is the one it marks, where the cue passes
// took no word because the verb is no speech verb or its frame was not read.
import type { Cue } from '../../types.js';
import { IRREGULAR_PASTS } from '../../lexicon/past-forms.js';
import { alternation } from '../alternation.js';

// a colon right after the subject, then the quote's words ("Ida Lind: Storm '...'")
const COLON_NEXT = /^[ \t]*:/;
// a finite past right after the subject (a regular "-ed" or an irregular past), with a particle that goes with it
// ("broke down", "spelled out", "summed up"); a present "-s" is left out: after a name it is as often a noun
// ("Lind rules", "Sarn talks") and a headline's verb is read by the cue passes
const PAST_NEXT = new RegExp(String.raw`^[ \t]+(\p{Ll}{2,}ed|${alternation([...IRREGULAR_PASTS])})(?:[ \t]+(?:down|out|up|off)\b)?(?=[ \t,:])`, 'u');
// the verb is the quote's only where its object or complement runs up to the quote: a place or path after it ("walked
// into the hall to chants of “...”") or another clause in between ("scored twice as fans sang “...”") makes the quote
// someone else's words or a name
const NOT_THE_QUOTES = /^[ \t]+(?:into|to|at|in|on|from|for|with|through|past|toward|towards|by|after|before|onto|off|across|around)\b|\b(?:as|while|when|whenever|after|before|because|since|until|where|who|which|whose|and\s+(?:then|\p{Ll}+ed)|but)\b/u;

/** The cue between a sentence's subject (ending at `subjectEnd`) and a quote opening at `open`, or null. */
export function inSentenceCue(text: string, subjectEnd: number, open: number): Cue | null {
  const gap = text.slice(subjectEnd, open);
  const colon = COLON_NEXT.exec(gap);
  if (colon !== null) {
    const at = subjectEnd + colon[0].length - 1;
    return { text: ':', start: at, end: at + 1, lemma: ':', kind: 'colon' };
  }
  const verb = PAST_NEXT.exec(gap);
  if (verb === null || verb[1] === undefined || NOT_THE_QUOTES.test(gap.slice(verb[0].length))) return null;
  const start = subjectEnd + verb[0].length - verb[0].trimStart().length;
  const end = subjectEnd + verb[0].length;
  return { text: text.slice(start, end), start, end, lemma: verb[1].toLowerCase(), kind: 'verb' };
}
