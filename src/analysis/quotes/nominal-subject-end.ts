// A possessed noun cue that opens its sentence heads the sentence's subject: "Her claim that he lied was
// rejected by the court", "The mayor's pledge to cut fares pleased riders". Its that-clause or infinitive
// then ends before the sentence's main verb, not at the sentence's end. Regex-only, on the content the
// quote stage found already (at most a few hundred characters).
import type { Cue } from '../../types.js';
import { nounPossessor } from './nominal-content.js';
import { VERBS_AFTER_STANCE_SUBJECT } from '../../lexicon/stance-nouns.js';

// the possessor opens the sentence, perhaps after an opening mark or a conjunction
const OPENING = /^[\s“"‘'(]*(?:(?:But|And|Yet|Still|So)\s+)?$/;
// a main verb: an auxiliary or copula with no -ing form after it (not the clause's own "was lying"), or a
// verb news often puts after such a subject (lexicon); not after a pronoun ("that he was paid" is the
// clause's own verb), a relative word, an article or a preposition, nor after "and", "but" or "or" (a
// second verb of the same clause)
const MAIN_VERB = new RegExp(`(?<!\\b(?:that|which|who|whom|the|a|an|of|to|for|on|in|at|by|with|and|but|or|it|he|she|they|we|you|i|there))\\s(?:(?:is|was|were|are|has|have|had|will|would|could|can|may|might|must|should|remains|remained)(?!\\s+\\p{Ll}+ing\\b)|${VERBS_AFTER_STANCE_SUBJECT.join('|')})\\b`, 'giu');
// the cue holds its own copula ("Her view is that ..."): the possessed noun is that copula's subject
const COPULA_CUE = /\s(?:is|was)$/;
// what must be left of the content for a cut: "the firm" alone is no clause, "he lied" is
const MIN_WORDS = 3;
const PRONOUN_CLAUSE = /^(?:he|she|it|they|we|i|you)\s+\S/i;
// auxiliaries and adverbs left before a lexical main verb ("has proved", "has already won"; not -ly words:
// "is too costly is shared" keeps its adjective)
const TRAILING_AUX = /(?:\s+(?:has|have|had|is|was|were|are|will|would|could|can|may|might|must|should|did|does|do|been|also|already|since|still|not|never))+\s*$/;

/**
 * Where the content from `start` to `end` of the noun cue `cue` ends: before the sentence's main verb when
 * the cue's possessor opens the sentence (the last such verb in the content), else `end` unchanged.
 */
export function subjectClauseEnd(text: string, cue: Cue, start: number, end: number, sentenceStart: number): number {
  if (cue.kind !== 'noun' || COPULA_CUE.test(cue.text)) return end;
  const owner = nounPossessor(text, cue.start, sentenceStart);
  if (owner === null || !OPENING.test(text.slice(sentenceStart, owner.start))) return end;
  const content = text.slice(start, end);
  let cut = -1;
  MAIN_VERB.lastIndex = 0;
  for (let m = MAIN_VERB.exec(content); m !== null; m = MAIN_VERB.exec(content)) {
    cut = m.index;
    MAIN_VERB.lastIndex = m.index + 1;
  }
  if (cut < 0) return end;
  const left = content.slice(0, cut).replace(TRAILING_AUX, '').replace(/[\s,]+$/, '');
  const words = left.split(/\s+/).filter(Boolean).length;
  return words >= MIN_WORDS || (words === 2 && PRONOUN_CLAUSE.test(left)) ? start + left.length : end;
}
