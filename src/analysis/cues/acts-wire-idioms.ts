// Speech verbs in set phrases of ordinary wire copy that report nobody's words. One check actNotSpeech (acts.ts)
// makes on the text right after the form (`next`, 80 characters) and the word before it:
// - "calls the shots", "called the tune", "called it a day", "call it quits", "called time on": idioms of deciding and
//   of stopping; nothing is called anything
// - "called on" a person or a firm with no plea after it ("the minister called on flood victims in Orla on Tuesday",
//   "the firm called on an outside auditor"): a visit or a hire. The plea has "to" and a verb, or "for" ("called on
//   residents to stay indoors", "called on the board for a recount"): any "to", "for" or "not" in the window keeps it
// - "reports its results", "reported their quarterly earnings on Thursday": a company's filing, nothing in it given
//   (a clause after the noun keeps the cue: "reported its earnings rose 4 percent")
// - "the dispute threatens to derail the talks", "the weekend promises to be dry": an event, a season or a thing
//   built as the subject of "threaten"/"promise" is a prospect, no threat or promise anyone made (a name before the
//   form, "Harbor Project promises to sue", is a body and keeps it: the subject word must be lower-case)
import type { SpeechWord } from '../quote-marks/speech-words.js';
import { PROSPECT_SUBJECTS } from '../../lexicon/deed-contexts.js';

// ("called it a day" only where the phrase ends: "called it a day of shame" names the day)
const CALL_IDIOM = /^\s+(?:the\s+(?:shots|tune)\b|it\s+quits\b|time\s+on\b|it\s+a\s+(?:day|night|career)(?=\s*[,.;:!?)]|\s*$|\s+(?:after|and|when|at|on\s+(?:his|her|their|its)\b)))/i;
// "on"/"upon" and no plea word after it in the window (periods are not read as the sentence end: "called on Gov. Ida
// Lee to resign" keeps its "to")
const CALLED_ON_NO_PLEA = /^\s+(?:on|upon)\s+(?![\s\S]*\b(?:to|for|not)\b)/i;
// a filing and where or when it was filed, then the clause ends (a verb after the noun makes a clause: the cue stays)
const FILED_RESULTS = /^\s+(?:its|their|his|her)\s+(?:(?:quarterly|annual|half-year|full-year|interim|first-quarter|second-quarter|third-quarter|fourth-quarter|latest)\s+)?(?:results|earnings|accounts)(?=\s*[,.;:!?)]|\s*$|\s+(?:in|at|on|for|to|with|after|before|by|from|and|as|during|every|each|this|next|last|early|late|today|tomorrow|yesterday|once|twice)\b)/i;

/** Whether the form is part of a set phrase of wire copy that reports nobody's words (see the header). */
export function wireIdiomAct(text: string, w: SpeechWord, next: string): boolean {
  const lemma = w.form.lemma;
  if (lemma === 'call') return CALL_IDIOM.test(next) || CALLED_ON_NO_PLEA.test(next);
  if (lemma === 'report') return FILED_RESULTS.test(next);
  if (lemma === 'promise' || lemma === 'threaten') {
    const gap = text.slice(w.start - w.before.length - 1, w.start);
    return PROSPECT_SUBJECTS.has(w.before) && /^\p{Ll}+[ \t]$/u.test(gap);
  }
  return false;
}
