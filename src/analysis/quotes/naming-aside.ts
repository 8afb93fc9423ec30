// A naming aside between a cue and its "that": "said on Monday, in what it called a final offer, that pay would rise".
// The aside is the writer's framing with someone's word for the act (a verb of naming, lexicon/speech-verbs-stance.ts);
// it tells how the saying was labelled, so the first cue's content starts after the "that" and runs on over the aside,
// and the naming verb's own content ends at the aside's closing comma.
import type { Cue } from '../../types.js';
import { OBJECT_NAMING_VERBS } from '../../lexicon/speech-verbs-stance.js';
import { finiteForms } from '../../lexicon/speech-verbs.js';
import { alternation } from '../alternation.js';

// the naming verb in any form a subject may take before it ("called", "calls", "call"), "as" after those that want it
const FORMS = [...OBJECT_NAMING_VERBS].flatMap((l) => [l, ...Object.values(finiteForms(l) ?? {})]);
const NAMING_VERB = String.raw`(?:${alternation(FORMS)})(?:\s+as)?`;
// "in what" and the words of the aside's own subject ("in what the union called") or the passive's auxiliary ("in what
// was called"), one to four before the naming verb; none when read right before a cue, which holds the auxiliary
// (its last group is one word: LEAD and LEAD_BEFORE_CUE count it)
const LEAD_WORDS = String.raw`in\s+what\s+(?:[^\s,;:.!?“”"()]+\s+)`;
const LEAD = `${LEAD_WORDS}{1,4}?`;
// the name it gives: a short noun phrase with no clause stop in it, then the aside's closing comma (inside or outside
// the name's marks: “a final offer,”)
const NAME = String.raw`[^,;:.!?()]{1,60}?(?:,[”"’']|[”"’']?,)`;

/** One naming aside as a regex piece, from "in" up to its closing comma (not over it, unless the name's closing mark
 *  follows it): for content-start-adverbials.ts. */
export const NAMING_ASIDE = String.raw`${LEAD}${NAMING_VERB}\s+[^,;:.!?()]{1,60}?(?:,[”"’']|[”"’']?(?=,))`;

// the aside's lead right before the naming verb, whose cue may hold the passive's auxiliary ("was called")
const LEAD_BEFORE_CUE = `${LEAD_WORDS}{0,4}?`;
// the words between the first cue's end and the naming verb: an adverbial or two, the aside's comma, its lead
const BEFORE_NAMING = new RegExp(String.raw`^[^,;:.!?“”"()]{0,40},\s*${LEAD_BEFORE_CUE}$`, 'u');
// the aside's comma and its lead, right before the naming verb
const LEAD_AFTER_COMMA = new RegExp(String.raw`,\s*${LEAD_BEFORE_CUE}$`, 'u');
// the words after the naming verb: "as" perhaps, the name, its comma, then the "that" of the first cue's clause
const AFTER_NAMING = new RegExp(String.raw`^(?:\s+as)?\s+${NAME}\s*that\s`, 'u');
// a whole aside after a comma, before the "that": blanked out of the window where the content's start is read
const ASIDE_BEFORE_THAT = new RegExp(String.raw`,\s*${LEAD}${NAMING_VERB}\s+${NAME}(?=\s*that\s)`, 'gu');

/** Whether the later cue `c` is the naming verb of an aside that stands between the cue ending at `cueEnd` and its
 *  "that" clause (the first cue's content goes on over it). */
export function namingAsideBeforeThat(text: string, cueEnd: number, c: Cue): boolean {
  return OBJECT_NAMING_VERBS.has(c.lemma) && BEFORE_NAMING.test(text.slice(cueEnd, c.start)) && AFTER_NAMING.test(text.slice(c.end, c.end + 90));
}

/** Where the content of a naming verb in such an aside ends (the aside's closing comma), or -1 when `cue` is in none:
 *  `ss` is the sentence start. */
export function namingAsideEnd(text: string, ss: number, cue: Cue): number {
  if (!OBJECT_NAMING_VERBS.has(cue.lemma)) return -1;
  if (!LEAD_AFTER_COMMA.test(text.slice(Math.max(ss, cue.start - 60), cue.start))) return -1;
  const after = AFTER_NAMING.exec(text.slice(cue.end, cue.end + 90));
  return after === null ? -1 : cue.end + after[0].replace(/,[”"’']?\s*that\s$/u, '').length;
}

/** `window` (the text after a cue) with each naming aside before a "that" blanked to spaces, offsets kept ("told the
 *  court on Monday, in what she called a routine visit, that ..." reads as "told the court on Monday that ..."). */
export function withoutNamingAsides(window: string): string {
  return window.replace(ASIDE_BEFORE_THAT, (m) => ' '.repeat(m.length));
}
