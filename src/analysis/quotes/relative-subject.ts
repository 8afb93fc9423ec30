// A cue after a relative pronoun ("Ann Lee, who says ...", "an aide who asked not to be named"): its speaker is the
// pronoun's antecedent, or, with none in reach, the pronoun itself as an unknown speaker. A cue after "whose son" is
// whose-subject.ts; one after "what critics" (a free relative) is what-subject.ts.
import type { Ctx } from './cue-context.js';
import { fromMention, mentionsIn, NO_SPEAKER, NOT_A_SPEAKER, type SpeakerFields } from './speaker-fields.js';
import { nounPhrase } from '../mentions/noun-phrase.js';
import { isFunctionWord, isVerbForm } from '../mentions/word-flags.js';
import { AUTHORED_PIECES, TOPIC_HOLDING_NOUNS } from '../../lexicon/topic-nouns.js';
import { appositionBetween } from './speaker-aside.js';
import type { Voice } from './speaker-voice.js';
import { isDocumentHead, OF_BODY } from '../mentions/words.js';
import { PARTITIVE_QUANTIFIERS } from '../../lexicon/groups.js';
import { COUNT_WORDS } from '../../lexicon/number-words.js';
import { alternation } from '../alternation.js';

// the pronoun right before the cue ("customers who said"), else one a few words back ("who for years was"): tried in
// that order, as one pattern's leftmost match took a farther pronoun ("which reassured customers who had feared");
// a bracket may open the clause ("The club (which denied it) said")
const RELATIVE_NEXT = /(?:^|[\s(])(who|which|that)\s*$/iu;
const RELATIVE_GAP = /(?:^|[\s(])(who|which)\s+(?:[\p{L}\p{N}]+\s+){1,4}$/iu;
// a part of the antecedent right before the cue ("two nurses, one of whom said", "fans, some of whom say"): the
// speaker is that part, whom the text does not name, not the antecedent nor the sentence's subject
const PARTITIVE_RELATIVE = new RegExp(String.raw`(?:^|[\s(,])((?:${alternation([...PARTITIVE_QUANTIFIERS, ...COUNT_WORDS, 'none'])}|\d+)\s+of\s+(?:whom|which))\s*$`, 'iu');

/**
 * "Ann Lee and Bo Chan, who say ...": the relative pronoun's antecedent, joined to it as the mention. `end` here and
 * below: the cue's start before any auxiliary ("who has said"), as positions.ts stripAux gives it.
 */
export function relativeSubject(ctx: Ctx, end: number, voice: Voice): SpeakerFields | null {
  const text = ctx.s.doc.text;
  // "X, which seems to be ...": a raising or passive cue's subject is not its speaker
  if (voice !== 'active') return null;
  const lead = text.slice(Math.max(ctx.sentence.start, end - 40), end);
  const part = PARTITIVE_RELATIVE.exec(lead);
  if (part !== null) {
    const start = end - lead.length + part.index + part[0].indexOf(part[1]!);
    return { ...NO_SPEAKER, speakerMention: { text: part[1]!, start, end: start + part[1]!.length }, speakerRule: 'relative-partitive' };
  }
  const rel = RELATIVE_NEXT.exec(lead) ?? RELATIVE_GAP.exec(lead);
  const word = rel?.[1];
  if (rel === null || word === undefined) return null;
  const relStart = end - lead.length + rel.index + rel[0].indexOf(word);
  const relEnd = relStart + word.length;
  // the antecedent ends right before ", who", "(who" or "-- who" (a comma, a bracket or a dash at most between)
  const before = mentionsIn(ctx.s, Math.max(ctx.sentence.start, relStart - 120), relStart).pop();
  if (before === undefined || !(/^\s*(?:,|\(|[―—–]|--?)?\s*$/.test(text.slice(before.end, relStart)) || appositionBetween(text, before.end, relStart))) {
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
