// The voice of a cue: whether the subject before it holds the content. In "X is expected to win",
// "X was asked how", "X seems to be losing" the subject is what the content is about, not its source
// (see lexicon/non-speaker-subjects.ts); the speaker rules then look for an agent after "by" or give none.
// A passive with "be" left out ("Villagers told to boil water", ", expected to win") is reduced-passive.ts.
import type { Resolved } from '../state.js';
import type { Cue } from '../../types.js';
import { EXPERIENCER_PARTICIPLES, PASSIVE_AUXILIARIES, RAISING_VERBS } from '../../lexicon/non-speaker-subjects.js';
import { SPEECH_FORMS } from '../../lexicon/speech-verbs.js';
import { firstNotBefore } from '../sorted.js';
import { isStanceAdjective } from '../cues/adjectives.js';
import { isApostropheCode, isLetterUnit } from '../segment/letters.js';
import { isSpace } from './text-utils.js';

export type Voice = 'active' | 'passive' | 'raising';

// the shapes of a past participle, regular and irregular ("asked", "shown", "told", "said", "thought", "found")
const PARTICIPLE = /(?:ed|en|wn|ld|id|ght|nd|ard|ood)$/;
// "by" right after the cue: its agent follows (content-end-passive.ts tests it too)
export const AGENT_NEXT = /^\s+by\b/i;
// words that may stand between "be" and the participle ("is not thought", "was once asked", "was first asked",
// and degree words: "is best known for", "is better known as", "was well regarded")
export const BETWEEN = /^(?:not|never|also|once|still|often|long|widely|generally|largely|now|then|already|even|being|first|later|initially|originally|previously|recently|best|better|well|most|more|less|least|\p{L}+ly)$/u;
// nothing but a conjunction before the participle: it opens the sentence ("Asked about it, ...", "And asked why, ...")
const SENTENCE_OPENING = /^\s*(?:(?:and|but|so|yet)\s+)?$/i;
// a participle alone after these is a passive clause with its subject left out ("when asked", "if pressed")
const REDUCED_LEAD = /\b(?:when|if|once|unless|as|until|though|although)\s+$/i;
const CUE_PREPOSITION = /^(?:about|for|of|on|to|with|at|as|by|in|into|over|against|upon|from)$/;

export const wordsOf = (s: string): string[] => s.toLowerCase().replace(/’/g, "'").match(/[\p{L}']+/gu) ?? [];

// a word character for the backward scan (letters and apostrophes), one code unit at a time
const isWordChar = (text: string, i: number): boolean => isApostropheCode(text.charCodeAt(i)) || isLetterUnit(text, i);

/** The words right before `at` (at most `n`, back to `lo`), last first, lower case: a scan, no slice of the text. */
function wordsBefore(text: string, lo: number, at: number, n: number): string[] {
  const out: string[] = [];
  let i = at;
  while (out.length < n) {
    while (i > lo && isSpace(text[i - 1])) i--;
    const end = i;
    while (i > lo && isWordChar(text, i - 1)) i--;
    if (i === end) break;
    out.push(text.slice(i, end).toLowerCase().replace(/’/g, "'"));
  }
  return out;
}

/**
 * Whether the subject before a cue holds its content (active), or is only what the content is about:
 * "X is expected to win", "X was asked how" (passive), "X seems to be losing" (raising). A raising verb
 * before a cue verb passes the subject on ("the letters seem to show that").
 */
export function cueVoice(text: string, lo: number, cue: { start: number; end: number }): Voice {
  const cueText = text.slice(cue.start, cue.end);
  // most cues are one plain word ("said"): no regex for those
  const cueWords = /^[a-z]+$/i.test(cueText) ? [cueText.toLowerCase()] : wordsOf(cueText);
  // a cue may carry its preposition ("was asked about", "have been blamed for"): the verb is before it
  while (cueWords.length > 1 && CUE_PREPOSITION.test(cueWords[cueWords.length - 1] ?? '')) cueWords.pop();
  const last = cueWords[cueWords.length - 1] ?? '';
  const raising = cueWords.findIndex((w) => RAISING_VERBS.has(w));
  // "seems to suggest" as one cue: the verb after the raising one is the cue, and the subject its speaker
  const inner = cueWords.slice(raising + 1).filter((w) => w !== 'to');
  if (raising >= 0 && inner.length > 0 && !/^(?:be|have|been)$/.test(inner[0] ?? '')) return 'active';
  if (raising >= 0) {
    // "he appeared at a hearing", "she appeared on TV": showing up, not raising
    if (/^\s+(?:at|on|in|before|with|alongside|during|onstage|together)\b/i.test(text.slice(cue.end, cue.end + 12))) return 'active';
    const next = /^\s+to\s+([\p{L}]+)/u.exec(text.slice(cue.end, cue.end + 30))?.[1]?.toLowerCase();
    return next !== undefined && next !== 'be' && next !== 'have' && SPEECH_FORMS.has(next) ? 'active' : 'raising';
  }
  // "were opposed to the plan" is the subject's own stance, but "was opposed by farmers" is done to the
  // subject: a stance verb's participle with its agent right after it is a passive like any other
  const experiencer = EXPERIENCER_PARTICIPLES.has(last) && !(SPEECH_FORMS.get(last)?.group === 'stance' && AGENT_NEXT.test(text.slice(cue.end, cue.end + 4)));
  // "are afraid that", "is keen to", "is fond of": an adjective cue that only ends like a participle ("-id", "-en",
  // "-nd") is the subject's own feeling, not a passive (the -ed ones, "was opposed by", are tested as participles)
  if (experiencer || !PARTICIPLE.test(last) || (isStanceAdjective(last) && !last.endsWith('ed'))) return 'active';
  // the words before the participle, nearest first: inside the cue, then before it
  const all = [...cueWords.slice(0, -1).reverse(), ...wordsBefore(text, Math.max(lo, cue.start - 40), cue.start, 3)];
  for (let k = 0; k < all.length && k < 3; k++) {
    const w = all[k] as string;
    if (PASSIVE_AUXILIARIES.has(w)) return 'passive';
    if (!BETWEEN.test(w)) break;
  }
  // "when asked", and a participle opening the sentence ("Asked about the plan, voters were split")
  if (cueWords.length === 1 && (REDUCED_LEAD.test(text.slice(Math.max(lo, cue.start - 12), cue.start)) || SENTENCE_OPENING.test(text.slice(lo, cue.start)))) return 'passive';
  return 'active';
}

// words between a subject and its cue that keep the cue the subject's own verb ("has also", "may")
const AUX_GAP = /^(?:has|have|had|will|would|could|can|may|might|must|should|shall|did|does|do|not|n't|never|also|once|still|often|now|then|already|even|just|\p{L}+ly)$/u;

/** The cue right after a subject phrase ending at `end` (or after a comma there), with at most auxiliaries and adverbs between. */
export function cueAfter(s: Resolved, end: number, afterComma = false): Cue | undefined {
  const lo = firstNotBefore(s.cues, (x) => x.start < end);
  const cue = s.cues[lo];
  if (cue === undefined || cue.kind !== 'verb' || cue.start - end > 40) return undefined;
  let gap = s.doc.text.slice(end, cue.start);
  // "X, who ..., said": the cue after the comma that closes an aside
  if (afterComma) {
    if (!/^\s*,/.test(gap)) return undefined;
    gap = gap.replace(/^\s*,/, '');
  }
  if (gap.trim() === '') return cue;
  return /^[\s\p{L}’']*$/u.test(gap) && wordsOf(gap).every((w) => AUX_GAP.test(w)) ? cue : undefined;
}

