// A stance noun no one holds by name: "Pressure grew after criticism of the ruling", "the political opposition to
// the dam has grown", "because of public outrage over fares". Annotated news counts the thing judged as an
// attribution to nobody named, as for "allegations of bribery"; the noun, its modifiers and the preposition are the
// cue, the object after it the content (quotes/nominal-content.ts reads it as an allegation's). Only where the noun
// phrase opens after an article, a preposition or a sentence start: after a verb ("dismissed criticism of", "voiced
// opposition to") the verb governs it and its own reading (or none) stands. A bounded look-back per noun.
import type { Cue } from '../../types.js';
import { OPEN_STANCE_NOUNS, OPEN_STANCE_PREPOSITIONS } from '../../lexicon/stance-nouns.js';
import { IRREGULAR_PASTS } from '../../lexicon/past-forms.js';
import { alternation } from '../alternation.js';

export const OPEN_STANCE = new Set(OPEN_STANCE_NOUNS);

// a preposition and a word after the noun ("criticism of the ruling"; "criticism of $2 million" is rare enough)
const OBJECT_AFTER = new RegExp(`^\\s+(?:${alternation(OPEN_STANCE_PREPOSITIONS)})(?=\\s+[\\p{L}\\p{N}“"‘'])`, 'u');
// up to three modifiers, perhaps joined by "and" ("civic and moral", "growing"), none a determiner, a
// possessive, a preposition ("the coach after criticism of"), a clause word, a verb in -ed or -s or an irregular past
// ("the mayor faced criticism", "the club drew criticism": a verb stands there, and the verb's reading is the one
// that counts)
const MODIFIER = String.raw`(?!(?:the|a|an|and|or|but|that|which|who|his|her|its|their|our|this|these|those|no|of|after|amid|amidst|despite|over|with|by|from|following|about|for|against|to|on|in|at|under|${alternation(IRREGULAR_PASTS)})\s)(?![\p{Ll}-]+(?:ed|s)\s)[\p{Ll}-]+\s+(?:and\s+)?`;
// what opens the noun phrase: a sentence or line start, a clause mark, a preposition or a conjunction, perhaps with an
// article or "no" (after a verb the verb governs even an article's noun: "The report offers a criticism of ...")
const FRAME = String.raw`(?:^|\n|[.!?:;,—–]["”’']?\s*|\b(?:of|[Aa]fter|[Aa]mid|[Aa]midst|[Dd]espite|over|with|by|from|[Ff]ollowing|about|for|against|because\s+of|to|on|and|but|[Bb]ut|[Aa]nd|or|while|[Ww]hile)\s+)(?:(?:[Tt]he|[Aa]n?|[Nn]o)\s+)?`;
const FRAME_BEFORE = new RegExp(String.raw`${FRAME}((?:${MODIFIER}){0,3})$`, 'u');
// (group 1: the modifiers)

/** The open stance cue of the noun `noun` at `start` (the text `before` it, up to 60 characters), or null. */
export function openStanceCue(text: string, noun: string, start: number, before: string): Cue | null {
  if (!OPEN_STANCE.has(noun)) return null;
  const object = OBJECT_AFTER.exec(text.slice(start + noun.length, start + noun.length + 12));
  const frame = object === null ? null : FRAME_BEFORE.exec(before);
  if (object === null || frame === null) return null;
  const from = start - (frame[1] ?? '').length;
  const end = start + noun.length + object[0].length;
  return { text: text.slice(from, end), start: from, end, lemma: noun, kind: 'noun', construction: 'alleged' };
}
