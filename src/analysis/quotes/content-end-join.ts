// "The firm said fares would rise, but pensioners would ride free, it added.": a clause joined by a comma and a
// conjunction after a report, and framed by a second cue after it, is that second cue's content; the first report
// ends at the join. content-before.ts starts the second content there, content-end.ts ends the first one there.
import { wordCount } from './text-utils.js';
import { MAX_CONTENT, MAX_TAIL_WORDS } from './cue-context.js';
import { finiteVerbStarts } from './finite-verbs.js';

// a comma and a conjunction joining a clause
const CLAUSE_JOIN = /,\s*(?:and|but|while|though|although|yet)\s+/gi;
// words that open no clause of its own after the conjunction: a contrast or addition the first report goes on with
// ("but not for the reasons critics gave", "and only after a vote", "but in a calm manner")
const NO_CLAUSE_OPENER = /^(?:not|only|also|still|then|never|even|just|in|on|at|for|with|from|by|to|as|after|before|because|if|when|without)\b/i;
const MIN_CLAUSE_WORDS = 3;

export interface ClauseJoin {
  /** where the first report ends (the comma) */
  join: number;
  /** where the joined clause starts */
  clause: number;
}

/** The last comma and conjunction between a cue ending at `after` and the frame of a second cue at `at`, when the
 *  first report keeps two words and the joined clause has a subject and a finite verb of its own; else null. */
export function clauseJoin(text: string, after: number, at: number): ClauseJoin | null {
  const from = Math.max(after, at - MAX_CONTENT);
  const window = text.slice(from, at);
  let last: RegExpExecArray | null = null;
  CLAUSE_JOIN.lastIndex = 0;
  for (let m = CLAUSE_JOIN.exec(window); m !== null; m = CLAUSE_JOIN.exec(window)) last = m;
  if (last === null) return null;
  const join = from + last.index;
  const clause = join + last[0].length;
  const joined = text.slice(clause, at);
  if (wordCount(text.slice(after, join)) < 2 || wordCount(joined) < MIN_CLAUSE_WORDS || NO_CLAUSE_OPENER.test(joined)) return null;
  // (quotation marks or an aside inside: no plain clause)
  if (/[“”"()]/.test(joined) || finiteVerbStarts(joined).length === 0) return null;
  return { join, clause };
}

/** clauseJoin, for a report whose second cue at `at` frames the joined clause: the sentence after that cue, `tail`, is
 *  only a short tail of the frame ("..., it added on Monday."), with no clause of its own ("that ...") to report. */
export function framedClauseJoin(text: string, after: number, at: number, tail: string): ClauseJoin | null {
  return wordCount(tail) <= MAX_TAIL_WORDS && !/\bthat\b/i.test(tail) ? clauseJoin(text, after, at) : null;
}

// a comma or semicolon, perhaps a conjunction, right before a second source's "according to", read in the few
// characters before it, not back to the first cue
const ACCORDING_LEAD = /[,;]\s*(?:and|but|yet|while)?\s*$/i;
const ACCORDING_LOOK_BACK = 24;

/** Where a report whose cue ends at `after` ends before a second source's "according to" at `at`: at the comma before
 *  it ("said the bridge was safe, but according to the engineers it needs repairs"), or at an earlier join when the
 *  clause joined there is that source's, as with "it added" ("said A, but B, according to the engineers"); -1 when
 *  there is no such comma or the report would keep fewer than two words. `tail` is the sentence after the source. */
export function accordingToEnd(text: string, after: number, at: number, tail: string): number {
  const lookBack = Math.max(after, at - ACCORDING_LOOK_BACK);
  const lead = ACCORDING_LEAD.exec(text.slice(lookBack, at));
  if (lead === null) return -1;
  const end = lookBack + lead.index;
  return wordCount(text.slice(after, end)) >= 2 ? framedClauseJoin(text, after, end, tail)?.join ?? end : -1;
}
