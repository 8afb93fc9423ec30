// Step 6, second try: for percentages, amounts and measures with nothing after them, the noun
// phrase before their verb of level ("Unemployment stood at 4.1%", "Turnout was 67%", "the
// jobless rate of 5%", "the report shows revenue of $2 billion").
import type { Candidate } from './candidate.js';
import { ADVERBS_BEFORE_VERB, AGENT_VERBS, COUNT_LEVEL_VERBS, FACTOR_VERBS, FILLERS_BEFORE_FIGURE, LEVEL_VERB_PHRASES, MOVEMENT_AFTER_BE, RAISING_BEFORE_CHANGE } from '../../lexicon/subject-verbs.js';
import { SUBJECT_STOP_WORDS as STOP_WORDS } from '../../lexicon/subject-words.js';
import { tagsOf } from './word-tags.js';
import { beforeLevelNoun, FUNCTION_TAGS, headBefore, wordsBefore } from './subject-noun.js';
import { QUALIFIER_BEFORE } from '../../lexicon/qualifiers.js';
import { trie } from './trie.js';
import { wordBeforeBlanks } from '../segment/last-word.js';
import { isBlank } from './qualify-after.js';
import { execFrom, lastRuns, runsBackStart } from './end-anchored.js';
import { objectSubject } from './subject-object.js';
import { latin1Twin, type Twinned } from '../latin1-twin.js';

// a word of the noun phrase: letters, or a number hyphened to a word ("the 10-year yield", "the
// 30-day rate"); it starts after a blank, never inside "10-year"
const WORD = String.raw`(?<![\p{L}\p{N}'’.-])(?:[\p{L}][\p{L}'’-]*|\p{N}[\p{N}.]*[-‐‑]\p{L}[\p{L}-]*)`;
// "Unemployment stood at 4.1%", "Turnout was 67%", "the jobless rate of 5%": a level named before it
// (WORD's Unicode classes, repeated, make this and CHANGE_VERB costly to compile for a two-byte window: each comes
// with a twin that reads Latin-1 letters only, latin1-twin.ts)
const levelVerb = (phrases: readonly string[]): Twinned =>
  latin1Twin(new RegExp(String.raw`((?:${WORD}[ \t]+){1,3})(?:${phrases.map((v) => v.replace(/ /g, '[ \\t]+')).join('|')})[ \t]+$`, 'gu'));
const LEVEL_VERB = levelVerb(LEVEL_VERB_PHRASES);
// the same for a count ("Crowds averaged 48,000"), with fewer verbs
const COUNT_LEVEL_VERB = levelVerb(COUNT_LEVEL_VERBS);
// "Revenue rose 27%", "Steel prices rose by about 35 percent", "Taxes could rise by as much as 6 percent":
// what moved is named before its verb of movement (the one-word movement verbs of the qualifier lexicon,
// less the verbs whose subject is an agent, AGENT_VERBS; and those of a factor, FACTOR_VERBS)
const MOVEMENT_VERBS = [...Object.keys(QUALIFIER_BEFORE).filter((k) => !k.includes(' ') && /^[a-z]+$/.test(k) && !AGENT_VERBS.has(k) && (QUALIFIER_BEFORE[k] === 'up' || QUALIFIER_BEFORE[k] === 'down')), ...FACTOR_VERBS];
const GUIDANCE = /(?:^|[^\p{L}])(?:expects?|expected|forecasts?|forecast|projects?|projected|targets?|targeted|sees|guided)[ \t]+(?:(?:full-year|annual|quarterly|its|their)[ \t]+)?(\p{Ll}[\p{L}-]{2,20})[ \t]+$/gu;
// the stems every GUIDANCE verb starts with: without one (most windows) that end-anchored pattern is not tried
const GUIDANCE_VERB = /expect|forecast|project|target|sees|guided/g;
const ASIDE_AT = /,[ \t]+at[ \t]+$/;
// modals and auxiliaries, up to two, between the noun and its verb of movement ("could rise", "has been falling",
// "have fallen")
const CHANGE_MODALS = ['could', 'would', 'will', 'may', 'might', 'should', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'been', 'be'];
// the same modals, any case, and "expected to": popped off the end of the noun (subjectBefore)
const MODAL = new RegExp(`^(?:${[...CHANGE_MODALS, 'expected', 'to'].join('|')})$`, 'i');
// ("Inflation eased to 2.9%", "fell by a tenth": "to" and "by" after the verb of movement)
const BE = '(?:is|are|was|were|been|be)';
const CHANGE_VERB = latin1Twin(new RegExp(String.raw`((?:${WORD}[ \t]+){1,3})(?:(?:${CHANGE_MODALS.join('|')})[ \t]+){0,2}(?:expected[ \t]+to[ \t]+)?(?:${trie(MOVEMENT_VERBS)}|${BE}[ \t]+(?:${MOVEMENT_AFTER_BE.join('|')}))(?:[ \t]+(?:by|to))?[ \t]+$`, 'gu'));
// "rose by an average of £120", "hit a record $9": read before these words (FILLERS_BEFORE_FIGURE)
const FILLER = new RegExp(`(?:^|[ \t])(?:${FILLERS_BEFORE_FIGURE.map((f) => f.replace(/ /g, '[ \\t]+')).join('|')})[ \t]+$`, 'i');
const FILLER_REACH = 20;
const CHANGE_MODAL: ReadonlySet<string> = new Set(CHANGE_MODALS);
const HIT_TOTAL_FROM = 1000;

// the last word of each verb LEVEL_VERB and CHANGE_VERB end with (each stands after a blank there)
const lastWords = (phrases: readonly string[]): ReadonlySet<string> => new Set(phrases.map((v) => v.slice(v.lastIndexOf(' ') + 1)));
const LEVEL_LAST = lastWords(LEVEL_VERB_PHRASES);
const COUNT_LEVEL_LAST = lastWords(COUNT_LEVEL_VERBS);
const MOVEMENT_LAST: ReadonlySet<string> = new Set([...MOVEMENT_VERBS, ...MOVEMENT_AFTER_BE]);

/**
 * Whether CHANGE_VERB can match a window whose last word is `last`: a movement verb ends it, or "by" or "to" right after
 * one ("fell by", "eased to"). No movement verb is "by" or "to", so before a final one the verb is the whole word before
 * it; most windows ending in "by" or "to" ("killed by", "went to") have none and skip the pattern.
 */
function changeMayEnd(window: string, last: string): boolean {
  if (last !== 'by' && last !== 'to') return MOVEMENT_LAST.has(last);
  const verb = wordBeforeBlanks(window.slice(0, window.lastIndexOf(last)), isBlank);
  return verb !== null && MOVEMENT_LAST.has(verb);
}

// (each pattern below is a run of at most a few words joined by blanks up to the window's end: run from where
// those words can begin, end-anchored.ts; LEVEL_VERB covers three words and a verb of up to two)
const LEVEL_RUNS = 5;
// GUIDANCE covers the verb, a modifier and the noun, and the one character before the verb
const GUIDANCE_RUNS = 3;

/**
 * Where CHANGE_VERB can start in a window its verb ends (changeMayEnd): three words before the verb, or before
 * "expected to" and up to two modals ("could rise", "has been falling", "could be expected to rise"); the verb is the
 * last run, or the one before a final "by" or "to".
 */
function changeFrom(window: string): number {
  const runs = lastRuns(window, 9);
  // (k: the run before the verb, then the first before its "expected to" and modals)
  let k = runs[0]?.text === 'by' || runs[0]?.text === 'to' ? 2 : 1;
  if (runs[k]?.text === 'to' && runs[k + 1]?.text === 'expected') k += 2;
  for (let n = 0; n < 2 && CHANGE_MODAL.has(runs[k]?.text ?? ''); n++) k++;
  return runs[Math.min(k + 2, runs.length - 1)]?.start ?? 0;
}

/** The window before a figure, less the words between its verb and it ("rose by an average of"). */
function beforeFillers(text: string, c: Candidate): string {
  const window = text.slice(Math.max(0, c.start - 60 - FILLER_REACH), c.start);
  const f = FILLER.exec(window.slice(-FILLER_REACH));
  const end = f ? window.length - FILLER_REACH + f.index + (/^[ \t]/.test(f[0]) ? 1 : 0) : window.length;
  return window.slice(Math.max(0, end - 60), end);
}

/**
 * For percentages, amounts and measures with nothing after them: the noun phrase before their verb. For counts, only
 * before a verb of movement and "by" or "to" ("Attendance fell by a tenth", "Offences rose to 4,100"): "was", "hit" or
 * "reached" before a count have other readings ("He was 40", "hit 3 home runs").
 */
export function subjectBefore(text: string, c: Candidate): string | null {
  const count = c.kind === 'count';
  if (!count && c.kind !== 'percent' && c.kind !== 'money' && c.kind !== 'measure') return null;
  const window = beforeFillers(text, c);
  // all three patterns end in blanks (a space or tab, as isBlank reads them): a number glued to the word before has no
  // verb before it
  const last = wordBeforeBlanks(window, isBlank);
  if (last === null) return null;
  // (run an end-anchored pattern only when the window ends in a word its verb can end with: most windows
  // end in none, and skip the walk back over their last words too)
  // ("Net migration hit 685,000": a bare count in the thousands after "hit" is a total reached, not things struck)
  const hitTotal = count && last === 'hit' && c.value !== null && c.value >= HIT_TOTAL_FROM;
  if (count && last !== 'by' && last !== 'to' && !COUNT_LEVEL_LAST.has(last) && !hitTotal) return null;
  // "Unemployment, at 4.1%, remains low": a level set off by commas after its noun
  const aside = last === 'at' && text[c.end] === ',' ? ASIDE_AT.exec(window) : null;
  if (aside) {
    // (after a verb the commas set off a manner, not a level: "The firm grew, at 9%, faster")
    const words = wordsBefore(window, aside.index);
    const noun = words[words.length - 1];
    return noun !== undefined && !tagsOf(noun).some((t) => t === 'PastTense' || t === 'Infinitive') ? headBefore(words, true) : null;
  }
  const level = count && !hitTotal ? (COUNT_LEVEL_LAST.has(last) ? COUNT_LEVEL_VERB : null) : LEVEL_LAST.has(last) ? LEVEL_VERB : null;
  const m = (level ? execFrom(level.for(window), window, runsBackStart(window, LEVEL_RUNS)) : null)
    ?? (changeMayEnd(window, last) ? execFrom(CHANGE_VERB.for(window), window, changeFrom(window)) : null);
  // ("The firm cut prices by 5%": what the agent's verb moved)
  if (!m && (last === 'by' || last === 'to' || last === 'at')) {
    const object = objectSubject(wordsBefore(window, window.length));
    if (object || count) return object;
  }
  if (count && !m) return null;
  if (!m || !m[1]) {
    // "expects revenue between $720 million and $745 million": the noun a forecast verb puts before the amount
    const from = Math.max(0, runsBackStart(window, GUIDANCE_RUNS) - 1);
    const g = execFrom(GUIDANCE_VERB, window, from) ? execFrom(GUIDANCE, window, from) : null;
    return g && g[1] && !tagsOf(g[1]).some((t) => FUNCTION_TAGS.has(t)) && !STOP_WORDS.has(g[1].toLowerCase()) ? g[1] : null;
  }
  const words = wordsBefore(window, m.index + m[1].length);
  // ("Taxes could rise by", "Output appears to have fallen": the modal before the verb of movement is no part of the noun)
  // (not before "of": the word there is a noun, "its spring forecast of $3")
  while (last !== 'of' && words.length > 1 && (MODAL.test(words[words.length - 1]!) || RAISING_BEFORE_CHANGE.has(words[words.length - 1]!.toLowerCase())
    || ADVERBS_BEFORE_VERB.has(words[words.length - 1]!.toLowerCase()))) words.pop();
  // (a noun "of" its figure is the one right before it, "a price target of $52", whatever phrase holds it; not a level's)
  const reached = last === 'of' ? beforeLevelNoun(words) : undefined;
  return reached !== undefined ? reached : headBefore(words, last !== 'of');
}
