// The subject before a verb cue, for verbCue (verb-cue.ts): the phrase before it, read after the cue before it
// unless that cue stands in a comma aside; the noun before a relative on the subject; a rule laying something down
// (rule-source.ts); no time or place phrase; and for a passive or raising cue the bound before its count.
import type { Cue } from '../../types.js';
import { subjectRelative, type Ctx } from './cue-context.js';
import { phraseBefore, stripAux, type Range } from './positions.js';
import { RELATIVE_ASIDE, subjectBefore, SUBORDINATE_ASIDE } from './subject-before.js';
import { ruleSourceBefore } from './rule-source.js';
import { TIME_UNITS } from '../../lexicon/time-words.js';
import { COUNT_WORDS } from '../../lexicon/number-words.js';
import { alternation } from '../alternation.js';
import { finiteVerbStarts } from './finite-verbs.js';

// the bound before a count that opens the subject ("More than 200 homes", "as many as 30 staff", "up to a dozen
// climbers"): "than", "as" and "to" end a phrase read backwards (positions.ts), so the bound is put back here
const COUNT_LEAD = /(?:^|[\s(])((?:(?:no|not|many|far|well|much)\s+)?(?:more|fewer|less)\s+than|as\s+(?:many|much|few)\s+as|up\s+to)\s*$/i;
// a spelled count: a number word or a round count ("a dozen", "hundreds"), shared by COUNT_START and COUNT_BOUND
const SPELLED_COUNT = String.raw`a\s+dozen|dozens|hundreds|thousands|${alternation(COUNT_WORDS)}`;
const COUNT_START = new RegExp(String.raw`^(?:\d|(?:half|${SPELLED_COUNT})\b)`, 'i');

// a passive or raising cue ("are believed", "were feared", "have been reported"), whose whole clause is the content:
// only there does the bound belong to what is reported (an active verb's count stays the speaker's phrase as read)
const BE_CUE = /^(?:is|are|was|were|be|been|being|(?:has|have|had)\s+been)\s/i;

/** `subj` widened back over the bound before its count, if one stands there ("More than 200 homes"). */
function withCountLead(text: string, ss: number, subj: Range | null): Range | null {
  if (subj === null || !COUNT_START.test(text.slice(subj.start, subj.start + 12).trimStart())) return subj;
  const from = Math.max(ss, subj.start - 24);
  const m = COUNT_LEAD.exec(text.slice(from, subj.start));
  return m === null ? subj : { start: from + m.index + m[0].indexOf(m[1] ?? ''), end: subj.end };
}

// a count with its bound opening the subject ("At least 40 homes", "at most two climbers", "At least a dozen
// staff"), not a time ("at least twice", "at least three years ago")
const COUNT_BOUND = new RegExp(String.raw`^at\s+(?:least|most)\s+(?:\d[\d,.]*|${SPELLED_COUNT})(?:-\p{L}+)?\s+(?!(?:times|once|twice|${TIME_UNITS})s?\b)\p{L}`, 'iu');
// a preposition or a time word opening the phrase read as the subject: a time or place phrase
const TIME_OR_PLACE_LEAD = /^\s*(?:in|on|at|during|after|before|last|this|for|since|earlier|later)\b/i;

// "that" closing the text before a phrase: the phrase opens a clause on a noun before it
const THAT_BEFORE = /\bthat\s*$/i;

/**
 * "The fact that the dam leaked seemed odd", "Her fear that the league would ban players seemed justified": a phrase
 * after "that" holding a finite verb of its own is that clause, not the subject; the subject is the noun before
 * "that" with its clause, read after `from`. Else `subj` as is.
 */
function withNounClause(text: string, from: number, subj: Range): Range {
  const lead = THAT_BEFORE.exec(text.slice(Math.max(from, subj.start - 8), subj.start));
  if (lead === null || finiteVerbStarts(text.slice(subj.start, subj.end)).length === 0) return subj;
  const head = phraseBefore(text, from, subj.start - lead[0].length);
  return head === null ? subj : { start: head.start, end: subj.end };
}

/**
 * The subject of the verb cue `cue`, the cue before it in the sentence being `prevCue`; `names` tells whether a range
 * names someone. Null when none stands there.
 */
export function verbSubject(ctx: Ctx, cue: Cue, prevCue: Cue | undefined, names: (r: Range) => boolean): Range | null {
  const text = ctx.s.doc.text;
  const ss = ctx.sentence.start;
  // (but not a cue in a comma aside before this one: "Lee, when asked whether ..., said" is Lee's,
  // "The union, which had backed the strike, praised" the union's)
  // (an aside in brackets likewise: "Two nurses (who asked not to be named) said" is the nurses')
  const asideFrom = prevCue !== undefined ? Math.max(ss, prevCue.start - 40) : ss;
  const asideLead = prevCue !== undefined ? text.slice(asideFrom, prevCue.start) : '';
  const comma = asideLead.lastIndexOf(',');
  const open = asideLead.lastIndexOf('(');
  const asideStart = asideLead.slice(Math.max(comma, open) + 1);
  const asideEnd = prevCue !== undefined ? text.slice(prevCue.end, stripAux(text, prevCue.end, cue.start)) : '';
  const prevAside = prevCue !== undefined && (SUBORDINATE_ASIDE.test(asideStart) || RELATIVE_ASIDE.test(asideStart))
    && /[,)]\s*$/.test(asideEnd);
  // (the subject stands before the bracket, never inside it: "The teacher (whom pupils called strict) said" is the
  // teacher's, not the pupils'; subjectBefore skips comma asides only)
  const subjectEnd = prevAside && open > comma && /\)\s*$/.test(asideEnd) ? asideFrom + open : cue.start;
  // ("The cook who wants to open a cafe said ...": after a relative on the subject, the noun before it)
  const relStart = prevCue !== undefined && prevCue.kind === 'verb' ? subjectRelative(text, ss, prevCue) : -1;
  const subj0 = relStart >= 0 && !/[,;:“”"()]/.test(text.slice(prevCue?.end ?? ss, cue.start)) ? phraseBefore(text, ss, relStart)
    : subjectBefore(text, prevCue !== undefined && !prevAside ? Math.max(ss, prevCue.end) : ss, subjectEnd, names);
  // ("Lawmakers passed a bill requiring ...": the rule laying something down is the subject; rule-source.ts)
  const rule = ruleSourceBefore(text, ss, cue, stripAux(text, ss, cue.start));
  if (rule !== null) return rule;
  if (subj0 === null) return null;
  // "who in 1999 said": a time or place phrase is not a subject, but a count with its bound is ("At least 40
  // homes are believed to have burned": the hedge reports the whole clause, count included)
  if (TIME_OR_PLACE_LEAD.test(text.slice(subj0.start, subj0.start + 8)) && !COUNT_BOUND.test(text.slice(subj0.start, subj0.end))) return null;
  // (the noun before "that" may be the cue before this one, "Her fear that ...": its phrase is read after the cue before it)
  const outer = prevCue?.kind === 'noun' ? ctx.cues[ctx.cues.indexOf(prevCue) - 1] : prevCue;
  const subj = withNounClause(text, outer !== undefined && outer.end <= subj0.start ? Math.max(ss, outer.end) : ss, subj0);
  return BE_CUE.test(cue.text) ? withCountLead(text, ss, subj) : subj;
}
