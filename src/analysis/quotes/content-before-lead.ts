// The writer's lead-in before a quote that is the whole content of a "..., she said." frame: "X set out her goal:
// “Fix the roads,” she said." (a colon) and "He trained all week — “to stay sharp,” he said." (a dash). What stands
// before the colon or the dash is the writer's narration, not the speaker's words; the content is the quote alone.

// a colon, then an opening mark, and no colon after it
const COLON_LEAD = /:\s*[“"‘'«„][^:]*$/;
// a dash (an em dash, a spaced en dash, or one or two hyphens between spaces), then one quote that runs to the end of
// the content: no other mark and no dash inside it, the closing mark last
// (a quote inside the clause, words after it, is a partial: "The plan — “a mess” by her account — stalled, she said")
const DASH_LEAD = /(?:\s*—|\s[–]|\s--?)\s*[“"«„][^“”"«»„—–]*[”"»]$/;
// the quote's opening mark in the dash lead-in
const OPEN_MARK = /[“"«„]/;

/** Where the content ending at `contentEnd` (and starting no earlier than `from`) opens when a colon or a dash leads
 *  into a quote that fills it: the colon itself (as before), or the quote's opening mark after a dash; null with no
 *  such lead-in. */
export function leadInQuoteStart(text: string, from: number, contentEnd: number): number | null {
  const lead = text.slice(from, contentEnd);
  const colon = COLON_LEAD.exec(lead);
  if (colon !== null) return from + colon.index + 1;
  const dash = DASH_LEAD.exec(lead);
  if (dash === null) return null;
  return from + dash.index + dash[0].search(OPEN_MARK);
}
