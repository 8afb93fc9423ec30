// Part of noun-or-verb.ts's noun frame: a bare form that names a person ("champion", "advocate") right before a name is
// the title of that name, not a verb with the word before it as subject. Either a sentence opens with an adjective or
// participle before it ("Defending champion Ria Holm is among the leaders"), or a singular capitalised word stands
// before it and the name goes on to its own verb ("Olympic champion Ana Ruiz is among them"). A form that names no
// person is a team's or a party's bare verb in British news ("Leinster hope Ana Ruiz can play", "Labour back Ana Ruiz
// over the levy").
import type { SpeechWord } from '../quote-marks/speech-words.js';
import { QUANTIFIER } from './verb-contexts.js';
import { isAdjective, isPersonNoun, isPluralNoun } from '../mentions/words.js';

// a name of two or three capitalised words, then a comma or its finite verb
const TITLED_NAME_THEN_VERB = /^[ \t]+(?:\p{Lu}[\p{L}’'-]+[ \t]+){1,2}\p{Lu}[\p{L}’'-]+(?:,|[ \t]+(?:is|was|are|were|has|had|will|would|can|could|won|lost|said|says|\p{Ll}{2,}ed)\b)/u;
// a sentence's opening word right before the form
const OPENING_WORD = /(?:^|\n|[.!?]["”’']?\s+)\p{Lu}\p{Ll}+\s+$/u;

/** What nounFrame has read around the form: its lemma bare, a subject word before it, the text before and after it,
 *  and whether names joined by "and" stand before it (a plural subject). */
export interface NounFrameContext {
  bare: boolean;
  subjectWord: boolean;
  lead: string;
  after: string;
  namesJoinedBefore: boolean;
}

/** Whether the form in `w` is the title before a name (see the header). */
export function titleBeforeName(w: SpeechWord, c: NounFrameContext): boolean {
  const { before, form } = w;
  if (!c.bare || c.subjectWord || QUANTIFIER.test(before)) return false;
  // "Defending champion Ria Holm", "Reigning champion X won": neither opening word is a subject that takes a bare verb
  if (OPENING_WORD.test(c.lead) && (/ing$/.test(before) || isAdjective(before.toLowerCase()))) return true;
  return /^\p{Lu}\p{Ll}+$/u.test(before) && !/s$/.test(before) && !isPluralNoun(before.toLowerCase()) && isPersonNoun(form.lemma)
    && TITLED_NAME_THEN_VERB.test(c.after) && !c.namesJoinedBefore;
}
