// A message and the participle that reports what it says, read as one cue in annotated news: "issued a statement
// saying", "wrote a letter to the council asking", "sent an email to staff urging". The message may name whom it went
// to ("to the council", "to him") and when ("on Friday evening"); a place or month after the recipient ends the
// reading ("sent a memo to the board in May explaining" leaves the cue "explaining").
import { DAY_PARTS } from '../../lexicon/time-words.js';

const MESSAGE = String.raw`(?:(?:a|an|the|his|her|its|their|our)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:statement|letter|memo|video|message|report|release|email|e-mail|note)s?`;
// whom the message went to: a pronoun, or a determiner, capitalised word or bare plural and up to five more words, none a
// preposition that opens a place or a time (only "of" may stand inside: "the board of governors")
const RECIPIENT = String.raw`\s+to\s+(?:him|her|them|us|me|(?:the|a|an|his|her|their|its|our|\p{Lu}[\p{L}.’'-]*|\p{Ll}+s)(?:\s+(?!(?:in|on|at|for|with|by|from|about|after|before|during|over|since|until|that|which|who|and|but)\b)[\p{L}.’'-]+){0,5}?)`;
const WHEN = String.raw`\s+(?:on|late|early|this|last)\s+[\p{L}]+(?:\s+(?:${DAY_PARTS}))?`;
const REPORTING = 'saying|calling|stating|noting|urging|declaring|describing|announcing|warning|insisting|arguing|accusing|blaming|praising|asking|demanding';

// after a verb of issuing or writing: "[issued] a statement on Friday, saying", "[wrote] a letter to the mayor asking"
// (with a recipient the participle follows with no comma: "wrote a letter to the mayor, who ..., saying" is no lead)
export const MESSAGE_THEN_PARTICIPLE = new RegExp(String.raw`^\s+${MESSAGE}(?:${RECIPIENT}(?:${WHEN})?\s+|(?:${WHEN})?,?\s+)(?:${REPORTING})\b`, 'u');

// before a reporting participle: "sent an email saying", "had sent a note to her urging" ("send" is no speech verb,
// so the participle's cue reaches back to it)
const SENT_MESSAGE = new RegExp(String.raw`\bsent\s+${MESSAGE}(?:${RECIPIENT})?(?:${WHEN})?\s+$`, 'u');
const REPORTING_FORM = new RegExp(String.raw`^(?:${REPORTING})$`);

/** Where the cue of a reporting participle `word` at `at` starts when a sent message leads it ("sent a letter to X urging"), or -1. */
export function sentMessageStart(text: string, at: number, word: string): number {
  if (!REPORTING_FORM.test(word.toLowerCase())) return -1;
  const m = SENT_MESSAGE.exec(text.slice(Math.max(0, at - 120), at));
  return m === null ? -1 : at - (m[0].length);
}
