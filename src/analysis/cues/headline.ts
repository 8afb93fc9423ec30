// The headline test: a short line in Title Case ("Mayor Backs New Toll"), where a capitalised speech form is a
// headline's verb, not a name; the verb gates and readings ask it before reading such a form as a surname.
import { POSSESSIVE_DETERMINERS } from '../../lexicon/pronouns.js';
import { alternation } from '../alternation.js';
import { isCountry, isDemonym, isKnownOrganization, isPlace } from '../mentions/word-flags.js';

// the articles, short prepositions and conjunctions that headline styles (AP, Chicago) write in lower case in Title Case
// (segment/quoted-sentence.ts's TITLE_SMALL_WORDS is the same idea for a work's title in quotation marks; the two
// differ at the edges, "up" and "off" here, longer prepositions there, and one list for both would change both tests)
const TITLE_CASE_MINOR: ReadonlySet<string> = new Set(['a', 'an', 'the', 'and', 'but', 'or', 'nor', 'for', 'to', 'of', 'on', 'at', 'by', 'in', 'as', 'up', 'off', 'via']);

const TITLE_REACH = 160;
/**
 * Whether the line around `at` is a short headline in Title Case (most of its words capitalised). With `minorFree`,
 * the short words Title Case leaves in lower case (TITLE_CASE_MINOR) do not count against it: "Mayor Vows to Finish the
 * Job on Rail Line" (only the promise reading asks it so: titlePromise below).
 */
export function titleLine(text: string, at: number, minorFree = false): boolean {
  // the line's ends, looked for at most TITLE_REACH characters away: a line longer than that is no
  // headline, and a megabyte line must not be scanned again for every capitalised cue form in it
  let from = at;
  while (from > 0 && text[from - 1] !== '\n') {
    if (at - from >= TITLE_REACH) return false;
    from--;
  }
  let to = at;
  while (to < text.length && text[to] !== '\n') {
    if (to - at >= TITLE_REACH) return false;
    to++;
  }
  const words = text.slice(from, to).match(/[\p{L}’']+/gu) ?? [];
  const caps = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  const minor = minorFree ? words.filter((w) => TITLE_CASE_MINOR.has(w)).length : 0;
  return words.length >= 4 && words.length <= 20 && caps >= 0.75 * (words.length - minor);
}

// a capitalised word after "to" that is no determiner or pronoun, a quotation mark perhaps before it
const TITLE_NOT_A_VERB = ['the', 'a', 'an', ...POSSESSIVE_DETERMINERS, 'this', 'that', 'these', 'those', 'it', 'them', 'him', 'us', 'you', 'me']
  .map((w) => w.charAt(0).toUpperCase() + w.slice(1));
const TITLE_INFINITIVE = new RegExp(String.raw`^\s+to\s+['‘"“]?(?!(?:${alternation(TITLE_NOT_A_VERB)})\b)(\p{Lu}\p{Ll}*)(?![\p{L}'’-])`, 'u');

// a name after "to", then the headline's own verb of reaching a sum and the sum ("Donor Pledges to Harbor Trust Top
// $2 Million", "Gifts to Kell Hospice Pass 40,000"): the name is the recipient, whatever its first word could be. Not
// after a verb that takes a clause ("Mayor Vows to Help Exports Top $5 Billion" is still a promise)
const TITLE_RECIPIENT_THEN_SUM = new RegExp(String.raw`^\s+to\s+(?!(?:Help|Make|Let|See|Get|Have|Watch)\b)(?:\p{Lu}[\p{L}’'-]*\s+){1,3}`
  + String.raw`(?:Top|Reach|Hit|Pass|Exceed|Near|Surpass|Break|Cross)\s+(?:[$£€¥]\s?\d|\d)`, 'u');

/**
 * "Mayor Vows to Cut Fares", "Lind Pledges to “Fix the Roads”": in a Title Case headline the verb of a promise's
 * infinitive is capitalised too. Whether the promise form at `at`, ending at `end`, has such an infinitive after it in
 * such a line: a capitalised word after "to" that is no determiner, pronoun, plural, place or known body ("Campaign
 * Pledges to Voters Go Unmet", "Western Pledges to Kyiv Fall Short" have a noun's recipient there), nor the first
 * word of a name that the headline's own verb of reaching a sum follows (TITLE_RECIPIENT_THEN_SUM).
 */
export function titlePromise(text: string, at: number, end: number): boolean {
  if (TITLE_RECIPIENT_THEN_SUM.test(text.slice(end, end + 80))) return false;
  const m = TITLE_INFINITIVE.exec(text.slice(end, end + 40));
  // (a word in -s, not -ss or -us, is a plural noun: "to Voters" names whom the pledges are to, "to Focus" is a verb)
  const lower = m?.[1]?.toLowerCase() ?? '';
  return m !== null && !/[^su]s$/.test(m[1]!) && !isPlace(lower) && !isCountry(lower) && !isDemonym(lower) && !isKnownOrganization(lower)
    && titleLine(text, at, true);
}

const HEADLINE_REACH = 120;
/**
 * Whether the line around `at` is a short headline in sentence case ("Kim wins primary, vows to clean house"): at most
 * HEADLINE_REACH characters on either side of `at` to its ends, and no sentence end inside or at its end.
 */
export function sentenceCaseHeadline(text: string, at: number): boolean {
  // the line's start, looked for in the reach only (a megabyte line must not be scanned back for every form in it)
  const base = Math.max(0, at - HEADLINE_REACH - 1);
  const newline = text.slice(base, at + 1).lastIndexOf('\n');
  if (newline < 0 && base > 0) return false;
  const from = newline < 0 ? 0 : base + newline + 1;
  if (at - from > HEADLINE_REACH) return false;
  let to = at;
  while (to < text.length && text[to] !== '\n') {
    if (to - at >= HEADLINE_REACH || text[to] === '.' || text[to] === '!' || text[to] === '?') return false;
    to++;
  }
  return !/[.!?]/.test(text.slice(from, at));
}
