// Where the clause or infinitive after a possessed noun cue ends ("Her claim THAT HE LIED was false"), read after the
// quote stage's usual end (quotes/noun-cue.ts), which runs on to the sentence's end when the noun phrase is no
// object of a verb of its own:
// - a noun phrase inside a fronted preposition phrase ("Despite the mayor's pledge to cut fares, prices rose"): the
//   phrase, and so the content, ends at its comma;
// - a noun phrase as its clause's subject: the infinitive ends before the main verb (nominal-infinitive.ts), and a
//   that-clause before the main verb after the clause's own ("The firm's warning that profits would fall was
//   ignored by traders", below).
// Pure and regex-only, on the content already found (a bounded window).
import type { Cue } from '../../types.js';
import { nounPossessor } from './nominal-content.js';
import { subjectInfinitiveEnd, opensClause } from './nominal-infinitive.js';
import { VERBS_AFTER_STANCE_SUBJECT } from '../../lexicon/stance-nouns.js';
import { alternation } from '../alternation.js';
import { withoutHedges } from './hedge-aside.js';
import { ACTION_PASTS } from '../../lexicon/past-forms.js';

// a preposition opening the sentence, and at most a few words before the possessor ("Despite", "After months of",
// "In spite of"): the possessed noun heads that phrase's object, which the comma ends ("On reports that the mill
// would shut, shares fell", "Over fears that ..., the school closed": the occasion or cause of the main clause)
const FRONTED_PREPOSITION = /^[\s“"‘']*(?:Despite|In spite of|After|Amid|Amidst|Following|Since|Before|Without|Given|Because of|Contrary to|Unlike|Like|On|Upon|Over)\s+(?:[\p{Ll}-]+\s+){0,3}$/u;

// in a subject that-clause: the auxiliaries, copulas and modals that open a verb group (a finite verb), and the
// lexicon's main verbs news puts after a stance subject; a word in -ed is a finite verb only after a word that is no
// auxiliary ("the tram would be free delighted riders", not "was delighted"), and not before a preposition ("funds
// allocated to schools" is a participle; "on" opens a time as often: "faded on Friday")
const AUXILIARY = new Set(['is', 'was', 'were', 'are', 'has', 'have', 'had', 'will', 'would', 'could', 'can', 'may', 'might', 'must', 'should', 'did', 'does', 'do']);
const GROUP_WORDS = new Set([...AUXILIARY, 'be', 'been', 'being', 'not', 'never', 'also', 'already', 'still', 'just', 'since']);
const LISTED_MAIN = new Set(VERBS_AFTER_STANCE_SUBJECT);
// the irregular pasts, a finite verb as much as one in -ed ("her fear that the ferry SANK kept her awake"); not the
// verbs of saying, knowing and finding, which take a clause with "that" left out ("that the audit found the books
// were cooked": "were" is that clause's verb, not the main one)
const CLAUSE_TAKING = new Set(['found', 'saw']);
const IRREGULAR_PAST = new Set(ACTION_PASTS.filter((w) => !CLAUSE_TAKING.has(w)));
// words after which no finite verb opens: a pronoun or noun subject's verb is the clause's own only after a subject,
// and after these a word in -ed is a modifier ("the new rules", "an unexpected")
const NO_VERB_AFTER = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'this', 'these', 'those', 'of', 'to', 'for', 'on', 'in', 'at', 'by', 'with', 'from', 'as']);
// a clause of its own, or a second clause joined to the first, whose verbs are not the main verb's: the scan stops
// (so does any mark: "the board is weighing it, delaying its vote, has ..." runs on as an aside would)
const CLAUSE_STOP = new Set(['that', 'which', 'who', 'whom', 'whose', 'where', 'when', 'if', 'because', 'while', 'although', 'though', 'until', 'unless', 'after', 'before', 'and', 'but', 'or']);
const PREPOSITION_NEXT = new RegExp(`^\\s+(?:${alternation(['by', 'in', 'at', 'to', 'for', 'with', 'from', 'of', 'as', 'into'])})\\b`);
const WORD = /[\p{L}’'-]+|[,;:!?()“”"—–]/gu;
// the cue holds its own copula ("Her view is that ..."): the noun is that copula's subject, and the clause its complement
const COPULA_CUE = /\s(?:is|was)$/;
// a cue that opens with its article: a noun no one holds by name ("the widespread belief")
const ARTICLE_LED = /^(?:the|a|an)\s/i;
// verbs that link their subject to a complement ('seems justified', 'remained unconvinced'): what follows them is no verb
const LINKING_VERBS = new Set(['seems', 'seemed', 'appears', 'appeared', 'remains', 'remained', 'becomes', 'became', 'proves', 'proved', 'looks', 'looked', 'sounds', 'sounded']);
// what must be left of the content for a cut: "the firm" alone is no clause, "he lied" is
const MIN_WORDS = 2;
// the main verb group from its first word: auxiliaries and adverbs, then the verb ("has not yet been rejected")
const VERB_GROUP = new RegExp(String.raw`^(?:(?:${alternation([...GROUP_WORDS, 'yet'])}|\p{Ll}+ly)\s+)*\p{L}+`, 'u');

// a present tense in -s after its subject ("that the river floods every spring", "that the strike ends soon"): a plural
// noun looks the same ("the bus routes"), so only before what a verb takes and a noun does not: a determiner, an object
// pronoun, "to", an adverb of time or manner (not a preposition, a verb or a noun: "the bus routes were cut", "the new
// rules on rents", "the jobs figures")
const PRESENT_S = /^\p{Ll}{2,}[^su’']s$/u;
const AFTER_PRESENT_VERB = /^\s+(?:the|a|an|his|her|their|its|our|every|each|some|any|no|more|less|much|to|it|them|him|us|soon|again|often|always|never|too|here|now|later|early|late|well|fast|\p{Ll}{2,}ly)\s/u;
// an adverb that goes with a verb right after it: the word in -s before it was a plural noun ("that voters reward
// incumbents often appears flawed", "that donors fund parties rarely seems true")
const ADVERB_BEFORE_VERB = /^\s+(?:soon|again|often|always|never|too|here|now|later|early|late|well|fast|\p{Ll}{2,}ly)\s+\p{Ll}{2,}[^su’']s\b/u;

/** The starts of the finite verbs in `window` (a clause's words after its cue) before any clause word or mark: an
 *  auxiliary or a main verb that opens a verb group (not its later words: "has been rejected" is one); with
 *  `presentS`, a present tense in -s before what a verb takes too (PRESENT_S). */
export function finiteVerbStarts(window: string, presentS = false): number[] {
  const starts: number[] = [];
  let before = '';
  WORD.lastIndex = 0;
  for (let m = WORD.exec(window); m !== null; m = WORD.exec(window)) {
    const w = m[0].toLowerCase();
    if (CLAUSE_STOP.has(w) || !/\p{L}/u.test(w)) break;
    // (the word after a linking verb is its complement, an -ed form too: "seems justified", "remained unconvinced";
    // the clause's verbs are all read by then)
    if (LINKING_VERBS.has(before)) break;
    const opensGroup = AUXILIARY.has(w) && !GROUP_WORDS.has(before) && !NO_VERB_AFTER.has(before);
    // (not after a possessive: "Ada Kim's alleged ties")
    const lexical = !GROUP_WORDS.has(before) && !NO_VERB_AFTER.has(before) && !/['’]s?$/.test(before) && (LISTED_MAIN.has(w)
      || ((w.endsWith('ed') || IRREGULAR_PAST.has(w)) && !PREPOSITION_NEXT.test(window.slice(m.index + w.length, m.index + w.length + 8)))
      || (presentS && PRESENT_S.test(w) && AFTER_PRESENT_VERB.test(window.slice(m.index + w.length, m.index + w.length + 16))
        && !ADVERB_BEFORE_VERB.test(window.slice(m.index + w.length, m.index + w.length + 30))));
    if (before !== '' && (opensGroup || lexical)) starts.push(m.index);
    before = w;
  }
  return starts;
}

const lastWord = (words: string): string => words.slice(words.lastIndexOf(' ') + 1).toLowerCase();

/** The start of the main verb in the that-clause content `window` (a subject's), or -1: the last finite verb when at
 *  least two were seen (the clause's own, then the main one; the clause's own may be a present in -s: "Her fear that
 *  the river floods every spring seems justified"). */
function mainVerbAt(window: string): number {
  const starts = finiteVerbStarts(window, true);
  return starts.length >= 2 ? starts[starts.length - 1] as number : -1;
}

/** The end of the content from `start` to `end` of the possessed noun cue `cue`: cut at a fronted phrase's comma, or
 *  before the main verb when the noun phrase is its clause's subject; else `end`. `later`: the sentence's cues after
 *  `cue`. */
export function nounClauseEnd(text: string, cue: Cue, start: number, end: number, sentenceStart: number, later: readonly Cue[]): number {
  // (an unheld noun, "the belief that ...", has its article where a possessor would stand, and a bare one, "Amid
  // growing fears that ...", its preposition before it: cues/nominal-unheld.ts)
  const bare = FRONTED_PREPOSITION.test(text.slice(Math.max(sentenceStart, cue.start - 40), cue.start)) && cue.start - sentenceStart <= 40;
  const possessor = nounPossessor(text, cue.start, sentenceStart) ?? (ARTICLE_LED.test(cue.text) || bare ? { start: cue.start } : null);
  if (possessor === null) return end;
  const lead = text.slice(Math.max(sentenceStart, possessor.start - 40), possessor.start);
  if (possessor.start - sentenceStart <= 40 && FRONTED_PREPOSITION.test(text.slice(sentenceStart, possessor.start))) {
    // (within the content only: a sentence may run on for megabytes)
    const comma = text.slice(start, end).indexOf(',');
    return comma > 0 ? start + text.slice(start, start + comma).trimEnd().length : end;
  }
  if (text.startsWith('to ', start)) return subjectInfinitiveEnd(text, cue.start, start, end, sentenceStart);
  if (COPULA_CUE.test(cue.text) || !opensClause(lead)) return end;
  // (a hedge between commas is no clause mark: "Her claim that the pier, I think, is safe was rejected", hedge-aside.ts)
  const window = withoutHedges(text.slice(start, Math.min(end, start + 300)));
  const at = mainVerbAt(window);
  if (at < 0) return end;
  // (a cue on the main verb, "Her claim that he lied was rejected by the court", reads the whole noun phrase as its
  // content, which a cut leaves to a record that would take the clause alone: the content then stays as it was)
  const group = start + at + (VERB_GROUP.exec(window.slice(at))?.[0].length ?? 0);
  // (not a linking verb read as a cue of seeming, "Her fear that ... seemed justified": its complement is no content,
  // so no record takes the noun phrase)
  if (later.some((c) => c.start >= start + at && c.start < group && !LINKING_VERBS.has(lastWord(c.text)))) return end;
  const left = window.slice(0, at).trimEnd();
  return left.split(/\s+/).length >= MIN_WORDS ? start + left.length : end;
}
