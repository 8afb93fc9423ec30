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
import { alternation } from '../alternation.js';
import { withoutHedges } from './hedge-aside.js';
import { finiteVerbStarts, GROUP_WORDS, LINKING_VERBS } from './finite-verbs.js';

// a preposition opening the sentence, and at most a few words before the possessor ("Despite", "After months of",
// "In spite of"): the possessed noun heads that phrase's object, which the comma ends ("On reports that the mill
// would shut, shares fell", "Over fears that ..., the school closed": the occasion or cause of the main clause)
const FRONTED_PREPOSITION = /^[\s“"‘']*(?:Despite|In spite of|After|Amid|Amidst|Following|Since|Before|Without|Given|Because of|Contrary to|Unlike|Like|On|Upon|Over)\s+(?:[\p{Ll}-]+\s+){0,3}$/u;

// the cue holds its own copula ("Her view is that ..."): the noun is that copula's subject, and the clause its complement
const COPULA_CUE = /\s(?:is|was)$/;
// a cue that opens with its article: a noun no one holds by name ("the widespread belief")
const ARTICLE_LED = /^(?:the|a|an)\s/i;
// what must be left of the content for a cut: "the firm" alone is no clause, "he lied" is
const MIN_WORDS = 2;
// the main verb group from its first word: auxiliaries and adverbs, then the verb ("has not yet been rejected")
const VERB_GROUP = new RegExp(String.raw`^(?:(?:${alternation([...GROUP_WORDS, 'yet'])}|\p{Ll}+ly)\s+)*\p{L}+`, 'u');

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
