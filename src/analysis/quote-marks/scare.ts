// Step 3: tell speech from scare quotes and titles. A quote is 'scare' when
//  - a naming word comes just before it ("the so-called 'deal'", "dubbed", "the word"), or
//  - it is short (one or two words, or a short all-title-case span) and not in a speech position:
//    its sentence has no speech verb outside quotation marks, and no colon leads into it.
// Everything else is speech. Only a small window around the quote is read.
import { firstNotBefore } from '../sorted.js';
import { isBlankCode } from '../segment/blanks.js';
import { alternation } from '../alternation.js';
import { SUBJECT_PRONOUNS } from '../../lexicon/pronouns.js';
import { MONTHS, WEEKDAYS } from '../../lexicon/weekdays.js';
import { latin1Twin } from '../latin1-twin.js';

const NAMING_BEFORE = /(?:so[- ]called|dubbed|nicknamed|titled|entitled|known as|the (?:word|words|term|phrase|slogan|label|name)|a (?:so-called|term|word|phrase|slogan))\s*[,:]?\s*$/i;
// words written on a thing, not said by anyone: "The sign on the gate reads: “...”", "a banner reading “...”", "placards
// saying “...”", "a plaque that reads “...”" (a statement or a letter that "reads" is someone's words: not in the list)
// (the sign word must be a noun: a determiner or a holding verb before it, up to two modifiers between, so the verb in
// "Ruiz signs the deal and says: “...”" is not read as a sign, or a sentence opening on it; and no "and" between it and its verb)
// (a Latin-1 twin, latin1-twin.ts: on two-byte text its letter classes cost some 30 ms to compile, the twin's 2)
const INSCRIBED_BEFORE = latin1Twin(/(?:^|(?<=[.!?]\s+)|\b(?:the|a|an|one|this|that|these|those|his|her|its|their|our|my|some|two|three|several|many|whose|with|held|holding|carried|carrying|waved|waving|wore|wearing|bore|raised|raising)\s+)(?:[\p{L}’'-]+\s+){0,2}?(?:signs?|signposts?|banners?|placards?|plaques?|posters?|billboards?|t-shirts?|shirts?|caps?|stickers?|badges?|inscriptions?|headstones?|gravestones?|murals?|graffiti|labels?|mugs?|scoreboards?|noticeboards?)\s+(?:(?!and\b)[\p{L}’'-]+\s+){0,4}?(?:reads?|read|reading|bearing|bears?|saying|says|said|that\s+(?:reads?|read|said|says)|which\s+(?:reads?|read|said|says))\s*[,:]?\s*$/iu);
// a work named right after its owner and its genre ("Ada Voss' column, “Letter from the Quay,” is ...", "the band's
// single, “Promises”"), or a gloss of a foreign word ("Latin for “seize the day”"): a title or a translation, nobody's
// words (a speech or a statement after its owner is left out: "the mayor's statement, “We will rebuild,”" is speech)
// (a day or a month is no owner: "wrote in Sunday's column, “...”" is the writer's words)
const TITLE_OR_GLOSS_BEFORE = new RegExp(String.raw`(?:(?<!\b(?:${WEEKDAYS}|${MONTHS}|today|yesterday|tomorrow|tonight|this\s+week|last\s+week|next\s+week))(?<=\p{L})['’]s?\s+(?:\p{Ll}+\s+)?(?:commentary|column|op-ed|essay|article|editorial|book|novel|memoir|song|single|album|film|movie|documentary|episode|poem|play|painting|podcast|show|series)\s*,?|\b(?:Latin|Greek|French|Spanish|Italian|German|Arabic|Hebrew|Yiddish|slang|shorthand)\s+for)\s*$`, 'u');
// what TITLE_OR_GLOSS_BEFORE needs, an owner's apostrophe or a final "for": a cheap test first, since V8 tries its
// look-behinds at every offset of the lead
const OWNER_OR_FOR = /['’]|for\s*$/;
// what opens an attribution right after a quote: a pronoun, the verb, a determiner and its noun, a name
// ("“Build It Higher,” he said", "…,” said Ann Lee", "…,” the mayor said"; not "“Harbour Lights” before
// taking questions", "its “Baker of the Month” badge")
const ATTRIBUTION_AFTER = new RegExp(String.raw`^[\s,]*(?:(?:${alternation(SUBJECT_PRONOUNS)})\s|(?:said|says|added|adds|asked|asks|wrote|writes|told|tells|tweeted|replied|insisted|declared)\b|(?:the|a|an|his|her|its|their)\s+\p{Ll}+\s+\p{Ll}|[\p{Lu}][\p{L}.]*(?:\s+[\p{Lu}][\p{L}.]*){0,2}\s+\p{Ll})`, 'u');
// right before a title: "on" a venue or a medium, perhaps with the title's owner ("on Channel 9's"), "with", "to" or "from"
// only with that owner ("with NBC's", "to Radio Vell's") or after "interview" ("in an interview with"), or a genre noun
// ("the quiz show", "his podcast"); a quote there names a show, not anyone's words. A bare "to", "with" or "from" is
// no venue: 'urged fans to “Stand Up And Sing,”', 'replied with “No Comment,”' quote words that were said.
const TITLE_OWNER = String.raw`(?:\p{Lu}[\p{L}\p{N}&.-]*\s+){0,3}\p{Lu}?[\p{L}\p{N}&.-]*['’]s?\s+`;
const VENUE_OR_GENRE_BEFORE = new RegExp(String.raw`(?:\b[Oo]n\s+(?:${TITLE_OWNER})?|\b(?:[Ww]ith|[Tt]o|[Ff]rom)\s+${TITLE_OWNER}|\binterviews?\s+with\s+|\b(?:show|program|programme|series|podcast|broadcast|segment)\s+)$`, 'u');
const SMALL_WORD = /^(?:a|an|the|of|and|or|in|on|at|to|for|with|by|from|de|la|le|von|van|der|&)$/i;
const WINDOW = 300;
const SHORT_CHARS = 120;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;

export interface ScareContext {
  text: string;
  /** The sentence holding the quote. */
  sentenceStart: number;
  sentenceEnd: number;
  /** The quote itself, or the outermost quote holding it: verbs in there are not cues. */
  skipFrom: number;
  skipTo: number;
  /** Sorted offsets of the unambiguous speech-verb forms in the whole text (see speech-words.ts). */
  verbs: number[];
}

function words(s: string): string[] {
  return s.match(WORD) ?? [];
}

function isTitleCase(ws: string[]): boolean {
  const caps = ws.filter((w) => /^\p{Lu}/u.test(w)).length;
  return caps >= 2 && ws.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || SMALL_WORD.test(w));
}

function firstAtOrAfter(xs: number[], at: number): number {
  return firstNotBefore(xs, (x) => x < at);
}

/** Does the sentence hold a speech verb outside the quote (so the quote is someone's words)? */
function speechPosition(ctx: ScareContext, open: number, close: number): boolean {
  const before = ctx.text.slice(Math.max(ctx.sentenceStart, open - 3), open);
  if (/:\s*$/.test(before)) return true;
  // the sentence, but at most WINDOW characters on each side of the quote (a sentence can be megabytes)
  const from = Math.max(ctx.sentenceStart, open - WINDOW);
  const to = Math.min(ctx.sentenceEnd, close + WINDOW);
  const first = ctx.verbs[firstAtOrAfter(ctx.verbs, from)];
  if (first !== undefined && first < Math.min(to, ctx.skipFrom)) return true;
  const after = ctx.verbs[firstAtOrAfter(ctx.verbs, Math.max(from, ctx.skipTo))];
  return after !== undefined && after < to;
}

/** Nothing but blanks between the sentence's start and the opening mark, and the closing mark and its end
 *  (scanned from the marks outward, stopping at the first other character: a sentence can be megabytes). */
function wholeSentence(ctx: ScareContext, open: number, close: number): boolean {
  const { text, sentenceStart, sentenceEnd } = ctx;
  let i = open;
  while (i > sentenceStart && isBlankCode(text.charCodeAt(i - 1))) i--;
  if (i > sentenceStart) return false;
  let j = close;
  while (j < sentenceEnd && isBlankCode(text.charCodeAt(j))) j++;
  return j >= sentenceEnd;
}

/** Whether an attribution opens right after the closing mark (a speech verb within 30 characters, ATTRIBUTION_AFTER). */
function attributedAfter(ctx: ScareContext, close: number): boolean {
  const verbAfter = ctx.verbs[firstAtOrAfter(ctx.verbs, close)];
  return verbAfter !== undefined && verbAfter < close + 30 && ATTRIBUTION_AFTER.test(ctx.text.slice(close, close + 40));
}

export function isScare(ctx: ScareContext, open: number, close: number, inner: string): boolean {
  const lead = ctx.text.slice(Math.max(0, open - 25), open);
  const lead60 = ctx.text.slice(Math.max(0, open - 60), open);
  if (NAMING_BEFORE.test(lead) || INSCRIBED_BEFORE.for(lead60).test(lead60)) return true;
  // (a work's owner and genre before it, unless an attribution follows: "In the senator's op-ed, “We must act,” she wrote.")
  if (OWNER_OR_FOR.test(lead60) && TITLE_OR_GLOSS_BEFORE.test(lead60)) return !attributedAfter(ctx, close);
  // a long quote is never short (and nested quotes stay linear: its words are never split)
  if (inner.length > SHORT_CHARS) return false;
  const ws = words(inner);
  if (ws.length === 0) return true;
  const endsLikeSpeech = /[.!?…]\s*$/.test(inner);
  // a short all-title-case span is a title ("Night Over the Harbor,") even in a sentence with a speech
  // verb, unless an attribution follows it (“Build It Higher,” he said) or a colon leads into it
  // (after a venue's preposition or a genre noun it stays a title with an attribution after it too: 'On Channel 9's “Morning
  // Desk,” Lind said ...', 'the host of the quiz show “Lucky Streak,” listed ...': the show is where or what, not words)
  if (ws.length <= 6 && isTitleCase(ws) && !endsLikeSpeech) {
    const colon = /:\s*$/.test(ctx.text.slice(Math.max(0, open - 3), open));
    return !colon && (!attributedAfter(ctx, close) || VENUE_OR_GENRE_BEFORE.test(lead));
  }
  // a quote that is a whole sentence of its own and ends like one is someone's words, however short
  // ("“It’s over,” she said. “We lost.”"); a term in marks sits inside a sentence of the writer's
  if (endsLikeSpeech && wholeSentence(ctx, open, close)) return false;
  const short = ws.length <= 2;
  return short && !speechPosition(ctx, open, close);
}
