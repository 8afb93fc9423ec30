// A plural speech form governed by a preposition is a noun, whatever its verb readings: "Amid calls for her
// resignation, the chief stayed silent", "despite claims that the bridge was safe", "With hopes of a thaw, the
// talks resumed". No subject can stand between a preposition and its object, so no verb reading holds there.
// Two frames only, both safe from a stranded preposition ("the firm he worked with says ..." keeps its verb):
// a preposition that takes only nouns ("amid", "despite", "following"), anywhere; or any noun-frame preposition
// opening its sentence ("After calls for a recount, ..."). A third after "in", where the words came ("in remarks
// posted online"), checked against a stranded "in" by what follows (a verb's object or clause). And a capitalised plural opening its sentence with
// "of" or "for" after it ("Hopes of a quick recovery faded", "Fears of a price war grew"): no verb in -s opens a
// sentence with those after it. verb-reading.ts asks this of every plural speech form not right after a quote,
// whether or not the form can be a common noun.
// Not before "that": "amid reports that the pair had fled the country" is a report all the same (annotated news
// draws it, the plural noun its source), and the verb reading is what finds it.
// And a bare singular form with its complement right after a preposition ("Row over plan to shut the pool", "Anger at
// call for curfew"): headlines drop the article, and only a plural subject could make the bare form a verb there, which a
// preposition cannot end unless a relative clause strands it ("The groups Ida Varn worked with plan to sue").
import type { SpeechWord } from '../quote-marks/speech-words.js';
import { NOUN_FRAME_PREPOSITIONS, NOUN_ONLY_PREPOSITIONS } from '../../lexicon/prepositions.js';
import { alternation, capitalised } from '../alternation.js';
import { strandedInBefore } from './contact-clause.js';
import { PERSON_SUBJECT_PRONOUNS } from '../../lexicon/pronouns.js';

// prepositions that take a noun and never a clause: their plural object is never a verb in any position
const NOUN_ONLY = new RegExp(`^(?:${alternation(NOUN_ONLY_PREPOSITIONS)})$`, 'i');
const FRAME_PREPOSITION_ANY_CASE = new RegExp(`^(?:${alternation(NOUN_FRAME_PREPOSITIONS.filter((p) => p !== 'of'))})$`, 'i');
const FRAME_PREPOSITION = new RegExp(String.raw`^(?:${alternation(capitalised(NOUN_FRAME_PREPOSITIONS))})$`);
// a sentence, paragraph or line start right before a word (the word checked where it is used)
const OPENS = /(?:^|\n|[.!?]["”’']?\s+)$/;
const THAT_NEXT = /^\s+that\b/;
const OF_OR_FOR = /^\s+(?:of|for)\b/;
// a bare singular form's complement: "plan to", "call for", "pledge of"; not an object ("Those who voted against say the
// bill is flawed": a preposition with no object, and a plural subject's verb after it)
const NOUN_COMPLEMENT_NEXT = /^\s+(?:to|for|of)\s/;
// a head word, a relative clause's subject (a relative or personal pronoun, "it", a name, a determiner and a noun) and
// its verb, perhaps with an auxiliary, an adverb, a particle or an object ("she once worked with", "the campaign took
// money from", "she grew up with"), right before the preposition: the preposition is stranded there and the bare form
// after it may be the head's verb ("Parents who campaigned against plan to ...", "The firms it partners with plan to ...")
const CLAUSE_WORD = String.raw`[ \t]+(?!(?:of|the|a|an|and|or|but|in|on|at|to|for|with|over|about|by|from|against|after|under|among)\b)\p{Ll}+`;
const STRANDING_CLAUSE = new RegExp(String.raw`\p{L}[ \t]+(?:${alternation([...PERSON_SUBJECT_PRONOUNS, 'it', 'who', 'that', 'which'])}|\p{Lu}\p{L}+(?:[ \t]+\p{Lu}\p{L}+)?|(?:the|a|an|its|his|her|their|our|my)[ \t]+\p{Ll}+)(?:[ \t]+(?:is|was|are|were|has|had|have|been))*(?:${CLAUSE_WORD}){1,3}[ \t]+$`, 'u');
// what a verb takes after it (an object's determiner or pronoun, a clause word): "the fund he invested in says the
// deal is off" strands "in" before its verb, "said in remarks translated by an aide" has a noun's modifier there
const VERB_OBJECT_NEXT = /^\s+(?:the|a|an|this|these|those|that|its|his|her|their|our|my|it|he|she|they|we|there|how|what|why|whether|if)\b/i;

/**
 * Whether the plural speech form `w` is the object of a preposition, or a plural noun opening its sentence; or a bare
 * singular one after a preposition, with its complement after it.
 */
export function prepositionNoun(text: string, w: SpeechWord): boolean {
  const { word, before } = w;
  // the preposition must stand right before the form (one space), not across a comma or a quote
  const space = text.slice(w.start - 1, w.start);
  const adjacent = space === ' ' && text.slice(w.start - 1 - before.length, w.start - 1) === before;
  if (adjacent && w.form.nounLike && word === w.form.lemma && FRAME_PREPOSITION_ANY_CASE.test(before) && NOUN_COMPLEMENT_NEXT.test(text.slice(w.end, w.end + 6))) {
    return !STRANDING_CLAUSE.test(text.slice(Math.max(0, w.start - before.length - 80), w.start - before.length - 1) + ' ');
  }
  if (!/\p{Ll}s$/u.test(word) || THAT_NEXT.test(text.slice(w.end, w.end + 6))) return false;
  if (adjacent && NOUN_ONLY.test(before)) return true;
  // "said in remarks translated by an aide", "In remarks to the board, ...", "in replies posted on Monday": after "in" a
  // plural form is what the words came in, unless an object or a clause follows or a contact clause ends in the "in"
  // ("The union she is active in warns members ...": a stranded "in" before its verb)
  if (adjacent && /^in$/i.test(before) && !VERB_OBJECT_NEXT.test(text.slice(w.end, w.end + 10))
    && !strandedInBefore(text.slice(Math.max(0, w.start - 90), w.start))) return true;
  if (adjacent && FRAME_PREPOSITION.test(before) && OPENS.test(text.slice(Math.max(0, w.start - before.length - 5), w.start - before.length - 1))) return true;
  return /^\p{Lu}/u.test(word) && OPENS.test(text.slice(Math.max(0, w.start - 4), w.start)) && OF_OR_FOR.test(text.slice(w.end, w.end + 5));
}

/**
 * Whether a contact clause's stranded "in" stands right before the form and an object or a clause right after it ("The
 * town she grew up in remarks how quiet it is"): the form is the head's verb, a verb's context for a noun-like form.
 */
export function verbAfterStrandedIn(text: string, w: SpeechWord): boolean {
  return /^in$/i.test(w.before) && text.slice(w.start - 4, w.start) === ' in ' && VERB_OBJECT_NEXT.test(text.slice(w.end, w.end + 10))
    && strandedInBefore(text.slice(Math.max(0, w.start - 90), w.start));
}
