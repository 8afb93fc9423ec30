// The hearer of a claim is not its source: in "The driver was tired, a tribunal heard", "The court heard that ...",
// "the jury heard" the claim was told to the hearing by someone the sentence does not name, so the record has no
// speaker (as PolNeAR-style annotation marks it), whichever hearing body it names: one convention for all of them.
// A headline's "..., jury told" is the same passive with its auxiliary dropped. Other subjects of "hear" ("Staff
// heard from managers that ...") are left to the speaker rules.
import type { Cue } from '../../types.js';
import { HEARING_BODIES } from '../../lexicon/hearing-bodies.js';
import { alternation } from '../alternation.js';

// the phrase ends in a hearing body, perhaps with where it sat ("a tribunal", "Leeds Crown Court", "the inquest at
// the town hall")
const ENDS_IN_HEARING_BODY = new RegExp(String.raw`\b(?:${alternation(HEARING_BODIES)})(?:\s+(?:at|in)\s+[^,;:.]{1,40})?$`, 'i');
// "told" with nothing after it but the line's or the sentence's end: a headline's passive ("..., jury told")
const TOLD_CLOSES = /^\s*(?:[.!?]|\n|$)/;

/** Whether the phrase [start, end) before `cue` is only the hearing that heard the claim. */
export function hearerOnly(text: string, start: number, end: number, cue: Cue | undefined): boolean {
  if (cue === undefined) return false;
  const told = cue.lemma === 'tell' && cue.text === 'told' && TOLD_CLOSES.test(text.slice(cue.end, cue.end + 4));
  return (cue.lemma === 'hear' || told) && ENDS_IN_HEARING_BODY.test(text.slice(start, end));
}
