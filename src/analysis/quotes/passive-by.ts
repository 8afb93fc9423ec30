// The "by" that opens a passive cue's agent ("was criticised by the mayor", "are considered unclean by X"), a few
// words after the cue; subjects.ts verbSpeaker reads the agent's phrase after it. A deadline or a measure after "by"
// is no agent, and weather, works and schedule copy is full of them.
import { DAY_PARTS, RELATIVE_DAYS, SEASONS } from '../../lexicon/time-words.js';
import { MONTHS, WEEKDAYS } from '../../lexicon/weekdays.js';

// a deadline after "by", which names no agent: "is expected to ease by the afternoon", "to be done by the end of May",
// "by Friday", "by 2030", "by 5 p.m.", and a measure ("to fall by 10 percent"). Case-sensitive: a capitalised day part
// or season opens a name ("by the Morning Courier", "by Spring Harbour Capital"), and a weekday or month before a
// capital or a possessive is a name's or a paper's ("by May Lin", "by the Sunday Tribune", "by Monday's editorial");
// a number before the people it counts is an agent ("by 200 economists")
const DEADLINE = String.raw`(?:the\s+)?(?:end|start|middle|close|time|turn|weekend|${DAY_PARTS}|${SEASONS}|noon|midday|midnight|dawn|then|now|${RELATIVE_DAYS}|next|early|late|mid)\b`
  + String.raw`|(?:the\s+)?(?:${WEEKDAYS}|${MONTHS})\b(?!['’]s\b|\s+\p{Lu})`
  + String.raw`|(?:19|20)\d\d\b(?![\d,])|\d{1,2}(?:[:.]\d\d)?\s*(?:a\.?m\b|p\.?m\b|o['’]clock)|\d[\d.,]*\s*(?:%|percent\b|per\s+cent\b|(?:percentage\s+)?points?\b)`;
/** "by" and the space after it, up to six words after a passive cue, unless a deadline follows. */
export const PASSIVE_BY = new RegExp(String.raw`^\s*(?:[^\s,;:.!?“”"()]+\s+){0,6}?(?:by|By|BY)\s+(?!${DEADLINE})`, 'u');
