// A content BEFORE its verb cue with the cue inverted before its speaker: "CONTENT, said X." and
// "“CONTENT,” said X". The subject before the cue ("CONTENT, X said.") is content-before.ts.
import type { Draft } from './draft.js';
import { closesWithPunctuation, MAX_CONTENT, type Ctx } from './cue-context.js';
import type { VerbReading } from './verb-cue.js';
import { phraseAfter } from './phrase-after.js';
import { speakerIn } from './speaker.js';
import { CAPITALISED_TITLE, canBeInvertedSpeaker, INVERTING_VERB } from './inverted-speaker.js';
import { isClosingMark, wordCount } from './text-utils.js';
import { alternation } from '../alternation.js';
import { SUBJECT_PRONOUNS } from '../../lexicon/pronouns.js';
import { LINKING_ADVERBS } from '../../lexicon/linking-adverbs.js';
import { FINITE_AUXILIARY } from '../../lexicon/auxiliaries.js';
import { AGE_APPOSITION } from './subject-before.js';

// a verb or a clause word in the words after an inverted cue: "said Ann Lee was right" is no "said X"
const NOT_A_NOUN_PHRASE = new RegExp(String.raw`\b(?:${FINITE_AUXILIARY}|that|${alternation(SUBJECT_PRONOUNS)})\b`, 'i');
// a linking adverb between commas right before the cue (", however,"): an aside after the subject
const LINKING_ASIDE = new RegExp(String.raw`,\s*(?:${alternation(LINKING_ADVERBS)})\s*$`, 'i');
// an auxiliary opening the cue: news inverts only a bare verb ("..., warned the pilot"), never one with its
// auxiliary ("the pilot, 52, had warned of a fault" has its subject before it)
const AUX_LEAD = new RegExp(String.raw`^(?:${FINITE_AUXILIARY})\s`, 'i');
// a person's age between commas right before the cue ("the pilot, 52, warned of a fault", "aged 52,"): the age follows
// the subject's name, so the cue has its subject before it and is not inverted
const AGE_BEFORE_CUE = new RegExp(String.raw`,\s*${AGE_APPOSITION}$`, 'u');
// a sentence opening with a name of two or more capitalised words and its apposition between commas right before the
// cue ("Lena Ortiz, a nurse, said the roof leaks"): the name is the cue's subject, as an age after it shows
// (AGE_BEFORE_CUE), so the words after the cue are its content, not an inverted speaker
const NAME_APPOSITION_BEFORE_CUE = /^\s*\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*)+,\s+(?:a|an|the)\s+\p{Ll}[\p{L}’'\s-]*$/u;
// a sentence opening with a noun phrase and its relative aside right before the cue ("The mayor, who took office in May,
// says ...", "The report, which the council published, says ..."): the noun phrase is the cue's subject, the aside
// describes it, so nothing before the cue is content (an inverted content has its clause after the aside: "The plan,
// which was agreed in May, will cut fares, said ..." has a comma in it)
const RELATIVE_ASIDE_SUBJECT = /^\s*(?:[\p{L}\p{N}’'.-]+\s+){0,5}?[\p{L}\p{N}’'.-]+,\s+(?:who|which|whose)\s[^,;:“”"‘(]*$/u;
// a word in quotation marks opening the content ('“No,” said', '"Up," said')
const QUOTED_WORD = /^\s*[“"‘'][\p{L}\p{N}]/u;

// a sentence's subject alone before a linking aside: up to four words, none a verb, clause word or subject pronoun
const subjectOnly = (before: string): boolean => wordCount(before) <= 4 && !NOT_A_NOUN_PHRASE.test(before);

/** "CONTENT, said X." / "“CONTENT,” said X": the cue right after the content, its speaker after it. */
export function contentSaidX(ctx: Ctx, r: VerbReading): Draft | null {
  const { s, sentence } = ctx;
  const { cue, end, subj, beforeCue } = r;
  const text = s.doc.text;
  const ss = sentence.start;
  // (even with a subject found further back: "“...” that Lee can win, said Tom Reyes, an analyst." is
  // inverted when the cue follows the comma and a bare noun phrase ends the clause after it)
  const invertedAfter = beforeCue.c === ',' && cue.start - beforeCue.at <= 2 ? phraseAfter(text, cue.end, end) : null;
  const after = invertedAfter !== null ? text.slice(invertedAfter.start, invertedAfter.end) : '';
  const inverted = invertedAfter !== null && INVERTING_VERB.test(cue.lemma) && !AUX_LEAD.test(cue.text)
    && !AGE_BEFORE_CUE.test(text.slice(Math.max(ss, beforeCue.at - 16), beforeCue.at + 1))
    && !NAME_APPOSITION_BEFORE_CUE.test(text.slice(ss, beforeCue.at)) && canBeInvertedSpeaker(after)
    && !NOT_A_NOUN_PHRASE.test(after)
    && (text[invertedAfter.end] === ',' || /^[\s.!?"”’']*$/.test(text.slice(invertedAfter.end, Math.min(sentence.end, invertedAfter.end + 8))));
  // (a content of a few characters only inside quotation marks: '“No,” said a spokeswoman' is speech
  // however short; unquoted, "So, said ..." is no content)
  const contentRoom = beforeCue.at - ss > 3 || QUOTED_WORD.test(text.slice(ss, beforeCue.at));
  // ("The coach, however, notes the irony": a linking adverb between commas before the cue follows its subject, no content;
  // only after a short noun phrase with no verb: "The deal is off, however, said Ada Renn." is a content inverted)
  const aside = beforeCue.c === ',' ? LINKING_ASIDE.exec(text.slice(Math.max(ss, beforeCue.at - 16), beforeCue.at)) : null;
  // (nor before "said" and a capitalised name, which no subject takes as its object: "Prices fell, however, said Ola Berg.")
  const linking = aside !== null && subjectOnly(text.slice(ss, Math.max(ss, beforeCue.at - 16) + aside.index))
    && !(inverted && cue.lemma === 'say' && /^\p{Lu}/u.test(after));
  if ((subj === null || inverted) && (beforeCue.c === ',' || isClosingMark(text, beforeCue.c, beforeCue.at)) && contentRoom && !linking
    && !(beforeCue.c === ',' && RELATIVE_ASIDE_SUBJECT.test(text.slice(ss, beforeCue.at)))) {
    const who = invertedAfter ?? phraseAfter(text, cue.end, end);
    // the tail after the name may be an apposition of any length ("said Ann Lee, a doctor at ...")
    // after “...,” the name may be long ("said Ann Lee of the University of X's Center for Y")
    // (a title's marks are no quote's: 'Bo Renner, host of the show “Kitchen Wars,” listed a drama as his favourite'
    // has the object after its cue, not an inverted speaker)
    const afterQuote = closesWithPunctuation(text, beforeCue.c, beforeCue.at) && ctx.speech.containing(beforeCue.at) !== undefined;
    // (a description opening with its article may run longer: "said a senior engineer at the Water Board")
    const whoWords = who !== null ? wordCount(text.slice(who.start, who.end)) : 0;
    // (and so may a title of capitalised words: "said Deputy Minister for Public Transport Lim Kai Wen")
    const short = who !== null && (afterQuote || whoWords <= 6 || (whoWords <= 10 && (/^(?:a|an|the|one|another)\s/i.test(text.slice(who.start, who.start + 8)) || CAPITALISED_TITLE.test(text.slice(who.start, who.end)))));
    // (a clause after the cue is its content, not its speaker: "A neighbour, who ..., said she had noticed")
    const clauseAfter = !afterQuote && who !== null && NOT_A_NOUN_PHRASE.test(text.slice(who.start, who.end));
    // ("The audit, done for the council, shows the fund lost money.": a verb news never puts before its speaker,
    // with no quote before it, has its object after it, not a speaker)
    const invertible = afterQuote || INVERTING_VERB.test(cue.lemma);
    if (who !== null && short && !clauseAfter && invertible && !/^(?:that|to|in|on|at|for|with|by|of)\b/i.test(text.slice(who.start, who.start + 5))) {
      return { start: Math.max(ss, beforeCue.at - MAX_CONTENT), end: beforeCue.at + (beforeCue.c === ',' ? 0 : 1), cue, who: speakerIn(s, who.start, who.end, 'said-X'), rule: 'content-said-X', sentence: ctx.index };
    }
  }
  return null;
}
