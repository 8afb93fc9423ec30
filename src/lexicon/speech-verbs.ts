// Verbs that introduce what someone said, wrote, found or holds: the cues of quotes and reported
// speech, one table of every form. The verbs live by class (speech-verbs-saying, -phrasal, -stance,
// -mind), each group with why it is kept; speech-verbs-dropped lists those left out, and
// speech-verb-nouns the forms that are as often nouns. The classes are read in this order: a form
// listed twice takes the lemma and class of its first listing.
import type { SpeechVerb, VerbGroup } from './speech-verb-entry.js';
import { SAYING_VERBS } from './speech-verbs-saying.js';
import { PHRASAL_VERBS } from './speech-verbs-phrasal.js';
import { STANCE_VERBS } from './speech-verbs-stance.js';
import { MIND_VERBS } from './speech-verbs-mind.js';
import { CAUSED_FEELING_VERBS } from './caused-feelings.js';
import { AMBIGUOUS } from './speech-verb-nouns.js';
import { IRREGULAR_PAST_SET } from './past-forms.js';
import { regularForms } from './verb-forms.js';

const SPEECH_VERBS: readonly SpeechVerb[] = [...SAYING_VERBS, ...PHRASAL_VERBS, ...STANCE_VERBS, ...MIND_VERBS, ...CAUSED_FEELING_VERBS];

export interface SpeechForm {
  lemma: string;
  group: VerbGroup;
  /** Needs a verb's context to count (see AMBIGUOUS). */
  ambiguous: boolean;
  /** Counts only right after a closed quote. */
  afterQuoteOnly: boolean;
  /** A cue only in its frame (cues/frames.ts); the verb pass reads the frame, not the ambiguity. */
  framed: boolean;
  /** Too often a noun or another word (AMBIGUOUS): the verb pass wants a verb's context around it. */
  nounLike: boolean;
}

/** The groups whose content is a clause said or written (not a finding, a stance or a feeling): a second
 *  attribution of one of these opens a clause of its own (quotes/content-end-pronoun.ts, content-end-cuts.ts). */
export const SAYING_GROUPS: ReadonlySet<VerbGroup> = new Set<VerbGroup>(['speech', 'writing']);

/** Every form that can be a cue, lower-case, to its lemma and group. */
export const SPEECH_FORMS: ReadonlyMap<string, SpeechForm> = (() => {
  const map = new Map<string, SpeechForm>();
  for (const v of SPEECH_VERBS) {
    for (const f of v.forms ?? regularForms(v.lemma)) {
      if (v.skip?.includes(f) || map.has(f)) continue;
      const framed = v.framed === true || (v.framed?.includes(f) ?? false);
      // a framed form is ambiguous to every reader without the frame check (the scare test, the
      // sentence splitter): "saw", "put", "played" alone are no evidence of speech
      const nounLike = AMBIGUOUS.has(f);
      map.set(f, { lemma: v.lemma, group: v.group, ambiguous: nounLike || framed, nounLike, framed, afterQuoteOnly: v.afterQuoteOnly === true });
    }
  }
  return map;
})();

/** Whether the verb whose lemma (or form) is `lemma` is one of saying or writing (SAYING_GROUPS), not a stance, a feeling or a finding. */
export function isSayingLemma(lemma: string): boolean {
  const group = SPEECH_FORMS.get(lemma)?.group;
  return group !== undefined && SAYING_GROUPS.has(group);
}

/** The finite forms of a listed lemma, third person present and past ("adds", "added"; "writes", "wrote"), for patterns
 *  that want a verb of saying with its subject before it; undefined for a lemma no entry lists. */
export function finiteForms(lemma: string): { present: string; past: string } | undefined {
  const v = SPEECH_VERBS.find((e) => e.lemma === lemma);
  if (v === undefined) return undefined;
  const forms = v.forms ?? regularForms(lemma);
  const present = forms.find((f) => f !== lemma && f.endsWith('s'));
  const past = forms.find((f) => IRREGULAR_PAST_SET.has(f)) ?? forms.find((f) => f.endsWith('ed'));
  return present === undefined || past === undefined ? undefined : { present, past };
}
