// A hedge between commas inside another report: "The council said the bridge, it appears, would stay shut", "The
// chef said the trainees, I think, were the best", "Growers say the dam, they fear, is too low". The parenthetical
// ("it seems", "I think", "we believe", and with a third-person pronoun a verb of belief: "they believe", "he
// suspects") qualifies the reported clause it stands in; it is no attribution of its own, and read as one (the "Five
// years ago, he said, ..." aside) its content took the whole sentence, the outer report's cue with it. Standing alone
// ("The bridge, it appears, will stay shut") the hedge is still the sentence's cue (content-before.ts). A verb of
// saying with a third-person subject ("the port, she added, would follow") is a speaker's aside, read as one.
import type { Cue } from '../../types.js';
import { alternation } from '../alternation.js';
import { BELIEF_FORMS } from '../../lexicon/hedges.js';
import { RAISING_VERBS } from '../../lexicon/non-speaker-subjects.js';

// the finite forms of seeming after the impersonal "it" ("it seems", "it appeared"): the raising verbs' -s and -ed forms
const SEEMING_FORMS = [...RAISING_VERBS].filter((w) => /(?:s|ed)$/.test(w));
// the parenthetical's subject right after a comma: the impersonal "it" or the first person (with any one-word verb)
const HEDGE_SUBJECT = /,\s*(?:it|I|we)\s+$/;
// or a third-person pronoun (or "you") with a verb of belief
const BELIEF_SUBJECT = /,\s*(?:he|she|they|you)\s+$/;
const BELIEF_VERB = new RegExp(`^(?:${alternation(BELIEF_FORMS)})$`, 'i');
// the comma closing it right after the verb
const CLOSING_COMMA = /^\s*,/;
// the whole parenthetical in a stretch of text, for the readers that see words, not cues
const HEDGE_PARENTHETICAL = new RegExp(String.raw`,\s*(?:(?:it\s+(?:${alternation(SEEMING_FORMS)}))|(?:I|we|he|she|they|you)\s+(?:${alternation(BELIEF_FORMS)}))\s*,`, 'g');

/**
 * Whether `cue` is a ", it seems," / ", I think," / ", they believe," parenthetical inside the content of `report`, a
 * cue earlier in its sentence with no semicolon or colon between them (after one, the hedge qualifies a clause of
 * the writer's).
 */
export function hedgeAsideInReport(text: string, sentenceStart: number, report: Cue | undefined, cue: Cue): boolean {
  if (report === undefined || report.start < sentenceStart || report.end >= cue.start) return false;
  if (/[;:]/.test(text.slice(report.end, cue.start))) return false;
  // (a one-word verb: "it seems", not "it was said that")
  if (/\s/.test(cue.text)) return false;
  const before = text.slice(Math.max(report.end, cue.start - 8), cue.start);
  const subject = HEDGE_SUBJECT.test(before) || (BELIEF_SUBJECT.test(before) && BELIEF_VERB.test(cue.text));
  return subject && CLOSING_COMMA.test(text.slice(cue.end, cue.end + 3));
}

/**
 * `window` with each hedge parenthetical and its two commas blanked, so "the pier, I think, is safe" reads as one
 * clause to a reader of commas and verbs; the length, and so every offset, is kept.
 */
export function withoutHedges(window: string): string {
  return window.replace(HEDGE_PARENTHETICAL, (m) => ' '.repeat(m.length));
}
