// A capitalised word right before a noun-like speech form as the form's subject ("Surveys show", "Novak vows"), which
// makes the form a verb (verb-reading.ts asks); a sentence-opening adjective before a plural noun of disputing is the
// noun's modifier instead ("Fresh clashes over who runs the port erupted").
import type { SpeechWord } from '../quote-marks/speech-words.js';
import { DETERMINER } from './verb-contexts.js';
import { isAdjective, isKnownName } from '../mentions/words.js';

/**
 * Whether a capitalised word before the form is its subject ("Surveys show", "Novak vows"). Not before an -ing
 * form ("Party loathing for", "Senate backing" are nouns with a modifier), nor after "the" and a name when the
 * phrase ends there ("under the Lind plan, the fee ...", "about the harbor attacks." are noun phrases; "the
 * Kremlin claims the vote ..." keeps its verb).
 */
export function nameSubject(text: string, w: SpeechWord): boolean {
  const { before, before2, word } = w;
  return !/ing$/i.test(word) && !adjectiveOpensDispute(text, w) && /^\p{Lu}\p{Ll}/u.test(before) && !DETERMINER.test(before) && !/^(?:The|A|An|This|That|In|On|At|For|If|As)$/.test(before)
    && !(/^(?:the|a|an)$/.test(before2) && /^\s*[,.;:)]|^\s+(?:is|was|are|were|has|had|will|would)\b/.test(text.slice(w.end, w.end + 8)));
}

// "Fresh clashes over who runs the port erupted", "Bitter feuds over whether ...": a sentence's first word that is
// an adjective before a plural noun of disputing is the noun's modifier, not a name ("Novak clashes with" keeps its verb)
const DISPUTE_NOUNS = /^(?:clashes|feuds|quarrels|squabbles|wrangles)$/i;
function adjectiveOpensDispute(text: string, w: SpeechWord): boolean {
  const at = w.start - w.before.length - 1;
  return DISPUTE_NOUNS.test(w.word) && isAdjective(w.before.toLowerCase()) && !isKnownName(w.before.toLowerCase())
    && /(?:^|\n|[.!?]["”’']?\s+)$/.test(text.slice(Math.max(0, at - 3), at));
}
