// The subject of a cue with asides between them ("X, who ..., said", "X, a doctor, said", "Residents, led by a group,
// say", "The study, run across 61 firms, found", "X, 52, said", "X, speaking at the pier, said"): back comma by comma
// over the clauses that are asides to a phrase that names someone. The phrase itself and the auxiliaries before the
// cue are read by positions.ts.
import { isSpace } from './text-utils.js';
import { alternation } from '../alternation.js';
import { ASIDE_PARTICIPLES, SUBORDINATORS } from '../../lexicon/subordinators.js';
import { IRREGULAR_PASTS, PARTICIPLE_BY, PAST_PARTICIPLE } from '../../lexicon/past-forms.js';
import { phraseBefore, stripAux, SUBJECT_WINDOW, type Range } from './positions.js';

// (a participle with its agent too: "The report, seen by the Courier, says ...")
const CLAUSE_OPENER = new RegExp(String.raw`^\s*(?:(?:who|whom|whose|which|a|an|the|now|once|himself|herself|also|both|like|until|speaking|in|at|on|with|after|before|during|for|citing|according)\b|${PARTICIPLE_BY})`, 'iu');
// a past participle and its agent opening an aside ("led by", "backed by", "joined by", "driven by");
// CLAUSE_OPENER above has the same shape case-blind, for the clause right after a comma
const AGENT_ASIDE = new RegExp(String.raw`^\s*${PARTICIPLE_BY}`, 'u');
// a past participle and the preposition or time word after it opening an aside with no agent ("The study, run across
// 61 firms, found", "The report, published in a journal on Monday, says"): what was done to the subject, whose phrase
// ends before the comma (the phrase inside names where or when, not who speaks); irregular participles that are
// also the past form ("held", "led", "run" aside) come from lexicon/past-forms.ts
const PLACE_ASIDE = new RegExp(String.raw`^\s*(?:${PAST_PARTICIPLE}|run|done|${alternation(IRREGULAR_PASTS)})\s+(?:(?:up|out|off|down)\s+)?(?:in|on|at|across|among|over|from|for|after|during|since|between|under|with|last|this|earlier)\s`, 'u');
// an age in apposition, bare or with "aged" ("The driver, 40, said", "The pilot, aged 52, had warned"): news
// gives a person's age between commas after the name, so the phrase before it is the subject
// a person's age in apposition and the comma closing it ("52,", "aged 52,"); content-before-inverted.ts reads it too
export const AGE_APPOSITION = String.raw`(?:aged\s+)?\p{N}{1,3}\s*,`;
const AGE_ASIDE = new RegExp(String.raw`^\s*${AGE_APPOSITION}`, 'u');
// a relative pronoun opening an aside (verb-subject.ts reads it too, for a cue inside such an aside)
export const RELATIVE_ASIDE = /^\s*(?:who|whom|whose|which)\b/i;
// an -ing participle and the preposition, article or pronoun after it opening an aside ("speaking at", "writing in a",
// "standing beside her"): a participle clause on the subject, not the subject
const ING_ASIDE = /^\s*\p{Ll}{2,}ing\s+(?:at|in|on|to|for|from|with|about|after|before|during|by|outside|inside|beside|near|through|into|over|the|a|an|his|her|their|its|him|them|us)\s/u;
// a closing quotation mark right after a comma
const CLOSER_AFTER = /^[”"’']/u;
// an aside that is a subordinate or participle clause ("when asked ...", "speaking to ...")
export const SUBORDINATE_ASIDE = new RegExp(String.raw`^\s*(?:${alternation([...SUBORDINATORS, ...ASIDE_PARTICIPLES])})\b`, 'i');

/**
 * The subject of a cue: the phrase before it, skipping auxiliaries, and skipping back over one
 * comma clause ("X, who ..., said" / "X, a doctor, said") when the words before the cue are one.
 */
export function subjectBefore(text: string, sentenceStart: number, cueStart: number, names?: (r: Range) => boolean): Range | null {
  const end = stripAux(text, sentenceStart, cueStart);
  let j = end;
  while (j > sentenceStart && isSpace(text[j - 1])) j--;
  if (text[j - 1] !== ',') return phraseBefore(text, sentenceStart, end);
  // asides between subject and verb ("X, who ..., said", "X, D-Ore., visiting the plant, said"):
  // go back comma by comma (at most 3) to a phrase that names someone
  const lo = Math.max(sentenceStart, j - SUBJECT_WINDOW);
  let k = j - 1;
  let fallback: Range | null = null;
  for (let n = 0; n < 3; n++) {
    const found = text.slice(lo, k).lastIndexOf(',');
    const prevComma = found < 0 ? -1 : lo + found;
    const opener = CLAUSE_OPENER.test(text.slice(k + 1, k + 20)) || AGE_ASIDE.test(text.slice(k + 1, k + 20))
      || ING_ASIDE.test(text.slice(k + 1, k + 30)) || SUBORDINATE_ASIDE.test(text.slice(k + 1, k + 20))
      || PLACE_ASIDE.test(text.slice(k + 1, k + 28));
    // (a comma that closes a quote, '“We will stay,” the mayor, ..., said', is where the subject's phrase starts: the
    // quote's words are its content, never its subject)
    if (prevComma < lo || CLOSER_AFTER.test(text.slice(prevComma + 1, prevComma + 2))) {
      const r = phraseBefore(text, sentenceStart, k);
      return r !== null && (names === undefined || names(r) || opener) ? r : fallback;
    }
    // "Ana Roe, who met Ivo Sarn in May, said", "The port, which Ivo Sarn runs, said": a non-restrictive relative
    // clause is an aside, whatever it names
    // ("the engineer, writing in a report to the council, said": a participle and its preposition or object likewise)
    if (RELATIVE_ASIDE.test(text.slice(prevComma + 1, Math.min(k, prevComma + 12))) || ING_ASIDE.test(text.slice(prevComma + 1, Math.min(k, prevComma + 30)))) { k = prevComma; continue; }
    // "X, when asked whether he would run, said": a subordinate clause between commas is an aside,
    // whatever it names
    if (SUBORDINATE_ASIDE.test(text.slice(prevComma + 1, Math.min(k, prevComma + 20)))) { k = prevComma; continue; }
    // "Residents, led by a group called Save Our Park, say": a participle with its "by" agent is an aside
    // too, and the agent is not the verb's subject
    if (AGENT_ASIDE.test(text.slice(prevComma + 1, Math.min(k, prevComma + 24)))) { k = prevComma; continue; }
    // "The study, run across 61 firms in 2022, found": the participle's place or time phrase is no subject either
    if (PLACE_ASIDE.test(text.slice(prevComma + 1, Math.min(k, prevComma + 28)))) { k = prevComma; continue; }
    const r = phraseBefore(text, sentenceStart, k);
    if (r !== null && names !== undefined && names(r)) return r;
    if (r !== null && opener && fallback === null) fallback = r;
    k = prevComma;
  }
  return fallback;
}
