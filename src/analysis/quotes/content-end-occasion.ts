// "The actor thanked the lifeguards in a short clip where he said they ...": a report, then the occasion it was made on
// ("in a video", "at a rally", "during an interview in which") opening a relative clause with its own subject and verb
// of saying. That clause is a second attribution, and the occasion is the frame's, so the first content ends before the
// occasion's preposition (content-end.ts asks this for each later verb cue). A relative on any other noun ("the town
// where she grew up") or a verb in it that reports nothing ("the hearing at which the mayor testified.") is left alone.
import type { Cue } from '../../types.js';
import { alternation } from '../alternation.js';
import { latin1Twin } from '../latin1-twin.js';
import { SPEECH_OCCASIONS } from '../../lexicon/speech-occasions.js';
import { isSayingLemma } from '../../lexicon/speech-verbs.js';
import { wordCount } from './text-utils.js';

// the preposition, a determiner or a possessor, up to three modifiers, the occasion, up to five words after it with no
// clause mark ("posted on Sunday"), the relative ("where", "in which", "at which"), then the subject: one to four words
// with no relative or conjunction, and perhaps an adverb
const SUBJECT_WORD = String.raw`(?!(?:that|who|which|whom|and|or|but|where|when)\s)[\p{L}\p{N}.’'-]+`;
// (with its Latin-1 twin, latin1-twin.ts: costly to compile for two-byte text)
const OCCASION_RELATIVE = latin1Twin(new RegExp(String.raw`\s(?:in|at|on|during|through|via)\s+(?:a|an|the|his|her|their|its|our|this|that|one|\p{Lu}[\p{L}.-]*['’]s?)\s+`
  + String.raw`(?:[\p{L}\p{N}’'-]+\s+){0,3}?(?:${alternation(SPEECH_OCCASIONS)})s?(?:\s+[^\s,;:“”"‘’()]+){0,5}?`
  + String.raw`\s+(?:where|(?:in|at|on|during|through)\s+which)\s+(?:${SUBJECT_WORD}\s+){1,4}(?:(?:also|again|later|then|\p{Ll}+ly)\s+)?$`, 'u'));
const WINDOW = 120;

/**
 * Where the content of `cue` ends because the text before the later cue `next` is an occasion with a relative clause
 * whose subject says something (`next` a verb of saying or writing with words after it), or -1.
 */
export function occasionRelativeCut(text: string, cue: Cue, next: Cue, sentenceEnd: number): number {
  if (!isSayingLemma(next.lemma) || /^\s*(?:[.;!?]|$)/.test(text.slice(next.end, Math.min(sentenceEnd, next.end + 3)))) return -1;
  const from = Math.max(cue.end, next.start - WINDOW);
  const before = text.slice(from, next.start);
  const m = OCCASION_RELATIVE.for(before).exec(before);
  if (m === null) return -1;
  const cut = from + m.index;
  return wordCount(text.slice(cue.end, cut)) >= 1 ? cut : -1;
}
