// Step 6, second try: for percentages, amounts and measures with nothing after them, the noun
// phrase before their verb of level ("Unemployment stood at 4.1%", "Turnout was 67%", "the
// jobless rate of 5%", "the report shows revenue of $2 billion").
import type { Candidate } from './candidate.js';
import { AGENT_VERBS, LEVEL_VERBS, PLACE_PREPOSITIONS, SUBJECT_STOP_WORDS as STOP_WORDS } from '../../lexicon/subject-words.js';
import { tagsOf } from './word-tags.js';
import { FUNCTION_TAGS, nounPhrase } from './subject-noun.js';
import { QUALIFIER_BEFORE } from '../../lexicon/qualifiers.js';
import { trie } from './trie.js';
import { wordBeforeBlanks } from '../segment/last-word.js';
import { isBlank } from './qualify-after.js';
import { execFrom, lastRuns, runsBackStart } from './end-anchored.js';

// a word of the noun phrase: letters, or a number hyphened to a word ("the 10-year yield", "the
// 30-day rate"); it starts after a blank, never inside "10-year"
const WORD = String.raw`(?<![\p{L}\p{N}'’.-])(?:[\p{L}][\p{L}'’-]*|\p{N}[\p{N}.]*[-‐‑]\p{L}[\p{L}-]*)`;
// "Unemployment stood at 4.1%", "Turnout was 67%", "the jobless rate of 5%": a level named before it
const LEVEL_VERB = new RegExp(String.raw`((?:${WORD}[ \t]+){1,3})(?:${LEVEL_VERBS.map((v) => v.replace(/ /g, '[ \\t]+')).join('|')})[ \t]+$`, 'gu');
// "Revenue rose 27%", "Steel prices rose by about 35 percent", "Taxes could rise by as much as 6 percent":
// what moved is named before its verb of movement (the one-word movement verbs of the qualifier lexicon,
// less the verbs whose subject is an agent, AGENT_VERBS)
const MOVEMENT_VERBS = Object.keys(QUALIFIER_BEFORE).filter((k) => !k.includes(' ') && /^[a-z]+$/.test(k) && !AGENT_VERBS.has(k) && (QUALIFIER_BEFORE[k] === 'up' || QUALIFIER_BEFORE[k] === 'down'));
const GUIDANCE = /(?:^|[^\p{L}])(?:expects?|expected|forecasts?|forecast|projects?|projected|targets?|targeted|sees|guided)[ \t]+(?:(?:full-year|annual|quarterly|its|their)[ \t]+)?(\p{Ll}[\p{L}-]{2,20})[ \t]+$/gu;
// the stems every GUIDANCE verb starts with: without one (most windows) that end-anchored pattern is not tried
const GUIDANCE_VERB = /expect|forecast|project|target|sees|guided/g;
// "Sea levels in the region are rising", "Prices at the pump fell": a place after the head (PLACE_PREPOSITIONS) is no
// part of it; when the place phrase opens the match, the head is in the last words before it
const WORDS_AT_END = new RegExp(String.raw`((?:${WORD}[ \t]+){1,3})$`, 'u');
const CHANGE_MODALS = ['could', 'would', 'will', 'may', 'might', 'should', 'is', 'are', 'was', 'were'];
// the same modals, any case, and "expected to": popped off the end of the noun (subjectBefore)
const MODAL = new RegExp(`^(?:${[...CHANGE_MODALS, 'expected', 'to'].join('|')})$`, 'i');
const CHANGE_VERB = new RegExp(String.raw`((?:${WORD}[ \t]+){1,3})(?:(?:${CHANGE_MODALS.join('|')})[ \t]+(?:expected[ \t]+to[ \t]+)?)?(?:${trie(MOVEMENT_VERBS)})(?:[ \t]+by)?[ \t]+$`, 'gu');
const CHANGE_MODAL: ReadonlySet<string> = new Set(CHANGE_MODALS);

// the last word of each verb LEVEL_VERB and CHANGE_VERB end with (each stands after a blank there)
const LEVEL_LAST: ReadonlySet<string> = new Set(LEVEL_VERBS.map((v) => v.slice(v.lastIndexOf(' ') + 1)));
const MOVEMENT_LAST: ReadonlySet<string> = new Set(MOVEMENT_VERBS);

/**
 * Whether CHANGE_VERB can match a window whose last word is `last`: a movement verb ends it, or "by" right after one
 * ("fell by"). No movement verb is "by", so before a final "by" the verb is the whole word before it; most windows
 * ending in "by" ("killed by", "led by") have none and skip the pattern.
 */
function changeMayEnd(window: string, last: string): boolean {
  if (last !== 'by') return MOVEMENT_LAST.has(last);
  const verb = wordBeforeBlanks(window.slice(0, window.lastIndexOf('by')), isBlank);
  return verb !== null && MOVEMENT_LAST.has(verb);
}

// (each pattern below is a run of at most a few words joined by blanks up to the window's end: run from where
// those words can begin, end-anchored.ts; LEVEL_VERB covers three words and a verb of up to two)
const LEVEL_RUNS = 5;
// GUIDANCE covers the verb, a modifier and the noun, and the one character before the verb
const GUIDANCE_RUNS = 3;

/**
 * Where CHANGE_VERB can start in a window its verb ends (changeMayEnd): three words before the verb,
 * or before the modal ("could rise"), or before "could be expected to"; the verb is the last run, or the
 * one before a final "by".
 */
function changeFrom(window: string): number {
  const runs = lastRuns(window, 8);
  let at = runs[0]?.text === 'by' ? 1 : 0;
  if (runs[at + 1]?.text === 'to' && runs[at + 2]?.text === 'expected' && CHANGE_MODAL.has(runs[at + 3]?.text ?? '')) at += 3;
  else if (CHANGE_MODAL.has(runs[at + 1]?.text ?? '')) at += 1;
  return runs[Math.min(at + 3, runs.length - 1)]?.start ?? 0;
}

/** For percentages, amounts and measures with nothing after them: the noun phrase before their verb. */
export function subjectBefore(text: string, c: Candidate): string | null {
  if (c.kind !== 'percent' && c.kind !== 'money' && c.kind !== 'measure') return null;
  const window = text.slice(Math.max(0, c.start - 60), c.start);
  // all three patterns end in blanks (a space or tab, as isBlank reads them): a number glued to the word before has no
  // verb before it
  const last = wordBeforeBlanks(window, isBlank);
  if (last === null) return null;
  // (run an end-anchored pattern only when the window ends in a word its verb can end with: most windows
  // end in none, and skip the walk back over their last words too)
  const m = (LEVEL_LAST.has(last) ? execFrom(LEVEL_VERB, window, runsBackStart(window, LEVEL_RUNS)) : null)
    ?? (changeMayEnd(window, last) ? execFrom(CHANGE_VERB, window, changeFrom(window)) : null);
  if (!m || !m[1]) {
    // "expects revenue between $720 million and $745 million": the noun a forecast verb puts before the amount
    const from = Math.max(0, runsBackStart(window, GUIDANCE_RUNS) - 1);
    const g = execFrom(GUIDANCE_VERB, window, from) ? execFrom(GUIDANCE, window, from) : null;
    return g && g[1] && !tagsOf(g[1]).some((t) => FUNCTION_TAGS.has(t)) && !STOP_WORDS.has(g[1].toLowerCase()) ? g[1] : null;
  }
  const words = m[1].trim().split(/[ \t]+/);
  // ("Taxes could rise by": the modal before the verb of movement is no part of the noun)
  while (words.length > 1 && MODAL.test(words[words.length - 1]!)) words.pop();
  const place = words.findIndex((w) => PLACE_PREPOSITIONS.has(w.toLowerCase()));
  if (place >= 0) {
    // the head is before the place phrase: words before the preposition here, or just before the match;
    // after a verb there is none ("running at a loss of Rs 1,200 crore": the noun after is the subject)
    const head = place > 0 ? words.slice(0, place) : WORDS_AT_END.exec(window.slice(0, m.index))?.[1]?.trim().split(/[ \t]+/);
    const before = head ? nounPhrase(head) : null;
    if (before) return before;
  }
  return nounPhrase(words);
}
