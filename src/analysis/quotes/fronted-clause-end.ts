// "Since the mayor said in May that rents would fall, the party has slipped.": a cue inside a fronted
// subordinate clause reports no further than that clause; the comma before the main clause ends it.
import type { Cue } from '../../types.js';
import { alternation, capitalised } from '../alternation.js';
import { SUBORDINATORS, SUBORDINATOR_PHRASES } from '../../lexicon/subordinators.js';
import { REFERRING_SUBJECT_PRONOUNS } from '../../lexicon/pronouns.js';

// a subordinator opening the sentence (capitalised), and no comma or colon before the cue ("As X said,
// ..." is left out: its content is the main clause; "Whereas" opens a contrast clause like "While")
const OPENERS = capitalised([...SUBORDINATORS.filter((w) => w !== 'as'), 'whereas', ...SUBORDINATOR_PHRASES.split('|')]);
const FRONTED_OPENER = new RegExp(String.raw`^[\s“"‘']*(?:${alternation(OPENERS)})\s[^,;:“”"]{1,150}$`);
const OPENER_LETTER = new RegExp(`^[\\s“"‘']*[${[...new Set(OPENERS.map((w) => w.charAt(0)))].join('')}]`);
// a comma, then the main clause: a subject (an article or possessive and a few words, a pronoun, or a
// capitalised word) and a finite verb within five words, or a bare plural right before its verb
// ("engineers closed it"; "pay, hours and leave are" is a list)
const MAIN_CLAUSE_AFTER_COMMA = new RegExp(String.raw`,\s+(?:(?:the|a|an|his|her|its|their|this|these|those|${alternation(REFERRING_SUBJECT_PRONOUNS)}|there|\p{Lu}[\p{L}’'.-]*)\s+(?:[^\s,;:]+\s+){0,4}?|\p{Ll}+s\s+)(?:is|was|were|are|has|had|have|will|would|could|can|should|may|might|must|did|does|do|\p{Ll}+ed|\p{Ll}+s)\b`, 'u');

/** The content's end for a cue in a fronted subordinate clause: the comma before the main clause, else `end`. */
export function frontedClauseEnd(text: string, sentenceStart: number, cue: Cue, end: number): number {
  // (a cheap test first: the sentence's first letter is one a subordinator starts with)
  if (cue.start - sentenceStart > 160 || !OPENER_LETTER.test(text.slice(sentenceStart, sentenceStart + 3)) || !FRONTED_OPENER.test(text.slice(sentenceStart, cue.start))) return end;
  const m = MAIN_CLAUSE_AFTER_COMMA.exec(text.slice(cue.end, end));
  return m === null ? end : cue.end + m.index;
}
