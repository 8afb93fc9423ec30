// A cue after a relative pronoun ("Ann Lee, who says ...", "an aide who asked not to be named"): its speaker is the
// pronoun's antecedent, or, with none in reach, the pronoun itself as an unknown speaker.
import type { Ctx } from './cue-context.js';
import { fromMention, mentionsIn, NO_SPEAKER, NOT_A_SPEAKER, type SpeakerFields } from './speaker-fields.js';
import { nounPhrase } from '../mentions/noun-phrase.js';
import { isFunctionWord, isVerbForm } from '../mentions/word-flags.js';
import { AUTHORED_PIECES, TOPIC_HOLDING_NOUNS } from '../../lexicon/topic-nouns.js';
import { speakerIn } from './speaker.js';
import { appositionBetween } from './speaker-aside.js';
import type { Voice } from './speaker-voice.js';
import { isDocumentHead, isPersonNoun, OF_BODY } from '../mentions/words.js';
import { FINITE_AUXILIARIES } from '../../lexicon/auxiliaries.js';

// the pronoun right before the cue ("customers who said"), else one a few words back ("who for years was"): tried in
// that order, as one pattern's leftmost match took a farther pronoun ("which reassured customers who had feared")
const RELATIVE_NEXT = /(?:^|\s)(who|which|that)\s*$/iu;
const RELATIVE_GAP = /(?:^|\s)(who|which)\s+(?:[\p{L}\p{N}]+\s+){1,4}$/iu;

/**
 * "Ann Lee and Bo Chan, who say ...": the relative pronoun's antecedent, joined to it as the mention. `end` here and
 * below: the cue's start before any auxiliary ("who has said"), as positions.ts stripAux gives it.
 */
export function relativeSubject(ctx: Ctx, end: number, voice: Voice): SpeakerFields | null {
  const text = ctx.s.doc.text;
  // "X, which seems to be ...": a raising or passive cue's subject is not its speaker
  if (voice !== 'active') return null;
  const lead = text.slice(Math.max(ctx.sentence.start, end - 40), end);
  const rel = RELATIVE_NEXT.exec(lead) ?? RELATIVE_GAP.exec(lead);
  const word = rel?.[1];
  if (rel === null || word === undefined) return null;
  const relStart = end - lead.length + rel.index + rel[0].indexOf(word);
  const relEnd = relStart + word.length;
  // the antecedent ends right before ", who" or "-- who" (a comma or a dash at most between)
  const before = mentionsIn(ctx.s, Math.max(ctx.sentence.start, relStart - 120), relStart).pop();
  if (before === undefined || !(/^\s*(?:,|[―—–]|--?)?\s*$/.test(text.slice(before.end, relStart)) || appositionBetween(text, before.end, relStart))) {
    // "listeners to his program who said ...": the pronoun itself names the speaker, unknown
    if (word.toLowerCase() === 'that') return nounBeforeThat(text, ctx.sentence.start, relStart, relEnd);
    const pronoun = mentionsIn(ctx.s, relStart, relEnd)[0];
    return pronoun !== undefined ? fromMention(ctx.s, pronoun, 'relative-pronoun')
      : { ...NO_SPEAKER, speakerMention: { text: word, start: relStart, end: relEnd }, speakerRule: 'relative-pronoun' };
  }
  // "Ola Brisk of the Safe Homes League, who noted ...": "who" is the person the body is named after, not the body
  let antecedent = before;
  if (word.toLowerCase() === 'who' && before.kind === 'organization') {
    const owner = mentionsIn(ctx.s, Math.max(ctx.sentence.start, before.start - 80), before.start).pop();
    if (owner !== undefined && (owner.kind === 'name' || owner.kind === 'title-name') && OF_BODY.test(text.slice(owner.end, before.start))) antecedent = owner;
  }
  const f = fromMention(ctx.s, antecedent, 'relative-antecedent');
  return { ...f, speakerMention: { text: text.slice(antecedent.start, relEnd), start: antecedent.start, end: relEnd } };
}

// things said, written or published (lexicon/topic-nouns.ts)
const AUTHORED_WORDS: ReadonlySet<string> = new Set([...TOPIC_HOLDING_NOUNS, ...AUTHORED_PIECES]);
// the word right before a relative "that" (letters, hyphens and apostrophes only)
const WORD_BEFORE = /([\p{L}][\p{L}'’-]*)\s+$/u;
// a word before "that" that makes it a conjunction, not a relative pronoun ("given that", "seeing that")
const CONJUNCTION_SHAPE = /(?:ed|ing)$|^given$/i;

/**
 * "the ban angers farmers in regions that oppose it": a relative "that" right before its verb makes the noun before
 * it the verb's subject (an unknown speaker, noun and pronoun its mention), never the subject of the main clause.
 * Null when the word before "that" is no noun (a function word, a verb, "so that", "given that") or a document's.
 */
function nounBeforeThat(text: string, lo: number, relStart: number, relEnd: number): SpeakerFields | null {
  const m = WORD_BEFORE.exec(text.slice(Math.max(lo, relStart - 40), relStart));
  const w = m?.[1];
  if (m === undefined || m === null || w === undefined) return null;
  const lower = w.toLowerCase();
  const start = relStart - m[0].length;
  if (isFunctionWord(lower) || isVerbForm(lower) || CONJUNCTION_SHAPE.test(lower) || NOT_A_SPEAKER.test(w) || nounPhrase(text, start, start + w.length) === null) return null;
  // "The Courier printed a story that argued ...", "Ade Lund gave a speech that stressed ...": a document or a thing
  // said or written speaks for its author, whom the rules before find
  if (isDocumentHead(lower) || AUTHORED_WORDS.has(lower)) return null;
  return { ...NO_SPEAKER, speakerMention: { text: text.slice(start, relEnd), start, end: relEnd }, speakerRule: 'relative-antecedent:phrase' };
}

// "whose son", "whose former lawyer" right before the cue (an auxiliary aside): the relative clause's own subject
const WHOSE_SUBJECT = /\bwhose\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}(\p{Ll}[\p{L}-]*)\s*$/u;

// a word that makes the "whose" phrase a clause of its own: an auxiliary, or a verb form or past participle
const OWN_VERB = new Set([...FINITE_AUXILIARIES, 'been', 'being']);

/** "A farmer whose fields were flooded said ...", "a man whose home burned said ...": the whose-phrase holds its own
 *  verb, so it closed before the cue, whose subject is the antecedent ("A farmer"), not the phrase's noun. */
function whoseClauseHasVerb(phrase: string): boolean {
  return phrase.trim().split(/\s+/).slice(1).some((w) => OWN_VERB.has(w) || isVerbForm(w) || /\p{Ll}{2,}ed$/u.test(w));
}

/**
 * "Ade Lund met a man whose son said ...", "Ada Kim, whose lawyer said ...": the speaker is the relative clause's
 * subject, someone the text names only through the antecedent (an unknown speaker, "whose son" its mention, its
 * noun the role), not the sentence's subject. Null when no "whose" phrase stands right before the cue.
 */
/** Where a whose-phrase that holds its own verb starts, right before `end` ("The club whose players were injured
 *  said"), else null: the speaker is read in the words before it, not on a noun inside it ("players"). */
export function closedWhoseStart(text: string, from: number, end: number): number | null {
  const m = WHOSE_SUBJECT.exec(text.slice(from, end));
  return m !== null && whoseClauseHasVerb(m[0]) ? from + m.index : null;
}

export function whoseSubject(ctx: Ctx, end: number): SpeakerFields | null {
  const text = ctx.s.doc.text;
  const from = Math.max(ctx.sentence.start, end - 50);
  const m = WHOSE_SUBJECT.exec(text.slice(from, end));
  if (m === null || whoseClauseHasVerb(m[0])) return null;
  const start = from + m.index;
  const phrase = m[0].trimEnd();
  return { ...NO_SPEAKER, speakerMention: { text: phrase, start, end: start + phrase.length }, role: isPersonNoun(m[1]!) ? m[1]! : null, speakerRule: 'whose-subject' };
}

// "what critics described as", "what the mayor calls": a free relative and its own subject, one to five words
const WHAT_SUBJECT = /\bwhat\s+((?:[^\s,;:.!?“”"()]+\s+){1,5})$/i;

/**
 * "She signed what critics described as a giveaway": after "what" the words up to the cue are the cue's subject (the
 * free relative's own), not the sentence's ("She"). Null when no "what" phrase stands right before the cue.
 */
export function whatSubject(ctx: Ctx, end: number): SpeakerFields | null {
  const what = whatPhraseStart(ctx, end);
  if (what < 0) return null;
  const start = what + 4 + (/^\s+/.exec(ctx.s.doc.text.slice(what + 4, end))?.[0].length ?? 0);
  const who = speakerIn(ctx.s, start, end, 'what-subject');
  return who.speakerMention !== null ? who : null;
}

/** Where "what" stands before its own subject of one to five words right before `end` (a cue), or -1 (not when the
 *  phrase holds a clause of its own: "what the board asked for and its critics went on to ..."). */
export function whatPhraseStart(ctx: Ctx, end: number): number {
  const text = ctx.s.doc.text;
  const from = Math.max(ctx.sentence.start, end - 60);
  const m = WHAT_SUBJECT.exec(text.slice(from, end));
  if (m === null) return -1;
  const start = from + m.index + m[0].length - m[1]!.length;
  if (/\b(?:and|but|or)\b/i.test(m[1]!) || ctx.cues.some((c) => c.start >= start && c.start < end)) return -1;
  return from + m.index;
}

// a relative clause opened after a comma and running, with no comma or clause mark, up to "and"/"but" and at most
// three auxiliaries or adverbs right before the cue ("and have since"): the cue is the clause's second verb; the
// pronoun is the clause's subject (not "which she drafted": a pronoun, article or name after it is its own subject)
const RELATIVE_AND = /,\s*(who|which)\s(?!(?:he|she|it|they|we|i|you|the|a|an|his|her|its|their|our|this|these|those)\s)(?!\p{Lu})[^,;:.!?“”"()]{1,100}?\s(?:and|but)\s+(?:\p{Ll}+\s+){0,3}$/u;

/**
 * "a showdown with the Greens, who hold 14 seats and have threatened to abstain": a verb coordinated inside a
 * relative clause shares its pronoun, so the speaker is the antecedent (relativeSubject), not the subject of the
 * sentence. Null when no such clause runs up to the cue (`end`: the cue's start before any auxiliary).
 */
export function coordinatedRelativeSubject(ctx: Ctx, end: number, voice: Voice): SpeakerFields | null {
  const text = ctx.s.doc.text;
  const from = Math.max(ctx.sentence.start, end - 140);
  const m = RELATIVE_AND.exec(text.slice(from, end));
  if (m === null) return null;
  const word = m[1]!;
  const after = from + m.index + m[0].indexOf(word, m[0].indexOf(',')) + word.length;
  return relativeSubject(ctx, after, voice);
}
