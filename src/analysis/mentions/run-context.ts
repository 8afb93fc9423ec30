// Step 2c: runs reconsidered in context. Towns no lexicon knows are places by what surrounds them ("Tarnby,
// Ohio", "in Quillford"); single capitalised ordinary words are surnames when the document uses them so ("Nadia
// Stone") or when they stand beside a speech cue ("Stone said").
import type { Token } from './tokens.js';
import type { Run } from './runs.js';
import { nameLike } from './name-shape.js';
import { DATE_NAMES, NOT_PERSON_WORDS } from '../../lexicon/names.js';
import { ROLE_DOMAINS } from '../../lexicon/titles.js';
import { LOCATIVE_PREPOSITIONS, STATE_ABBREVIATIONS } from '../../lexicon/places.js';
import { AMBIGUOUS } from '../../lexicon/speech-verb-nouns.js';
import { SPEECH_NOUNS } from '../../lexicon/speech-nouns.js';
import { BARE_NEWS_NOUNS, FRAMING_CLAUSE_NOUNS, UNHELD_CLAUSE_NOUNS } from '../../lexicon/unheld-report-nouns.js';
import { DEMAND_NOUNS } from '../../lexicon/stance-nouns.js';
import { FINITE_AUXILIARIES } from '../../lexicon/auxiliaries.js';
import { isAdjective, isFunctionWord, isGroupNoun, isOrganizationWord, isPluralNoun, isTitleHead, isVerbForm } from './words.js';

/** The last words of the multi-word person names found so far ("stone" from "Nadia Stone"). */
function surnamesOf(tokens: Token[], runs: Run[]): Set<string> {
  const out = new Set<string>();
  for (const r of runs) if (r.kind === 'person' && r.last > r.nameFirst) out.add(tokens[r.last]!.lower);
  return out;
}

/**
 * "Fresh fears that the dam ...", "Growing calls for a recount ...", "Renewed warnings that ...": an adjective opening
 * the sentence right before a lower-case "-s" word the cue stage read as a verb modifies that word as a plural noun;
 * it is no surname speaking ("Ada Young ... Young says" is one by the surname used before, surnamesOf). Only a cue
 * form that is also a plural noun (lexicon/speech-verb-nouns.ts AMBIGUOUS, speech-nouns.ts): "Young says", "Strong
 * argues", "Black warns" open with a surname, as no noun "says" or "argues" exists.
 */
function adjectiveBeforePlural(tokens: Token[], i: number, cueStarts: ReadonlySet<number>): boolean {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  return t.sentenceStart && isAdjective(t.lower) && next !== undefined && next.word && !next.cap && next.start === t.end + 1
    && cueStarts.has(next.start) && /[^s]s$/.test(next.lower) && (AMBIGUOUS.has(next.lower) || SPEECH_NOUNS.has(next.lower))
    && !verbBeforeThat(next.lower, tokens, i + 2);
}

// plurals whose "that" opens a content clause as nouns ("Fresh fears that", "Renewed claims that"); a demand's "that"
// opens a clause too ("Renewed calls that the mayor resign")
const CLAUSE_NOUNS: ReadonlySet<string> = new Set([...SPEECH_NOUNS, ...UNHELD_CLAUSE_NOUNS, ...FRAMING_CLAUSE_NOUNS, ...BARE_NEWS_NOUNS, ...DEMAND_NOUNS]);
const AUXILIARY: ReadonlySet<string> = new Set(FINITE_AUXILIARIES);
/** "Fresh notes that the bank sent were found": a relative clause leaves its verb without an object, so the plural's
 *  own verb touches it ("sent were"); the plural is then a noun, its "that" no content clause. */
function relativeGapAfter(tokens: Token[], from: number): boolean {
  for (let k = from; k + 1 < tokens.length && !tokens[k + 1]!.sentenceStart; k++) {
    const t = tokens[k]!;
    if (t.word && isVerbForm(t.lower) && !AUXILIARY.has(t.lower) && AUXILIARY.has(tokens[k + 1]!.lower)) return true;
  }
  return false;
}
/** "Wise notes that ...", "Sharp states that ...": before "that", a form whose noun takes no content clause is the verb
 *  (the noun's "that" would open a relative clause, and an adjective with such a noun rarely opens a sentence). */
const verbBeforeThat = (form: string, tokens: Token[], at: number): boolean =>
  tokens[at]?.lower === 'that' && !CLAUSE_NOUNS.has(form) && !relativeGapAfter(tokens, at + 1);

/**
 * Single capitalised words that are also common words ("Stone", "Reed", "Hunter") are names when the document
 * uses them as a surname elsewhere ("Nadia Stone") or when they stand right next to a speech cue ("Stone said",
 * "said Reed", "according to Harbinger"): in that slot a capitalised word names a source.
 */
export function promoteSpeakerWords(text: string, tokens: Token[], runs: Run[], runAt: Int32Array, cues: readonly { start: number; end: number }[]): void {
  const surnames = surnamesOf(tokens, runs);
  const cueStarts = new Set<number>();
  const cueEnds = new Set<number>();
  for (const c of cues) { cueStarts.add(c.start); cueEnds.add(c.end); }
  const nextToCue = (t: Token): boolean => {
    for (let k = t.end; k <= t.end + 3 && k < text.length; k++) {
      if (cueStarts.has(k)) return true;
      const ch = text[k];
      if (ch !== ' ' && ch !== ',') break;
    }
    for (let k = t.start; k >= t.start - 2 && k >= 0; k--) {
      if (cueEnds.has(k)) return true;
      if (k < t.start && text[k] !== ' ') break;
    }
    return false;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.word || !t.cap || t.allCaps || !nameLike(t)) continue;
    const r = runAt[i]! >= 0 ? runs[runAt[i]!]! : undefined;
    if (r && !(r.kind === 'none' && r.first === r.last)) continue;
    const plainWord = isFunctionWord(t.lower) || NOT_PERSON_WORDS.has(t.lower) || ROLE_DOMAINS.has(t.lower) || isOrganizationWord(t.lower)
      || isGroupNoun(t.lower) || isPluralNoun(t.lower) || /ly$/.test(t.lower);
    if (!surnames.has(t.lower) && !(nextToCue(t) && !plainWord && tokens[i - 1]?.lower !== 'of' && !adjectiveBeforePlural(tokens, i, cueStarts))) continue;
    if (isTitleHead(t.lower) || DATE_NAMES.has(t.lower)) continue;
    if (r) r.kind = 'person';
    else {
      runAt[i] = runs.length;
      runs.push({ first: i, last: i, nameFirst: i, kind: 'person', role: null, gender: null, possessive: t.possessive });
    }
  }
}

// a blank line: a paragraph (or a headline) has ended
const PARAGRAPH_BREAK = /\n[^\S\n]*\n/;

/**
 * Places by context: a run followed by ", Ohio" or ", Mich." ("Tarnby, Ohio"), or a lone word after "in"/"from"
 * ("in Quillford") that the document never uses as a surname. Towns are rarely in the lexicon; this keeps them from being
 * taken for people (who would then be the antecedent of "he" or "she").
 */
export function placesByContext(text: string, tokens: Token[], runs: Run[], runAt: Int32Array): void {
  const surnames = surnamesOf(tokens, runs);
  for (const r of runs) {
    if (r.kind !== 'person' || r.nameFirst !== r.first || r.possessive) continue;
    const comma = tokens[r.last + 1];
    const next = tokens[r.last + 2];
    const nextRun = next && runAt[r.last + 2]! >= 0 ? runs[runAt[r.last + 2]!] : undefined;
    const stateAfter = comma?.text === ',' && next !== undefined && next.cap
      && (STATE_ABBREVIATIONS.has(next.lower) || (nextRun !== undefined && (nextRun.kind === 'place' || nextRun.kind === 'country') && nextRun.first === r.last + 2 && nextRun.last === nextRun.first));
    const before = tokens[r.first - 1];
    // (a preposition ending the paragraph before is none of its: a headline "Regulators step in" over "Tarvik froze ...")
    const lone = r.first === r.last && before !== undefined && LOCATIVE_PREPOSITIONS.has(before.lower) && !surnames.has(tokens[r.first]!.lower)
      && !PARAGRAPH_BREAK.test(text.slice(before.end, tokens[r.first]!.start));
    if (stateAfter || lone) r.kind = 'place';
  }
}
