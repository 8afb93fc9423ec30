// "supports A since she thinks B", "preferred A while others supported B": a subordinate clause with its own subject
// and cue right before the next cue is a second attribution, so the first content ends before the subordinator
// (content-end.ts asks this last of its cuts, for each later verb cue).
import type { Cue } from '../../types.js';
import { wordCount } from './text-utils.js';
import { occasionThenPronoun } from './occasion-phrase.js';
import { alternation } from '../alternation.js';
import { SUBORDINATORS } from '../../lexicon/subordinators.js';
import { TIME_UNITS } from '../../lexicon/time-words.js';
import { contrastAfterReport } from './content-end-cuts.js';
import { passiveEventClause } from './content-end-passive.js';
import { REPORTED_CLAUSE } from './content-end-alone.js';
import { isListedPersonOrGroup } from '../mentions/words.js';

// a subordinator, then up to five words of the subordinate clause's subject right before its cue, or up to eight when
// the head has its "of" phrase ("though several members of the ruling party have said", "although two of the nine
// judges argued") (not 'if', 'unless', 'once', 'until': a condition or a limit is part of what was said)
const SUBORDINATE_HEAD = alternation([...SUBORDINATORS.filter((w) => !/^(?:if|unless|once|until)$/.test(w)), 'whereas']);
const SUBORDINATE_THEN_SUBJECT = new RegExp(String.raw`\s(?:${SUBORDINATE_HEAD})\s+((?:[\p{L}\p{N}.’'-]+\s+){1,5}|(?:[\p{L}\p{N}.’'-]+\s+){1,3}of\s+(?:[\p{L}\p{N}.’'-]+\s+){1,4})$`, 'u');
/** How far before the later cue the subordinator is looked for: a long subject with its "of" phrase reaches this far. */
export const SUBORDINATE_WINDOW = 80;
// a preposition right before the subordinator: "on when ...", "about whether ..." ask a question of the content
const PREPOSITION_END = /\b(?:on|about|of|over|to|for|from|at|in|with|into|upon)\s+$/i;
// a comma and a time measure ("a day", "two weeks", "hours", "shortly", "just") right before 'after'/'before'
const TIME_FRAME_END = new RegExp(String.raw`,\s*(?:(?:just|only|shortly|soon|moments|(?:${TIME_UNITS})s)|(?:(?:just|only|barely|some|about|nearly)\s+)?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|several|a\s+few)\s+(?:${TIME_UNITS})s?)$`, 'i');
// what is left of a content cut right after its "that" (no cut: "finds that, while 40 percent say A, ...")
export const ONLY_THAT = /^\s*that[\s,]*$/i;

// a person noun and "to" with whom the person serves ("aides to the governor", "an adviser to Mayor Ruiz"): a subject's
// own phrase, not an infinitive
const SERVES_TO = /^(\p{L}+)\s+to\s+(?:the|a|an|his|her|their|its|\p{Lu})/u;

/** "that", "who", "which" or an infinitive's "to" in the words before the later cue: they are no subject of its own
 *  ("while trying to ...", "though that ..."); "to" after a person noun ("though aides to the governor said") is. */
function clauseWordInSubject(words: string): boolean {
  if (/\b(?:that|who|which)\b/i.test(words)) return true;
  for (const to of words.matchAll(/(\p{L}+)\s+to\b/gu)) {
    const served = SERVES_TO.exec(words.slice(to.index));
    if (served === null || !isListedPersonOrGroup(served[1]!)) return true;
  }
  return false;
}

/**
 * Where the content of `cue` ends because `clause` (the text from it up to the later cue `c`) ends in a subordinator
 * and the subject of `c`'s own clause, or -1 (no such cut: the next rule, or the sentence end, decides).
 */
export function subordinateCut(text: string, sentenceStart: number, cue: Cue, c: Cue, clause: string): number {
  // (not "on when ..." after a preposition, a question the content asks, nor "as many as"; and a
  // reason, "said he quit because he thought B", is part of what was said, unless the content
  // is a bare object: "is backing the toll because she fears B" gives the writer's reason; a
  // time, "condemned the ban after the mayor defended it", likewise: "said he quit after she
  // asked him to" keeps it)
  const sub = SUBORDINATE_THEN_SUBJECT.exec(clause);
  const subHead = sub !== null ? text.slice(cue.end, c.start - clause.length + sub.index) : '';
  const lead = sub !== null && !ONLY_THAT.test(subHead) ? wordCount(subHead) : 0;
  // ("denied she had lied, a day after a report said ...": a time measure set off by a comma before 'after'/'before'
  // frames the writer's main clause; the content ends at that comma)
  const frame = sub !== null && lead >= 1 && /^\s(?:after|before)\s/i.test(clause.slice(sub.index)) ? TIME_FRAME_END.exec(clause.slice(0, sub.index)) : null;
  if (frame !== null) return c.start - clause.length + frame.index;
  if (sub !== null && lead >= 1 && passiveEventClause(text, sentenceStart, clause.slice(sub.index), c)) return -1;
  if (sub !== null && !contrastAfterReport(cue, clause.slice(sub.index - 1), c, text.slice(sentenceStart, cue.start)) && !clauseWordInSubject(sub[1] ?? '') && !/^as\s+(?:many|much|few|little|long|well|far|soon)\s/i.test(clause.slice(sub.index + 1))
    && !PREPOSITION_END.test(clause.slice(0, sub.index + 1)) && lead >= 1 && (lead <= 3 || !/^\sbecause\s/i.test(clause.slice(sub.index)))
    && (!/^\s(?:after|before)\s/i.test(clause.slice(sub.index)) || !REPORTED_CLAUSE.test(subHead))
    // ("told reporters after the match he was proud of ...": an occasion, then the reported clause: occasion-phrase.ts)
    && !occasionThenPronoun(clause.slice(sub.index))) return c.start - clause.length + sub.index;
  return -1;
}
