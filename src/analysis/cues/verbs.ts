// Speech verbs from the lexicon, in every form, outside quotes. A form that is also a common noun
// ("report", "claim") counts only in a verb's context: after a pronoun, an auxiliary or an adverb,
// or before "that" or a quotation. Any form right after a determiner is a noun ("the report").
import type { Cue } from '../../types.js';
import { SPEECH_FORMS } from '../../lexicon/speech-verbs.js';

const WORD = /\p{L}+(?:['’]\p{L}+)?/gu;
const DETERMINER = /^(?:a|an|the|this|that|these|those|his|her|its|their|our|my|your|no|every|each|any|some|first|last|new)$/i;
const VERB_BEFORE = /^(?:i|he|she|it|we|they|you|who|which|also|will|would|could|can|may|might|must|shall|should|to|do|does|did|not|never|often|repeatedly|once|again|then|later|has|have|had|officials|experts|analysts|critics|polls|data|surveys|studies|records|documents|n't)$/i;
const CLAUSE_AFTER = /^\s*(?:that\b|[:“"‘'«„]|,\s*[“"‘'«„])/;

// "it is believed", "it was reported": an impersonal passive hedges; it names nobody
const IMPERSONAL = /\bit\s+(?:is|was|has\s+been|had\s+been)\s+(?:\w+ly\s+)?$/i;

export function findVerbCues(text: string, inside: (at: number) => boolean): Cue[] {
  const out: Cue[] = [];
  let prev = '';
  let prevCueEnd = -100;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const word = m[0];
    const form = SPEECH_FORMS.get(word.toLowerCase());
    const before = prev;
    prev = word;
    if (form === undefined || inside(m.index)) continue;
    if (DETERMINER.test(before)) continue;
    if (IMPERSONAL.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
    // "pledged to support": an infinitive after a cue belongs to that cue's content
    if (/^to$/i.test(before) && m.index - prevCueEnd <= 5) continue;
    if (form.ambiguous && !VERB_BEFORE.test(before) && !CLAUSE_AFTER.test(text.slice(m.index + word.length, m.index + word.length + 12))) continue;
    out.push({ text: word, start: m.index, end: m.index + word.length, lemma: form.lemma, kind: 'verb' });
    prevCueEnd = m.index + word.length;
  }
  return out;
}
