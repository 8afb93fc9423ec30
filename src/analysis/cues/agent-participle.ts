// A stance participle that describes a noun and names the stance's holder after "by": "a plan backed by the
// unions", "a bill opposed by two senators", "The deal, welcomed by the growers' lobby, lowers tariffs". The verb
// pass drops a participle with its agent as a reduced relative (participles.ts: "the rules proposed by"), right for
// most verbs; for verbs of backing, opposing and judging (lexicon/agent-participles.ts) the agent holds a view of the
// noun, as annotated news counts it. The cue is the participle, read as a noun cue is (construction
// 'agent-participle'): the noun phrase before it is the content and the agent the source (quotes/agent-participle.ts).
// One regex pass; the noun phrase is read off a short window before each match.
import type { Cue } from '../../types.js';
import { AGENT_STANCE_PARTICIPLES, GUARANTEED_HEADS, MATERIAL_BACKING_PARTICIPLES, MATERIALLY_BACKED_ACTORS, WELCOMING_PARTICIPLES } from '../../lexicon/agent-participles.js';
import { NEVER_IN_PHRASE, INNER_PREPOSITIONS } from '../../lexicon/noun-phrase-words.js';
import { isGroupNoun, isKnownName, isOrganizationHead, isPersonNoun } from '../mentions/words.js';
import { alternation, firstLetters } from '../alternation.js';

// the participle, "by" and the first letter or digit of its agent
const PARTICIPLE_BY = new RegExp(String.raw`${firstLetters(AGENT_STANCE_PARTICIPLES)}\b(${alternation(AGENT_STANCE_PARTICIPLES)})\s+by\s+(?=[\p{L}\d])`, 'giu');
// what opens the noun phrase: a determiner ("that" left out: after a verb it is as often "said that unions ...")
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'these', 'those', 'his', 'her', 'its', 'their', 'our',
  'another', 'every', 'each', 'any', 'both', 'several', 'many', 'some']);
// a possessor that stands for the determiner ("Lund's plan", "the union's bid")
const POSSESSOR = /^\p{L}[\p{L}.-]*['’]s$/u;
// words inside the phrase: letters, digits, hyphens, apostrophes
const WORD_BEFORE = /([\p{L}\d][\p{L}\d’'.-]*)( +)$/u;
// the opening phrase of a sentence, set off by a comma before the participle ("The deal, welcomed by ...,")
const OPENING_PHRASE = /(?:^|[.!?]["”’']?\s+|\n\s*)((?:The|A|An|This|These|Those|His|Her|Its|Their|Our|\p{Lu}[\p{L}.-]*['’]s)(?: +[\p{L}\d’'-]+){1,4}),\s*$/u;
// the agent's phrase closed by a comma, as an aside is
const AGENT_ASIDE = /^\s+by\s+[^,.;:!?()“”"\n]{2,80},/u;

/** A word that cannot stand inside a noun phrase before a participle: a verb's auxiliary, a preposition, a conjunction. */
const outsidePhrase = (lower: string): boolean => NEVER_IN_PHRASE.has(lower) || INNER_PREPOSITIONS.has(lower) || lower === 'that';

/**
 * The noun phrase right before a participle at `at` (not before `lo`): from a determiner or a possessor up to four words
 * back, with only spaces between ("a compromise plan backed by", "the mayor's budget opposed by"), or a sentence's
 * opening phrase set off by a comma when a comma closes the agent too ("The deal, welcomed by the lobby, lowers").
 * Null when the words before are no such phrase ("was backed by", "voters backed by").
 */
export function nounBeforeParticiple(text: string, lo: number, at: number, participle: string): { start: number; end: number } | null {
  const from = Math.max(lo, at - 90);
  let window = text.slice(from, at);
  const comma = OPENING_PHRASE.exec(window);
  if (comma !== null) {
    const phrase = comma[1] ?? '';
    const start = from + comma.index + comma[0].indexOf(phrase);
    const words = phrase.split(/ +/);
    if (words.slice(1).some((w) => outsidePhrase(w.toLowerCase()) || /(?:ed|ly)$/.test(w)) || !AGENT_ASIDE.test(text.slice(at + participle.length, at + participle.length + 96))) return null;
    return headAllowed(words[words.length - 1] ?? '', participle) ? { start, end: start + phrase.length } : null;
  }
  let start = -1;
  let head = '';
  for (let n = 0; n < 5; n++) {
    const m = WORD_BEFORE.exec(window);
    if (m === null) break;
    const word = m[1] ?? '';
    const lower = word.toLowerCase();
    window = window.slice(0, m.index);
    if (n === 0) {
      // the head: a noun, not an adverb, a past form or a possessor ("was widely backed by", "the mayor's backed by")
      if (outsidePhrase(lower) || DETERMINERS.has(lower) || /(?:ly|ed|['’]s)$/.test(lower)) return null;
      head = word;
      continue;
    }
    if (DETERMINERS.has(lower)) return headAllowed(head, participle) ? { start: from + m.index, end: at - 1 } : null;
    if (outsidePhrase(lower)) break;
    start = POSSESSOR.test(word) ? from + m.index : -1;
  }
  // no determiner: a possessor opens the phrase ("Lund's plan backed by"), nothing else does ("voters backed by")
  return start >= 0 && headAllowed(head, participle) ? { start, end: at - 1 } : null;
}

/** A head the participle's stance can be about: not what money backs ("a loan backed by the state"), nor a person a
 * greeting participle meets ("the envoy welcomed by the mayor"), nor a body or a group backed or supported with money,
 * arms or staff ("a militia backed by the army", "the startup, backed by a venture fund", "rebels supported by X"). */
function headAllowed(head: string, participle: string): boolean {
  const lower = head.toLowerCase();
  if (GUARANTEED_HEADS.has(lower)) return false;
  if (MATERIAL_BACKING_PARTICIPLES.has(participle.toLowerCase()) && (isOrganizationHead(lower) || isGroupNoun(lower) || MATERIALLY_BACKED_ACTORS.has(lower))) return false;
  return !(WELCOMING_PARTICIPLES.has(participle.toLowerCase()) && (isPersonNoun(lower) || isGroupNoun(lower) || isKnownName(lower) || /^\p{Lu}/u.test(head)));
}

/** Stance participles with a noun phrase before and "by" after, outside quotes, as noun cues. */
export function findAgentParticipleCues(text: string, inside: (at: number) => boolean): Cue[] {
  const out: Cue[] = [];
  PARTICIPLE_BY.lastIndex = 0;
  for (let m = PARTICIPLE_BY.exec(text); m !== null; m = PARTICIPLE_BY.exec(text)) {
    const word = m[1] ?? '';
    if (inside(m.index) || nounBeforeParticiple(text, 0, m.index, word) === null) continue;
    out.push({ text: word, start: m.index, end: m.index + word.length, lemma: word.toLowerCase(), kind: 'noun', construction: 'agent-participle' });
  }
  return out;
}
