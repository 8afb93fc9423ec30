// A second attribution inside a first one's content: "Half backed Ida Varn, while 6 in 10 men supported Ivo
// Berg.", "The club denied the report, and a fan group in the north stand repeated it.". The inner cue has
// a subject of its own (found by the speaker rules) right after a clause join, so the first content ends at
// the join and both stand. content-end.ts cuts at such joins when the subject is short; this reads the
// subject the inner draft found instead of counting words, so a long one ("a fan group in the north stand
// of Tarnby", "about 6 in 10 young men") ends the first content too.
import type { Draft } from './draft.js';
import { wordCount } from './text-utils.js';
import { asideGoesOn, frontedClauseEnds } from './content-end-cuts.js';

// how far before the subject a join is looked for
const REACH = 40;
// a comma or semicolon (a closing quote mark may follow it), perhaps 'and', 'but' or 'yet'; a dash and one of
// those three ('the deal -- but the union called it ...'; a dash alone sets words off inside a clause); or 'while',
// 'whereas' (group 1); then perhaps the head of a share of people the subject mention leaves out ("about 6 in")
const JOIN = new RegExp(String.raw`(?:[,;][”"’']?\s*(?:and|but|yet)?|\s(?:[—–]|--?)\s*(?:and|but|yet)|(?:[,;][”"’']?)?\s(while|whereas))\s+`
  + String.raw`(?:(?:about|nearly|almost|roughly|some|only|just|over|under|more\s+than|fewer\s+than|less\s+than)\s+)?`
  + String.raw`(?:\p{N}+(?:\s+in|\s+out\s+of|\s+percent\s+of|%\s+of)\s+)?$`, 'iu');
// after a comma join, the first content keeps at least this many words ("said the club, and fans ..." is
// more likely one subject in two parts than two clauses)
const MIN_WORDS_BEFORE_COMMA = 3;

/**
 * Where the content of `outer` ends when `inner`'s cue, inside it, opens a clause of its own; -1 when it
 * does not. The inner subject stands right before its cue (no aside between) and after the outer cue; a
 * comma that closes a subordinate clause opening the content ("that while A, he B") is no join.
 */
export function ownClauseStart(text: string, inner: Draft, outer: Draft): number {
  const m = inner.who.speakerMention;
  if (inner.rule !== 'X-said-content' || inner.who.speakerRule !== 'subject' || m === null || outer.cue === null || inner.cue === null) return -1;
  if (m.start <= outer.cue.end || m.start <= outer.start || m.end > inner.cue.start || text.slice(m.end, inner.cue.start).includes(',')) return -1;
  // ("Without the grant, Ida Berg said, she feared ...": the pronoun after an aside's cue is no subject of its own)
  if (asideGoesOn(text.slice(outer.cue.end, inner.cue.start), text.slice(outer.start, outer.cue.start))) return -1;
  const from = Math.max(outer.start, m.start - REACH);
  const join = JOIN.exec(text.slice(from, m.start));
  if (join === null) return -1;
  const cut = from + join.index;
  const before = text.slice(outer.cue.end, cut);
  if (frontedClauseEnds(before, text.slice(cut, m.end))) return -1;
  // ("said that while voters backed A, ...": a 'that' alone is no content)
  const words = wordCount(text.slice(outer.start, cut).replace(/^\s*that\b/i, ''));
  return words >= (join[1] !== undefined ? 1 : MIN_WORDS_BEFORE_COMMA) ? cut : -1;
}
