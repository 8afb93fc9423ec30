// A verb of answering and the participle or gerund that says what the answer was, read as one cue in annotated news:
// "responded Friday, saying the figures were wrong", "responded by waving the report, saying ...", "answered a
// question on fares by insisting ...". Answering says nothing by itself; the speech form after it carries the content,
// and annotated news draws the cue from the answering verb to that form (3 of 3 on the dev half we read; other verbs
// before ", saying" stay out of its cue: "endorsed the plan, saying" is cue "saying").
import { WEEKDAYS } from '../../lexicon/weekdays.js';
import { DAY_PARTS } from '../../lexicon/time-words.js';

const ANSWERING = String.raw`\b(?:respond|responds|responded|reply|replies|replied|answer|answers|answered|react|reacts|reacted)`;
// when or how the answer came, between the verb and the comma: "Friday", "on Friday night", "quickly", "later"
const WHEN = String.raw`(?:\s+(?:on\s+)?(?:${WEEKDAYS})(?:\s+(?:${DAY_PARTS}))?|\s+\p{Ll}+ly|\s+later)?`;
// no sentence end, semicolon, colon, quotation mark or dash inside the reading (an apostrophe inside a word is no mark:
// "the woman’s face")
const PLAIN = String.raw`(?:[^.!?;:“”"‘’—–()]|(?<=\p{L})[’'](?=\p{L}))`;
const BEFORE_PARTICIPLE = new RegExp(String.raw`${ANSWERING}(?:${WHEN}|\s+by\s+\p{Ll}+ing\b${PLAIN}{0,60}?),\s+$`, 'u');
// "answered a question on fares by insisting": the answer's gerund after "by", with no comma between
const BEFORE_GERUND = new RegExp(String.raw`${ANSWERING}(?:\s+(?:[^\s.!?;:,“”"‘’—–()]|(?<=\p{L})[’'](?=\p{L}))+){0,8}?\s+by\s+$`, 'u');
const REPORTING = /^(?:saying|adding|arguing|asserting|insisting|noting|claiming|declaring|explaining|suggesting|calling|accusing|blaming|warning|stating|pointing\s+out)$/i;

/** Where the cue of the participle or gerund `word` at `at` starts when a verb of answering leads it, or -1. */
export function answerLeadStart(text: string, at: number, word: string): number {
  if (!REPORTING.test(word)) return -1;
  const window = text.slice(Math.max(0, at - 120), at);
  const m = BEFORE_PARTICIPLE.exec(window) ?? BEFORE_GERUND.exec(window);
  return m === null ? -1 : at - window.length + m.index;
}
