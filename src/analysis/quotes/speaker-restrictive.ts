// A subject that carries a restrictive relative clause ("The head of the union that organised the strike said",
// "A nurse at the clinic which treated the boy said"): the clause-boundary reading of positions.ts cuts the subject
// at the relative pronoun and leaves the clause's verb phrase ("organised the strike") in the speaker position. The
// clause closes before the cue, so the speaker is the phrase before the pronoun, read as any subject is.
import { isClosedClassWord, isPluralNoun, isVerbForm, tagsOf } from '../mentions/word-flags.js';
import { FINITE_AUXILIARIES } from '../../lexicon/auxiliaries.js';
import { IRREGULAR_PAST_SET } from '../../lexicon/past-forms.js';
import { phraseBefore, type Range } from './positions.js';

// a relative pronoun with no comma before it (a comma opens an aside: speaker-aside.ts), right before the phrase,
// and the word before it (its antecedent's last word)
const RESTRICTIVE_PRONOUN = /([\p{L}\p{N}’']*[\p{L}\p{N})’'])\s+(that|who|which)\s+$/u;
// the last word that pattern needs, tested first: with no anchor at its start V8 tries the pattern from every offset of
// the window, and most windows end in no relative pronoun (trimEnd drops the same white space as \s)
function endsInPronoun(window: string): boolean {
  const t = window.trimEnd();
  return t.length < window.length && (t.endsWith('that') || t.endsWith('who') || t.endsWith('which'));
}
// a past form, copula or adverb before the pronoun takes it as a conjunction, not a relative: "It emerged that armed
// guards warned ...", "The court was told that frightened tenants said ...", "Police also said that ..." (a noun
// heads an antecedent)
const CLAUSE_TAKING_TAGS: ReadonlySet<string> = new Set(['PastTense', 'Copula', 'Adverb']);
const takesClause = (word: string): boolean => tagsOf(word).some((t) => CLAUSE_TAKING_TAGS.has(t));
// the first two words of the clause
const OPENING_WORDS = /^([\p{Ll}]+)(?:\s+([\p{L}\p{N}’']+))?/u;
// what may follow a verb in -s as its object or complement: an article, a possessive, a demonstrative, a number
const OBJECT_START = /^(?:the|a|an|its|their|his|her|our|this|these|those|some|more|\p{N}+)$/u;
const AUXILIARIES: ReadonlySet<string> = new Set(FINITE_AUXILIARIES);

// the rest of a clause after a verb in -s with a bare object ("that helps refugees", "who trains young nurses"): one or
// two lower-case words, none a verb form (in "that costs rose" the word after the plural noun is the verb) nor a word
// that names nothing ("that residents there said": an adverb after a plural noun is the subject's, not an object)
// (the object may carry a short phrase of its own after a preposition: "that helps people with debt", "who coaches
// girls in the league")
const BARE_OBJECT = /^\s*(\p{Ll}+)(?:\s+(\p{Ll}+))?(?:\s+(?:with|in|at|from|for|of|on|across|around)\s+(?:(?:the|a|an|its|their|his|her|our)\s+)?\p{Ll}+(?:\s+\p{Ll}+)?)?\s*$/u;
// (a plural noun compromise lists as a verb in -s, "nurses", is a noun here; "there", "here" are adverbs it lists as nouns;
// nor a past form: in "that costs rose" the plural noun is the subject)
const NO_OBJECT: ReadonlySet<string> = new Set(['there', 'here', 'home', 'today', 'yesterday', 'tonight', 'nationwide', 'overseas', 'instead']);
const objectWord = (w: string): boolean => (!isVerbForm(w) || w.endsWith('s')) && !isClosedClassWord(w) && !/(?:ly|ed)$/.test(w)
  && !NO_OBJECT.has(w) && !IRREGULAR_PAST_SET.has(w);
const bareObject = (rest: string): boolean => {
  const m = BARE_OBJECT.exec(rest);
  return m !== null && objectWord(m[1]!) && (m[2] === undefined || objectWord(m[2]));
};

/** Whether `phrase` is a verb in -s and its bare object ("helps refugees", "trains young nurses"), no plural subject. */
export function verbWithBareObject(phrase: string): boolean {
  const verb = /^\s*(\p{Ll}{2,}s)\s/u.exec(phrase);
  return verb !== null && !/ss$/.test(verb[1]!) && bareObject(phrase.slice(verb[0].length));
}

// "Volunteers who coach players said", "Parents who run shops": after "who" a word the lexicon knows only as a verb's
// base form is the plural antecedent's verb, not a noun modifying the subject of the cue, when an object follows it
const baseVerbAfterWho = (pronoun: string, word: string, next: string | undefined): boolean =>
  pronoun === 'who' && next !== undefined && tagsOf(word).length > 0 && tagsOf(word).every((t) => t === 'Infinitive');

/** Whether `word` reads as the finite verb of a clause whose subject is the relative pronoun (`pronoun`) before it. */
export function opensWithVerb(word: string, next: string | undefined, rest = '', pronoun = ''): boolean {
  if (AUXILIARIES.has(word) || baseVerbAfterWho(pronoun.toLowerCase(), word, next)) return true;
  // "that organised", "who inspected", "which lent": a past form (not a plural noun that only looks like one)
  if ((isVerbForm(word) || /\p{Ll}{2}ed$/u.test(word)) && !isPluralNoun(word) && !word.endsWith('ing')) return true;
  // "that runs the shelter", "which supplies a school": a present form in -s is read so only with an object after it,
  // as many plural nouns share the shape ("that costs rose" is no relative clause, "that costs a fortune" is)
  if (!/\p{Ll}{2}s$/u.test(word) || /ss$/.test(word)) return false;
  return (next !== undefined && OBJECT_START.test(next.toLowerCase())) || bareObject(rest);
}

/**
 * The phrase before a restrictive relative pronoun that opens the speaker phrase [start, end) with its own verb, or
 * null: the subject the cue after the clause belongs to. `from`: where the sentence starts.
 */
export function restrictiveAntecedent(text: string, from: number, start: number, end: number): Range | null {
  const lo = Math.max(from, start - 40);
  const window = text.slice(lo, start);
  if (!endsInPronoun(window)) return null;
  const lead = RESTRICTIVE_PRONOUN.exec(window);
  if (lead === null || takesClause(lead[1]!)) return null;
  const words = OPENING_WORDS.exec(text.slice(start, end));
  if (words === null) return null;
  // (a bare object, "that helps refugees", only after "who" or "that": "which" before two nouns may be a determiner)
  const rest = lead[2]!.toLowerCase() === 'which' ? '' : text.slice(start + words[1]!.length, end);
  if (!opensWithVerb(words[1]!, words[2], rest, lead[2]!)) return null;
  // (the match opens with the word before the blank, so the pronoun is found after it)
  return phraseBefore(text, from, lo + lead.index + lead[0].indexOf(lead[2]!, lead[1]!.length));
}

// a word that ended the speaker phrase on its left (positions.ts BOUNDARY_WORD) but may as well sit inside a relative
// clause, as a preposition or a conjunction joining its objects ("since 1998", "after the crash", "bread and cakes")
const INNER_BOUNDARY = /(?:^|\s)(?:since|after|before|until|till|when|while|as|than|and|or)\s+$/i;
// punctuation that closes a clause: a relative clause running on to the phrase holds none
const CLAUSE_PUNCTUATION = /[,;:()“”"—–.!?]/;
const PRONOUN_IN = /(?:^|\s)(that|who|which)\s+/g;
const CLAUSE_WORDS = 12;

/**
 * The phrase before a restrictive relative pronoun whose clause runs on past a boundary word up to the speaker phrase
 * at `start` ("The bakery that has supplied the town since 1998 | said"), or null. Only for a phrase that names no one
 * (speaker.ts asks when it found no mention there): "The man who fled after police | said" keeps the police.
 */
export function restrictiveAcross(text: string, from: number, start: number): Range | null {
  const lo = Math.max(from, start - 120);
  const before = text.slice(lo, start);
  if (!INNER_BOUNDARY.test(before)) return null;
  PRONOUN_IN.lastIndex = 0;
  // the earliest pronoun with no clause punctuation after it: the outermost clause the phrase sits in
  for (let m = PRONOUN_IN.exec(before); m !== null; m = PRONOUN_IN.exec(before)) {
    const clause = before.slice(m.index + m[0].length);
    if (CLAUSE_PUNCTUATION.test(clause) || clause.split(/\s+/).length > CLAUSE_WORDS) continue;
    const antecedent = /([\p{L}\p{N}’']*[\p{L}\p{N}’'])\s*$/u.exec(before.slice(0, m.index))?.[1];
    if (antecedent === undefined || takesClause(antecedent) || CLAUSE_PUNCTUATION.test(before.slice(m.index - 1, m.index))) continue;
    const words = OPENING_WORDS.exec(clause);
    if (words === null || !opensWithVerb(words[1]!, words[2], m[1]!.toLowerCase() === 'which' ? '' : clause.slice(words[1]!.length), m[1]!)) continue;
    return phraseBefore(text, from, lo + m.index + m[0].indexOf(m[1]!));
  }
  return null;
}
