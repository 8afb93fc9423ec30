// Speech words inside a title or a term in quotation marks are no one's cue: a novel "Tell Me Nothing", a film
// "Say It Again", a memoir titled "What I Told the River", a board's "most wanted" list. The quote-marks stage
// already tells these spans ('scare') from speech; the verb pass skips speech quotes only, so a title that opens
// with a verb of saying read as the writer's cue and the rest of the sentence as its content.
// A short scare span keeps its words as cues when it looks like a partial quote of a stance ('Ruiz "flatly denied"
// the claim'): only a capitalised word (a title) or a term set before a noun after a determiner is ruled out; in a
// longer one (a sign's words, a title, a gloss) no word is a cue.
import type { QuoteSpan } from '../../types.js';

// three words or more
const LONG_SPAN = /[\p{L}\p{N}][^\s]*\s+[\p{L}\p{N}][^\s]*\s+[\p{L}\p{N}]/u;
// "its "most wanted" list", "the "widely praised" plan": a determiner or a possessive right before the opening mark
const MODIFIER_SLOT = /(?:^|\s)(?:the|a|an|its|their|his|her|our|this|that|these|those|\p{L}+['’]s)\s*$/iu;

/** Whether offset `at` (the start of a word) lies inside a title or a term in quotation marks. Asked for increasing
 *  offsets (the verb pass's order), a walker over the sorted scare spans answers in O(1) amortised; an earlier
 *  offset steps it back. */
export function insideTitle(text: string, spans: readonly QuoteSpan[]): (at: number) => boolean {
  const titles = spans.filter((q) => q.role === 'scare').sort((a, b) => a.open - b.open);
  let i = 0;
  return (at: number): boolean => {
    while (i > 0 && (titles[i - 1]?.close ?? 0) > at) i--;
    while (i < titles.length && (titles[i]?.close ?? 0) <= at) i++;
    const q = titles[i];
    if (q === undefined || at < q.open || at >= q.close) return false;
    if (/^\p{Lu}/u.test(text.slice(at, at + 1))) return true;
    // a scare span of three words or more was named so by what stands before it (a title after its owner and genre, a
    // sign that reads, "so-called", a gloss: quote-marks/scare.ts); a short one may be a stance quoted in part
    if (LONG_SPAN.test(q.inner.text)) return true;
    return MODIFIER_SLOT.test(text.slice(Math.max(0, q.open - 24), q.open));
  };
}
