// A verb cue in an "as" comment clause: "The pier, as Ida Berg noted on Monday, needs repairs.", "Rents rose, as
// the council had predicted.", "As Ivo Lund recalled in his memoir, the mill ran day and night." The clause vouches
// for the sentence around it, which is the content: on both sides of a clause inside the sentence (as for an aside,
// "The pier, she said, needs repairs"), before one that ends it, after one that opens it. Without this the words
// after the cue ("on Monday, needs repairs") were read as its content. The clause holds the cue's subject and at
// most a short adverbial after the cue ("in his memoir", "to reporters"), up to its comma; one with a clause of its
// own ("as the mayor said it would", "as she said that ...") is left to the other readings.
import type { Draft } from './draft.js';
import type { VerbReading } from './verb-cue.js';
import type { Ctx } from './cue-context.js';
import { speakerIn } from './speaker.js';
import { stripAux } from './positions.js';
import { afterBlanks, wordCount } from './text-utils.js';
import { alternation } from '../alternation.js';
import { SUBJECT_PRONOUNS } from '../../lexicon/pronouns.js';
import { WEEKDAYS } from '../../lexicon/weekdays.js';
import { COMMENT_CLAUSE_LEMMAS } from '../../lexicon/comment-clause-verbs.js';

// "as" and the cue's subject (a few words, no clause mark), opening the sentence or after a comma; "just as", "exactly as"
const AS_SUBJECT = /(^[\s“"‘']*(?:(?:But|And|Yet)\s+)?(?:(?:[Jj]ust|[Ee]xactly)\s+)?[Aa]s|,\s*(?:(?:just|exactly)\s+)?as)\s+([^\s,;:()“”"—–][^,;:()“”"—–]{0,60}?)\s*$/;
// after the cue, the clause's tail up to its comma or the sentence's end: "it" or "out" ("as she put it", "as he
// pointed out"), then nothing or a short adverbial ("on Monday", "in his memoir", "for years", "bluntly"), never an
// object: a comment clause leaves its object to the sentence, and "As she told the story, the room fell silent" is a
// time
const TAIL = /^(?:\s+(?:it|out)\b)?([^,;:()“”"—–.!?]{0,60}?)(?:,\s*|\s*[.!?]?[”"’']?\s*$)/;
const ADVERBIAL = new RegExp(String.raw`^\s*(?:$|(?:in|on|at|to|for|during|after|before|last|this|earlier|later|recently|again|repeatedly|often|once|long|since|over|with|from|via|through|years|months|weeks|\p{Ll}+ly|${WEEKDAYS})\b)`, 'u');
const CLAUSE_WORDS = new RegExp(String.raw`\b(?:that|which|who|whom|whether|if|when|because|and|but|or|is|was|were|are|be|been|has|had|have|will|would|could|can|may|might|must|should|did|does|do|not|${alternation(SUBJECT_PRONOUNS)})\b`, 'i');
// a subject that is a pronoun alone (CLAUSE_WORDS holds the pronouns, which inside a longer subject mark a clause)
const LONE_PRONOUN = new RegExp(String.raw`^(?:${alternation(SUBJECT_PRONOUNS)})$`, 'i');
const MAX_TAIL_WORDS = 7;
// a quotation alone up to the sentence's end
const QUOTE_TO_END = /^[“"‘][^“”"]*[”"’][.!?]?[”"’]?\s*$/;

/** The draft for a cue in an "as" comment clause, or null when the cue stands in none. */
export function asComment(ctx: Ctx, r: VerbReading): Draft | null {
  const { s, sentence } = ctx;
  const { cue, end } = r;
  if (!COMMENT_CLAUSE_LEMMAS.has(cue.lemma) || cue.kind !== 'verb') return null;
  const text = s.doc.text;
  const ss = sentence.start;
  // (auxiliaries before the cue are the clause's: "as engineers had long warned")
  const verbAt = stripAux(text, ss, cue.start);
  const head = text.slice(Math.max(ss, verbAt - 200), verbAt);
  const opening = AS_SUBJECT.exec(head);
  const subject = opening?.[2];
  if (opening === null || subject === undefined || CLAUSE_WORDS.test(subject.replace(LONE_PRONOUN, ''))) return null;
  const tail = TAIL.exec(text.slice(cue.end, Math.max(cue.end, end)));
  const adverbial = tail?.[1] ?? '';
  if (tail === null || CLAUSE_WORDS.test(adverbial) || wordCount(adverbial) > MAX_TAIL_WORDS) return null;
  if (!ADVERBIAL.test(adverbial)) return null;
  const subjStart = verbAt - head.length + opening.index + opening[0].lastIndexOf(subject);
  const subjEnd = subjStart + subject.length;
  const closeAt = cue.end + tail[0].length;
  const asAt = verbAt - head.length + opening.index;
  const quoteAfter = QUOTE_TO_END.test(text.slice(closeAt, sentence.end));
  // (the rule names are those of the readings this one stands in for, which later passes read: quote-joins.ts,
  // standalone.ts, nesting.ts)
  if (opening[1]?.startsWith(',') !== true) {
    // "As X noted, CONTENT": the clause after its comma (a quotation there is read as after any cue: content-after.ts)
    const start = afterBlanks(text, closeAt);
    if (quoteAfter || wordCount(text.slice(start, end)) < 2) return null;
    return { start, end, cue, who: speakerIn(s, subjStart, subjEnd, 'subject'), rule: 'X-said-content', sentence: ctx.index };
  }
  // (after a cue of its own, "Ana Lee said the pier, as engineers warned, was unsafe", the sentence is that cue's content)
  if (wordCount(text.slice(ss, asAt)) < 2 || (r.prevCue !== undefined && r.prevCue.start >= ss)) return null;
  // (a clause that ends the sentence, "Rents rose, as the council had predicted.", is left alone: it may as well tell
  // how or when, "The crowd cheered, as the mayor announced.")
  if (closeAt >= end) return null;
  // "seen, as one critic put it, “a fraud.”": a quotation after the clause, up to the sentence's end, is the content
  if (quoteAfter) return { start: closeAt, end, cue, who: speakerIn(s, subjStart, subjEnd, 'subject'), rule: 'X-said-quote', sentence: ctx.index };
  // "A, as X noted, B": both sides, the clause inside, as for an aside ("A, X said, B": content-before.ts)
  return wordCount(text.slice(closeAt, end)) >= 2 ? { start: ss, end, cue, who: speakerIn(s, subjStart, subjEnd, 'aside'), rule: 'aside', sentence: ctx.index } : null;
}
