// A condition or time clause fronted before the frame ("If the levy passes, she said, “we will all pay.”",
// "Even if the dam holds, the engineer said the town must move") belongs to what was said: the content runs
// from the sentence start over speaker and cue. Not "Asked whether ..., she said": the question is the
// interviewer's; not a scene the writer sets ("When the vote was called, she said ...").
import { alternation, capitalised } from '../alternation.js';
import { SUBORDINATORS } from '../../lexicon/subordinators.js';

// the subordinators capitalised, but not "When" and "As", which set the writer's scene, and "Even if" but not
// "Even though"; a clause with a verb of its own ("While touring the plant, she said: “...”" has no subject and
// is the frame's)
const CONDITION_OPENERS = capitalised([...SUBORDINATORS.filter((w) => w !== 'when' && w !== 'as'), String.raw`even\s+if`]);
const FRONTED_CONDITION = new RegExp(String.raw`^[\s“"‘']*(?:${alternation(CONDITION_OPENERS)})\s(?!\p{Ll}+ing\b)(?![^,]*\b(?:asked|pressed|questioned)\b)[^,;:“”"]{6,200}$`, 'u');
// before a reported clause with no marks, only a condition proper ("If", "Even if", "Unless", perhaps after "And"
// or "But"): a concession or a time clause there is mostly the writer's ("Although the vote failed, officials say
// ...", "Since the flood, residents have told ..."), unless commas set the frame off as an aside
// ("Though the first vote was close, she said, the second will not be")
const CONDITION_ONLY = /^[\s“"‘']*(?:(?:And|But)\s+(?:if|unless|even\s+if)|If|Unless|Even\s+if)\s(?![^,]*\b(?:asked|pressed|questioned)\b)[^,;:“”"]{6,200}$/u;
// the plain verbs of saying that take a bare reported clause after a fronted condition
const SAY_OR_TELL = new Set(['say', 'tell']);

/**
 * Where the content starts when a fronted condition before the subject belongs to it (the sentence start), or
 * -1. `lead` is the text from the sentence start to the comma before the subject; `afterCue` the text between
 * the cue and the content.
 */
export function frontedConditionStart(lead: string, ss: number, kind: 'quote' | 'content', lemma: string, afterCue: string): number {
  if (lead.length > 200) return -1;
  if (kind === 'quote') return FRONTED_CONDITION.test(lead) ? ss : -1;
  if (!SAY_OR_TELL.has(lemma)) return -1;
  // (a "that" before the content makes the clause the cue's object, so a comma after the cue opens a phrase set
  // inside the frame, not the frame's end: "After long talks, the union said, in a letter, that pay would rise")
  const aside = /^,/.test(afterCue) && !/\bthat\s*$/.test(afterCue);
  // (after "And"/"But" the opener is in lower case: capitalise it as it would open the sentence alone)
  const opened = lead.replace(/^(\s*)(?:And|But)\s+(\p{Ll})/u, (_m, space: string, first: string) => space + first.toUpperCase());
  return CONDITION_ONLY.test(lead) || (aside && FRONTED_CONDITION.test(opened)) ? ss : -1;
}
