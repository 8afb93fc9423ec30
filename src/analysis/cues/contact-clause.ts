// "Growers I spoke to said the frost came early", "Voters she wrote to told her ...", "Drivers he talked with said ...":
// a contact relative clause (no "who" or "that") whose preposition has lost its object to the noun before it. Its verb
// ("spoke", "talked", "wrote") belongs to the clause and reports nothing; the speech verb right after the stranded
// preposition is the sentence's own verb, and a "to" before a past form ("to said") is no infinitive marker.
import type { SpeechWord } from '../quote-marks/speech-words.js';
import { IRREGULAR_PASTS } from '../../lexicon/past-forms.js';
import { alternation } from '../alternation.js';
import { PERSON_SUBJECT_PRONOUNS } from '../../lexicon/pronouns.js';
import { SPEECH_FORMS } from '../../lexicon/speech-verbs.js';

// words that open a clause rather than end a noun: before them a pronoun is a subject of its own sentence
// ("and she spoke to ...", "when they wrote to ...")
const NOT_A_HEAD = new Set([
  'and', 'but', 'or', 'so', 'then', 'that', 'which', 'who', 'when', 'where', 'while', 'as', 'if', 'because', 'after',
  'before', 'since', 'until', 'though', 'although', 'said', 'says', 'told', 'say', 'tell', 'than', 'what', 'how', 'why',
]);
// past participles that describe the noun after a preposition ("spoke to alleged victims", "met with reported donors")
const DESCRIBING_PARTICIPLES = new Set(['alleged', 'reported', 'purported', 'supposed', 'rumored', 'rumoured', 'named', 'unnamed']);
/** A word that can end the noun a contact clause describes: no clause opener and no speech form ("Critics claim she"). */
const isHead = (word: string): boolean => !NOT_A_HEAD.has(word.toLowerCase()) && !SPEECH_FORMS.has(word.toLowerCase());
const PRONOUN = alternation(PERSON_SUBJECT_PRONOUNS);
// a head word, the clause's subject pronoun, its verb (an adverb and "out"/"back" may sit in it), the stranded preposition
const CLAUSE_BEFORE = new RegExp(
  String.raw`(?:^|[^\p{L}'’])(\p{L}+)[ \t]+(?:${PRONOUN})[ \t]+(?:\p{Ll}+ly[ \t]+)?\p{Ll}+(?:[ \t]+(?:out|back))?[ \t]+(?:to|with)[ \t]+$`, 'u');
// a simple past (never a base form after "to"): an irregular past that differs from its lemma, or -ed
const PAST_FORM = new RegExp(String.raw`^(?:${alternation(IRREGULAR_PASTS.filter((p) => p !== 'found'))}|\p{Ll}{2,}ed)$`, 'u');
// the clause's verb, then "to"/"with" and a past speech form right after it
const STRANDED_AFTER = /^(?:[ \t]+(?:out|back))?[ \t]+(?:to|with)[ \t]+(\p{Ll}+)\b/u;
// a head word and the clause's subject pronoun, right before the clause's verb ("Growers I| spoke to said")
const HEAD_AND_PRONOUN_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}'’])(\p{L}+)[ \t]+(?:${PRONOUN})[ \t]+(?:\p{Ll}+ly[ \t]+)?$`, 'u');

/** Whether the past speech form `w` follows a contact clause's stranded preposition ("Growers I spoke to said"). */
export function afterStrandedPreposition(text: string, w: SpeechWord): boolean {
  if (!PAST_FORM.test(w.word) || w.word === w.form.lemma || DESCRIBING_PARTICIPLES.has(w.word.toLowerCase())) return false;
  const m = CLAUSE_BEFORE.exec(text.slice(Math.max(0, w.start - 80), w.start));
  return m !== null && isHead(m[1] ?? '');
}

/** Whether the speech form `w` is the verb of a contact clause whose stranded preposition a past speech verb follows. */
export function contactClauseVerb(text: string, w: SpeechWord): boolean {
  const after = STRANDED_AFTER.exec(text.slice(w.end, w.end + 40));
  // (the word after the preposition must be a speech form: "Last week she wrote to concerned parents that ..." is no
  // contact clause, its "to" takes a noun with a describing -ed word, and "wrote" is the cue)
  const next = after?.[1] ?? '';
  if (!PAST_FORM.test(next) || DESCRIBING_PARTICIPLES.has(next) || !SPEECH_FORMS.has(next)) return false;
  const m = HEAD_AND_PRONOUN_BEFORE.exec(text.slice(Math.max(0, w.start - 60), w.start));
  return m !== null && isHead(m[1] ?? '');
}

// a head word, the clause's subject (a pronoun, a determiner and its noun, or a name), an auxiliary, the clause's
// verb or adjective with a particle, and the stranded "in" ("The party she grew up in", "The union she is active in",
// "The league the club plays in"): a speech verb there ("said in") gives its "in" an object of its own, one that speaks
// only in a frame ("plays down", "takes aim at") is a plain verb there
const STRANDED_IN_BEFORE = new RegExp(
  String.raw`(?:^|[^\p{L}'’])(\p{L}+)[ \t]+(?:${PRONOUN}|(?:the|a|an|its|his|her|their|our|my)(?:[ \t]+\p{Lu}\p{L}+)?[ \t]+\p{Ll}+|\p{Lu}\p{L}+(?:[ \t]+\p{Lu}\p{L}+)?)` +
  String.raw`(?:[ \t]+(?:is|was|are|were|has|had|have|been))*(?:[ \t]+\p{Ll}+ly)?[ \t]+(\p{Ll}+)(?:[ \t]+(?:up|out|back|part|active|involved|based|born))?[ \t]+in[ \t]+$`, 'u');

/** Whether `before` (the text up to a speech form) ends in a contact clause's stranded "in" ("The party she grew up in"). */
export function strandedInBefore(before: string): boolean {
  const m = STRANDED_IN_BEFORE.exec(before.slice(-80));
  const form = SPEECH_FORMS.get((m?.[2] ?? '').toLowerCase());
  return m !== null && isHead(m[1] ?? '') && (form === undefined || form.framed);
}
