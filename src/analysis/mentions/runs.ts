// Step 2: runs of capitalised words ("Foreign Minister Jane Roe", "Acme Corp", "North Korea’s"), each split
// into a title and a name and classed as a person, organisation, country, place, demonym or group. Names that no
// lexicon knows are found by their shape: capitalised words, initials, particles, hyphens, apostrophes.
import type { Token } from './tokens.js';
import { adjacent } from './tokens.js';
import type { Gender } from '../../lexicon/pronouns.js';
import { PRONOUNS } from '../../lexicon/pronouns.js';
import { DATE_NAMES, NAME_PARTICLES, NAME_PREFIX, NOT_NAMES, NOT_PERSON_WORDS } from '../../lexicon/names.js';
import { HONORIFICS, ROLE_DOMAINS, ROLE_TIME_WORDS, TITLE_ABBREVIATIONS } from '../../lexicon/titles.js';
import { GENDERED_ROLES } from '../../lexicon/roles.js';
import { GROUP_PROPER_NOUNS, INSTITUTIONS } from '../../lexicon/organisations.js';
import { LOCATIVE_PREPOSITIONS, NOT_SPEAKER_SUFFIXES, PLACE_PREFIXES, PLACE_SUFFIXES, REGIONS, STATE_ABBREVIATIONS } from '../../lexicon/places.js';
import {
  firstNameGender, isCommonWord, isCountry, isDateWord, isDemonym, isKnownOrganization, isOrganizationWord, isPlace,
  isAdjective, isFunctionWord, isGroupNoun, isKnownName, isKnownWord, isPluralNoun, isPureNoun, isTitleHead, isVerbForm,
} from './words.js';

export type RunKind = 'person' | 'organization' | 'country' | 'place' | 'demonym' | 'group' | 'title' | 'none';

export interface Run {
  /** Token indices, inclusive. */
  first: number;
  last: number;
  /** First token of the name proper, after any title. */
  nameFirst: number;
  kind: RunKind;
  /** Role from a title ("foreign minister" from "Foreign Minister"), lower case. */
  role: string | null;
  gender: Gender;
  /** The last word carries a possessive "'s" ("Russia’s foreign minister"). */
  possessive: boolean;
}

// Longest run considered: longer capitalised stretches are headlines or shouting, not names.
const MAX_RUN = 12;
const COMPASS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'new', 'central', 'upper', 'lower', 'united', 'saudi']);
const US_LIKE = new Set(['u.s', 'u.k', 'us', 'uk', 'usa', 'uae']);

function nameLike(t: Token): boolean {
  if (!t.word) return false;
  if (!(t.cap || NAME_PREFIX.test(t.text))) return false;
  if (NOT_NAMES.has(t.lower) || isDateWord(t.lower)) return false;
  if (!t.allCaps && PRONOUNS.has(t.lower)) return false;
  return true;
}

/** A capitalised first word of a sentence that is just a word ("The", "Speaking", "Officials"). */
function ordinarySentenceStart(t: Token, next: Token | undefined, lowerSeen: ReadonlySet<string>): boolean {
  if (!t.sentenceStart || t.allCaps || t.dotted) return false;
  if (isTitleHead(t.lower) || firstNameGender(t.lower) !== undefined || isPlace(t.lower) || isDemonym(t.lower)) return false;
  // "Republicans said": a political camp, found as a group
  if (GROUP_PROPER_NOUNS.has(t.lower)) return false;
  // "Strategists said", "Voters are": plural person nouns are groups, not surnames
  if (isGroupNoun(t.lower)) return true;
  if (next && isPlace(`${t.lower} ${next.lower}`)) return false;
  // "Foreign Minister Jane Roe" at the start of a sentence: the domain word opens a title
  if (next && next.cap && ROLE_DOMAINS.has(t.lower) && isTitleHead(next.lower)) return false;
  // "Former Gov. Jane Roe", "Acting Director John Doe"
  if (next && next.cap && ROLE_TIME_WORDS.has(t.lower)) return false;
  // a role word alone ("Defense said"), no title following
  if (ROLE_DOMAINS.has(t.lower) && !next?.cap) return true;
  // adverbs and contractions no lexicon lists ("Obviously", "Don't")
  if (/ly$/.test(t.lower) || /n't$/.test(t.lower)) return true;
  return isCommonWord(t.lower) || lowerSeen.has(t.lower);
}

export function findRuns(text: string, tokens: Token[]): { runs: Run[]; runAt: Int32Array } {
  const lowerSeen = new Set<string>();
  for (const t of tokens) if (t.word && !t.cap) lowerSeen.add(t.lower);
  const runs: Run[] = [];
  const runAt = new Int32Array(tokens.length).fill(-1);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!nameLike(t) || ordinarySentenceStart(t, tokens[i + 1], lowerSeen)) continue;
    let j = i;
    while (j - i < MAX_RUN && !tokens[j]!.possessive) {
      const next = tokens[j + 1];
      if (!next || !adjacent(text, tokens[j]!, next)) break;
      // a capitalised verb ends the run ("Trump Says" in a headline), unless the pair is a known name ("United States")
      if (nameLike(next) && !(isVerbForm(next.lower) && isCommonWord(next.lower) && !isKnownWord(`${tokens[j]!.lower} ${next.lower}`))) { j++; continue; }
      const after = tokens[j + 2];
      // particles inside a name: "Ludwig van Beethoven", "Ana de la Cruz" (up to three in a row)
      if (NAME_PARTICLES.has(next.lower) && !next.cap) {
        let k = j + 1;
        while (k - j <= 3 && tokens[k + 1] && NAME_PARTICLES.has(tokens[k + 1]!.lower) && !tokens[k + 1]!.cap && adjacent(text, tokens[k]!, tokens[k + 1]!)) k++;
        const target = tokens[k + 1];
        if (k - j <= 3 && target && adjacent(text, tokens[k]!, target) && nameLike(target)) { j = k + 1; continue; }
        break;
      }
      // "of" inside an institution or a title: "Ministry of Defense", "Secretary of State", "Bank of Spain"
      if (next.lower === 'of' && (isOrganizationWord(tokens[j]!.lower) || isTitleHead(tokens[j]!.lower) || tokens[j]!.lower === 'republic')) {
        const k = after?.lower === 'the' && tokens[j + 3] && adjacent(text, after, tokens[j + 3]!) ? j + 3 : j + 2;
        const target = tokens[k];
        if (target && after && adjacent(text, next, after) && nameLike(target)) { j = k; continue; }
      }
      break;
    }
    const run = classify(tokens, i, j);
    for (let k = i; k <= j; k++) runAt[k] = runs.length;
    runs.push(run);
    i = j;
  }
  return { runs, runAt };
}

/** Title words become a role: places, demonyms, "former" and courtesy titles are dropped from it. */
function roleOf(tokens: Token[], first: number, head: number): string | null {
  const words: string[] = [];
  for (let k = first; k <= head; k++) {
    const w = tokens[k]!.lower;
    if (HONORIFICS.has(w) && !TITLE_ABBREVIATIONS.has(w)) continue;
    if (ROLE_TIME_WORDS.has(w)) { words.push(w); continue; }
    if (w === 'the' || US_LIKE.has(w) || COMPASS.has(w)) continue;
    if (!ROLE_DOMAINS.has(w) && !isTitleHead(w) && w !== 'of' && (isPlace(w) || isDemonym(w) || !isCommonWord(w))) continue;
    words.push(TITLE_ABBREVIATIONS.get(w) ?? w);
  }
  while (words[0] === 'of') words.shift();
  return words.length > 0 ? words.join(' ') : null;
}

function classify(tokens: Token[], first: number, last: number): Run {
  const possessive = tokens[last]!.possessive;
  // the title ends at the last title word that still leaves a name after it
  let head = -1;
  for (let k = last - 1; k >= first; k--) if (isTitleHead(tokens[k]!.lower)) { head = k; break; }
  let nameFirst = head >= 0 ? head + 1 : first;
  if (head >= 0 && tokens[nameFirst]?.lower === 'of') {
    // "Secretary of State Jane Roe", "Speaker of the House John Doe": the "of" phrase belongs to the title
    let k = nameFirst + 1;
    if (tokens[k]?.lower === 'the') k++;
    while (k < last && (ROLE_DOMAINS.has(tokens[k]!.lower) || isOrganizationWord(tokens[k]!.lower))) k++;
    nameFirst = k;
  }
  // a title with no name after it ("Secretary of Defense") names a position, not a person
  if (nameFirst > last) return { first, last, nameFirst: last, kind: 'title', role: null, gender: null, possessive };
  if (head < 0) {
    // "Republican Jane Roe", "State Jane Roe" (the end of a lower-case title): the name starts at the first name
    for (let k = first; k < last; k++) {
      const w = tokens[k]!.lower;
      if (firstNameGender(w) !== undefined && k > first) { nameFirst = k; break; }
      if (!(NOT_PERSON_WORDS.has(w) || ROLE_DOMAINS.has(w) || isDemonym(w) || isPlace(w))) break;
    }
  }
  const nameTokens = tokens.slice(nameFirst, last + 1);
  const lowers = nameTokens.map((t) => t.lower).filter((w) => w !== 'the');
  const whole = lowers.join(' ');
  const make = (kind: RunKind, role: string | null, gender: Gender): Run => ({ first, last, nameFirst, kind, role, gender, possessive });
  if (head >= 0) {
    const hw = tokens[head]!.lower;
    const honorificGender = HONORIFICS.has(hw) && !TITLE_ABBREVIATIONS.has(hw) ? HONORIFICS.get(hw)! : undefined;
    const gender = honorificGender !== undefined ? honorificGender : GENDERED_ROLES.get(hw) ?? firstNameGender(lowers[0] ?? '') ?? null;
    return make('person', roleOf(tokens, first, nameFirst - 1), gender);
  }
  const run = (kind: RunKind, gender: Gender = null): Run => make(kind, null, gender);
  const lastWord = lowers[lowers.length - 1] ?? '';
  if (isTitleHead(lastWord) && lowers.every((w) => ROLE_DOMAINS.has(w) || isTitleHead(w) || isPlace(w) || isDemonym(w) || US_LIKE.has(w))) return run('title');
  if (lowers.length === 1 && DATE_NAMES.has(whole)) return run('none');
  if (GROUP_PROPER_NOUNS.has(whole)) return run('group', 'plural');
  if (lowers.length === 1 && COMPASS.has(whole)) return run('place');
  if (INSTITUTIONS.has(whole) || isKnownOrganization(whole)) return run('organization', 'neuter');
  if (lowers.length === 1 && US_LIKE.has(whole)) return run('country', 'neuter');
  if (isCountry(whole)) return run('country', 'neuter');
  if (isPlace(whole) || (lowers.length > 1 && lowers.every((w) => isPlace(w) || COMPASS.has(w)))) return run('place');
  if (isDemonym(lastWord) && lowers.every((w) => isDemonym(w) || isPlace(w) || COMPASS.has(w))) return run('demonym');
  // party and ideology adjectives ("Democratic", "Republican") never make a person's name on their own
  if (lowers.every((w) => NOT_PERSON_WORDS.has(w) || isDemonym(w) || isPlace(w))) return run('none');
  // "The Hill", "The New Yorker": a capitalised "The" inside a sentence opens the name of a publication or institution
  if (tokens[first]!.text === 'The' && !tokens[first]!.sentenceStart && first < last) return run('organization', 'neuter');
  if (lowers.length === 1 && STATE_ABBREVIATIONS.has(whole)) return run('place');
  if (REGIONS.has(whole) || (lowers.length > 1 && (PLACE_PREFIXES.has(lowers[0]!) || PLACE_SUFFIXES.has(lastWord)) && !lowers.some((w) => isOrganizationWord(w)))) return run('place');
  if (lowers.length > 1 && NOT_SPEAKER_SUFFIXES.has(lastWord)) return run('none');
  const gender = firstNameGender(lowers[0] ?? '');
  if (lowers.some((w, k) => isOrganizationWord(w) && !(k === 0 && gender !== undefined && lowers.length === 2))) return run('organization', 'neuter');
  if (nameTokens.length === 1 && nameTokens[0]!.allCaps) return lastWord.length <= 6 ? run('organization', 'neuter') : run('none');
  // "Officials", "Analysts" capitalised inside a sentence (after a quote, in a headline): a group
  if (lowers.length === 1 && isGroupNoun(whole)) return run('group', 'plural');
  // people's names hold no "of" and no plural nouns ("Republic of Korea", "Democratic People")
  if (lowers.includes('of') || lowers.some((w) => isPluralNoun(w))) return run('organization', 'neuter');
  if (gender !== undefined) return run('person', gender);
  // capitalised ordinary words, an adjective then a noun, name an institution ("White House", "Supreme Court");
  // two nouns are as often a name ("Al Gore")
  if (lowers.every((w) => isCommonWord(w) || w === 'of')) {
    if (lowers.length === 1) return run('none');
    return isAdjective(lowers[0]!) && (isPureNoun(lastWord) || isPluralNoun(lastWord)) ? run('organization', 'neuter') : run('person');
  }
  if (nameTokens.some((t) => t.dotted) && nameTokens.every((t) => t.dotted)) return run('none');
  // single letters ("D" of "D-N.Y."), and capitalised plurals of peoples and camps ("Nevadans", "Hispanics"): no one person
  if (nameTokens.every((t) => t.lower.replace(/[^a-z]/g, '').length <= 1)) return run('none');
  if (lowers.length === 1 && /(?:ans|ics|ists|ites)$/.test(whole) && !isKnownName(whole)) return run('group', 'plural');
  if (lowers.length === 1 && whole.endsWith('s') && (isDemonym(whole.slice(0, -1)) || NOT_PERSON_WORDS.has(whole.slice(0, -1)))) return run('group', 'plural');
  return run('person');
}

/**
 * Single capitalised words that are also common words ("Rice", "Bond", "Frank") are names when the document
 * uses them as a surname elsewhere ("Susan Rice") or when they stand right next to a speech cue ("Rice said",
 * "said Frank", "according to Variety"): in that slot a capitalised word names a source.
 */
export function promoteSpeakerWords(text: string, tokens: Token[], runs: Run[], runAt: Int32Array, cues: readonly { start: number; end: number }[]): void {
  const surnames = new Set<string>();
  for (const r of runs) if (r.kind === 'person' && r.last > r.nameFirst) surnames.add(tokens[r.last]!.lower);
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
    if (!surnames.has(t.lower) && !(nextToCue(t) && !plainWord && tokens[i - 1]?.lower !== 'of')) continue;
    if (isTitleHead(t.lower) || DATE_NAMES.has(t.lower)) continue;
    if (r) r.kind = 'person';
    else {
      runAt[i] = runs.length;
      runs.push({ first: i, last: i, nameFirst: i, kind: 'person', role: null, gender: null, possessive: t.possessive });
    }
  }
}

/**
 * Places by context: a run followed by ", Ohio" or ", Mich." ("Columbus, Ohio"), or a lone word after "in"/"from"
 * ("in Reno") that the document never uses as a surname. Towns are rarely in the lexicon; this keeps them from being
 * taken for people (who would then be the antecedent of "he" or "she").
 */
export function placesByContext(tokens: Token[], runs: Run[], runAt: Int32Array): void {
  const surnames = new Set<string>();
  for (const r of runs) if (r.kind === 'person' && r.last > r.nameFirst) surnames.add(tokens[r.last]!.lower);
  for (const r of runs) {
    if (r.kind !== 'person' || r.nameFirst !== r.first || r.possessive) continue;
    const comma = tokens[r.last + 1];
    const next = tokens[r.last + 2];
    const nextRun = next && runAt[r.last + 2]! >= 0 ? runs[runAt[r.last + 2]!] : undefined;
    const stateAfter = comma?.text === ',' && next !== undefined && next.cap
      && (STATE_ABBREVIATIONS.has(next.lower) || (nextRun !== undefined && (nextRun.kind === 'place' || nextRun.kind === 'country') && nextRun.first === r.last + 2 && nextRun.last === nextRun.first));
    const before = tokens[r.first - 1];
    const lone = r.first === r.last && before !== undefined && LOCATIVE_PREPOSITIONS.has(before.lower) && !surnames.has(tokens[r.first]!.lower);
    if (stateAfter || lone) r.kind = 'place';
  }
}

