// Whether the words the quote rules put in the speaker position make a noun phrase that can name a speaker
// the mention stage did not list ("A district court ruled", "Exit polls show", "Nearly half said"), or
// are a piece of a clause cut badly ("has been open", "debating a disputed", "a plan was held").
// Only a noun phrase may stand as a speaker mention; anything else names nobody.
import {
  INNER_PREPOSITIONS, LEADING_SKIP, NEVER_IN_PHRASE, PHRASE_DETERMINERS, QUANTITY_HEADS,
} from '../../lexicon/noun-phrase-words.js';
import { isAdjective, isDateWord, isDemonym, isKnownName, isPersonNoun, isPluralNoun, isPureNoun, isVerbForm } from './words.js';

export interface PhraseRange {
  start: number;
  end: number;
}

// a word, a number ("10,000", "4.5"), a money or percent sign; hyphens and apostrophes inside words
const WORD = /[$%]|\p{N}[\p{N},.]*\p{N}|\p{N}|[\p{L}][\p{L}\p{N}’'-]*\.?/gu;
// a word the shape of an adjective ("controversial", "supportive"), when the lexicon does not know it
const ADJECTIVE_SHAPE = /(?:al|ive|ous|ful|ic|able|ible|less|ish)$/;
const MAX_WORDS = 12;

interface Word {
  text: string;
  lower: string;
  start: number;
  end: number;
}

function words(text: string, start: number, end: number): Word[] | null {
  const out: Word[] = [];
  // longer than twelve long words: no subject we would take, and no scan needed
  if (end - start > 160) return null;
  const slice = text.slice(start, end);
  // a quotation mark, a dash or a clause mark inside: a clause, not a name
  if (/[“”"«»„;:!?()\[\]—–]/.test(slice)) return null;
  for (const m of slice.matchAll(WORD)) {
    const t = m[0].replace(/\.$/, '');
    out.push({ text: t, lower: t.toLowerCase().replace(/’/g, "'"), start: start + (m.index ?? 0), end: start + (m.index ?? 0) + t.length });
    if (out.length > MAX_WORDS) return null;
  }
  return out;
}

const capitalised = (w: Word): boolean => /^\p{Lu}/u.test(w.text);
const numeric = (w: Word): boolean => /^[\p{N}$%]/u.test(w.text);

/** A word that can end a noun phrase: a noun, a name, a number or a share ("half"). */
function canHead(w: Word, afterDeterminer: boolean, prev: Word | undefined): boolean {
  if (numeric(w) || QUANTITY_HEADS.has(w.lower)) return true;
  if (NEVER_IN_PHRASE.has(w.lower) || PHRASE_DETERMINERS.has(w.lower) || INNER_PREPOSITIONS.has(w.lower) || isDateWord(w.lower)) return false;
  if (capitalised(w)) return !/ly$/.test(w.lower) && !(isVerbForm(w.lower) && !isPluralNoun(w.lower));
  // (an -ly word is an adverb unless the lexicon knows it only as a noun: "the clerk's tally", "a family", "the reply")
  if ((/ed$/.test(w.lower) || (/ly$/.test(w.lower) && !isPureNoun(w.lower))) || w.lower.endsWith("'s")) return false;
  // "this finding", "the ruling": an -ing word heads a phrase only after a determiner
  if (w.lower.endsWith('ing')) return afterDeterminer;
  // a plural shape heads a subject even when the lexicon also knows it as a verb ("volunteers", "room rates")
  if (isPersonNoun(w.lower) || isPluralNoun(w.lower) || /[^s']s$/.test(w.lower)) return true;
  // a word the lexicon knows as an adjective heads the phrase only after a noun ("the tech giant", not
  // "the central" or "a controversial")
  if (isAdjective(w.lower)) return prev !== undefined && !PHRASE_DETERMINERS.has(prev.lower) && !isAdjective(prev.lower) && !/ly$/.test(prev.lower) && !numeric(prev);
  if (isVerbForm(w.lower)) return false;
  return !ADJECTIVE_SHAPE.test(w.lower);
}

/** A word that can stand inside a noun phrase before its head: a determiner, a modifier, a possessor, a number. */
function canModify(w: Word, first: boolean, takesObject: boolean): boolean {
  if (NEVER_IN_PHRASE.has(w.lower)) return false;
  if (PHRASE_DETERMINERS.has(w.lower) || INNER_PREPOSITIONS.has(w.lower)) return true;
  // a verb opening a clause with its object ("mailed out a stack of", "debating a", "drawing on
  // savings") is no modifier; "Voting rights advocates", "delivery companies" are noun phrases
  if (first && takesObject && (/(?:ing|ed)$/.test(w.lower) || (isVerbForm(w.lower) && !isPluralNoun(w.lower) && !isAdjective(w.lower)))) return false;
  return true;
}

/**
 * The noun phrase that [start, end) is, leading conjunctions and approximators aside ("And analysts",
 * "Nearly half"), or null when the words are no noun phrase.
 */
export function nounPhrase(text: string, start: number, end: number): PhraseRange | null {
  const ws = words(text, start, end);
  if (ws === null) return null;
  let i = 0;
  // "And analysts", "Nearly half": leading words aside, but a quantity keeps its approximator ("About 4 in 10")
  while (i < ws.length - 1 && LEADING_SKIP.has(ws[i]!.lower) && !(numeric(ws[i + 1]!) || QUANTITY_HEADS.has(ws[i + 1]!.lower))) i++;
  // "With polls showing ...": an absolute phrase's subject follows "with"
  if (i < ws.length - 1 && ws[i]!.lower === 'with') i++;
  const first = i;
  const head = ws[ws.length - 1];
  if (head === undefined || first >= ws.length) return null;
  const takesObject = ws.slice(first + 1).some((w) => PHRASE_DETERMINERS.has(w.lower) || INNER_PREPOSITIONS.has(w.lower));
  if (!canHead(head, ws.slice(first, -1).some((w) => PHRASE_DETERMINERS.has(w.lower)), ws.length - 2 >= first ? ws[ws.length - 2] : undefined)) return null;
  // a capitalised adjective alone ("Coastal rules ...", "National ...") opens a phrase cut short, names nobody
  if (first === ws.length - 1 && capitalised(head) && !QUANTITY_HEADS.has(head.lower) && !isKnownName(head.lower) && (isAdjective(head.lower) || isDemonym(head.lower) || ADJECTIVE_SHAPE.test(head.lower))) return null;
  // the phrase must start like one: not with a preposition ("By the time ...", "of the plan")
  if (INNER_PREPOSITIONS.has(ws[first]!.lower)) return null;
  for (let k = first; k < ws.length - 1; k++) {
    const w = ws[k]!;
    if (k === first && LEADING_SKIP.has(w.lower)) continue;
    if (!canModify(w, k === first, takesObject)) return null;
    // an adjective with its complement ("supportive of", "critical of") is a predicate, not a subject
    if (k === first && !capitalised(w) && INNER_PREPOSITIONS.has(ws[k + 1]!.lower) && (isAdjective(w.lower) || ADJECTIVE_SHAPE.test(w.lower)) && !isPersonNoun(w.lower)) return null;
  }
  return { start: ws[first]!.start, end: head.end };
}
