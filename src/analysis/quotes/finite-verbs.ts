// The finite verbs of a clause read after its cue: where each verb group opens, up to the first clause word or mark.
// Read by the that-clause end of a subject noun phrase (nominal-end.ts: the last of two or more is the main verb),
// and by the quote stage's other ends and joins that need to know whether a stretch holds a verb of its own
// (content-end-relative.ts, content-end-join.ts, content-end-appositive.ts, verb-subject.ts).
// Pure and regex-only.
import { VERBS_AFTER_STANCE_SUBJECT } from '../../lexicon/stance-nouns.js';
import { alternation } from '../alternation.js';
import { ACTION_PASTS } from '../../lexicon/past-forms.js';

// in a subject that-clause: the auxiliaries, copulas and modals that open a verb group (a finite verb), and the
// lexicon's main verbs news puts after a stance subject; a word in -ed is a finite verb only after a word that is no
// auxiliary ("the tram would be free delighted riders", not "was delighted"), and not before a preposition ("funds
// allocated to schools" is a participle; "on" opens a time as often: "faded on Friday")
const AUXILIARY = new Set(['is', 'was', 'were', 'are', 'has', 'have', 'had', 'will', 'would', 'could', 'can', 'may', 'might', 'must', 'should', 'did', 'does', 'do']);
export const GROUP_WORDS = new Set([...AUXILIARY, 'be', 'been', 'being', 'not', 'never', 'also', 'already', 'still', 'just', 'since']);
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
// verbs that link their subject to a complement ('seems justified', 'remained unconvinced'): what follows them is no verb
export const LINKING_VERBS = new Set(['seems', 'seemed', 'appears', 'appeared', 'remains', 'remained', 'becomes', 'became', 'proves', 'proved', 'looks', 'looked', 'sounds', 'sounded']);

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
