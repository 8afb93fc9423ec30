// Whether the quotation opening at a position reads as a quoted sentence ("We walked away," / "It is a sad day.") or as
// a quoted title or name ("Open Skies", "Circus of Wonders", "The Long Road"). The sentence splitter asks after a
// mid-sentence abbreviation: "..., said a lawyer for Kestrel Inc. “We walked away,” he said" starts a new sentence at
// the mark, while "the U.S. “Open Skies” treaty" and "Gant Bros. “Circus of Wonders” toured" go on (sentences.ts).

// the closing mark each opening mark takes
const CLOSER: Readonly<Record<string, string>> = { '“': '”', '"': '"', '‘': '’', '«': '»', '„': '“' };
// how far a quoted sentence may run before its closing mark is no longer looked for
const MAX_QUOTE = 400;
// the short words a title leaves in lower case ("Circus of Wonders", "Pride and Prejudice", "Notes from a Small Island")
// (cues/headline.ts's TITLE_CASE_MINOR is the headline's list: kept apart, see there)
const TITLE_SMALL_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'nor', 'of', 'in', 'on', 'at', 'to', 'for', 'by',
  'with', 'from', 'into', 'over', 'as', 'vs', 'via', 'upon']);
const WORD = /\p{L}[\p{L}'’-]*/gu;

/** `open` is the index of the opening mark. A quoted sentence ends in . ! ? or has a lower-case word no title keeps small. */
export function quoteReadsAsSentence(text: string, open: number): boolean {
  const closer = CLOSER[text[open]!];
  if (closer === undefined) return false;
  let close = open + 1;
  // (an apostrophe inside a word is no closing ’: "It’s done")
  for (; close < text.length && close - open < MAX_QUOTE; close++) {
    if (text[close] === closer && !(closer === '’' && /\p{L}/u.test(text[close + 1] ?? ''))) break;
    if (text[close] === '\n') return false;
  }
  if (text[close] !== closer) return false;
  const inside = text.slice(open + 1, close);
  if (/[.!?…]\s*$/u.test(inside)) return true;
  for (const w of inside.match(WORD) ?? []) if (/^\p{Ll}/u.test(w) && !TITLE_SMALL_WORDS.has(w)) return true;
  return false;
}
