// Step 2: runs of capitalised words ("Foreign Minister Jane Roe", "Acme Corp", "New Zealand’s"), each split
// into a title and a name and classed as a person, organisation, country, place, demonym or group. Names that no
// lexicon knows are found by their shape: capitalised words, initials, particles, hyphens, apostrophes.
import type { Token } from './tokens.js';
import { adjacent } from './tokens.js';
import { classify } from './classify-run.js';
import { currencyAmount, nameLike } from './name-shape.js';
import { ordinarySentenceStart } from './sentence-start.js';
import { titleCasePossessive } from './pronouns.js';
import { apostropheAt, commonNounInstitution, officeOfTitle, orgWordAhead, orgWordAt, pluralNoun, pluralOfName, possessivePluralOfName } from './run-joins.js';
import type { Gender } from '../../lexicon/pronouns.js';
import { NAME_PARTICLES } from '../../lexicon/names.js';
import { firstNameGender, isCommonWord, isKnownWord, isOrganizationWord, isTitleHead, isVerbForm } from './words.js';

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
  /** The last word carries a possessive "'s" ("Spain’s finance minister"). */
  possessive: boolean;
}

// Longest run considered: longer capitalised stretches are headlines or shouting, not names.
const MAX_RUN = 12;

/** An opening "Per" before a capital that the cue stage left alone ("Per Olsen said", not "Per Reuters, the talks
 *  ..."): the Nordic given name, not the preposition (cues/lead-ins.ts tells the two apart by what follows the name). */
const givenNamePer = (tokens: Token[], i: number, cueStarts: ReadonlySet<number>): boolean =>
  tokens[i]!.text === 'Per' && !cueStarts.has(tokens[i]!.start) && (tokens[i + 1]?.cap ?? false);

/** `cueStarts`: where the cue stage found a verb of saying ("Roe Calls ...", "Roe Just Said ..." in a headline). */
export function findRuns(text: string, tokens: Token[], cueStarts: ReadonlySet<number> = new Set()): { runs: Run[]; runAt: Int32Array } {
  // words written in lower case somewhere in the document; only the capitalised sentence starts are asked about,
  // so collect those first and keep just them (a set of a few hundred rather than of every word)
  const starts = new Set<string>();
  for (const t of tokens) if (t.sentenceStart && t.cap) starts.add(t.lower);
  const lowerSeen = new Set<string>();
  for (const t of tokens) if (t.word && !t.cap && starts.has(t.lower)) lowerSeen.add(t.lower);
  const runs: Run[] = [];
  const runAt = new Int32Array(tokens.length).fill(-1);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!nameLike(t) || (ordinarySentenceStart(text, tokens, i, lowerSeen) && !givenNamePer(tokens, i, cueStarts)) || currencyAmount(text, t)) continue;
    let j = i;
    // past an institution's "of", "for" or "&" a gerund is a word of its name ("Office for Fair Pricing"), not a
    // headline's verb ("Ministry of Energy Says ..." still ends at "Energy")
    let inInstitution = false;
    // joined by commonNounInstitution or a title-case possessive: a name of what a body is for, never a person's
    let namedFor = false;
    // (a possessive ends the run, "Acme's Board", unless a plural's inside a name: "Tarn Fishermen's Association", or
    // a title's before the office it names: "Tarnby Sheriff's Office")
    while (j - i < MAX_RUN && (!tokens[j]!.possessive || possessivePluralOfName(text, tokens, j) || officeOfTitle(text, tokens, j))) {
      const next = tokens[j + 1];
      if (!next) break;
      const after = tokens[j + 2];
      // "Pine Cove Nurses' Union", "Dock Workers Federation": a plural noun before an organisation word is part of
      // its name, its possessive apostrophe too (a headline's verb is no plural noun: "Roe Says Unions ...")
      if (apostropheAt(tokens, j + 1) && pluralNoun(tokens[j]!.lower) && orgWordAt(text, tokens, j + 2)) { j += 2; inInstitution = true; continue; }
      if (!adjacent(text, tokens[j]!, next)) break;
      // a cue ends the run: in a title-case headline the verb and the words after it are capitalised too ("Tomas
      // Reel Calls Ida Marsh ...", "Brenda Kole Just Said ..."), and the subject is the name before it
      if (cueStarts.has(next.start)) break;
      // "Save Our Pool", "Keep Your Library Open": a possessive inside a name written in title case (pronouns.ts)
      if (titleCasePossessive(text, tokens, j + 1) && nameLike(after!)) { j += 2; namedFor = true; continue; }
      // a capitalised verb ends the run ("Roe Says" in a headline), unless the pair is a known name ("United States")
      // or the word is a trade a company is named by ("Velmar Shipping Company", "Dunn Mining")
      // ("Tarrow Racing Panel", "Lowland Housing Board": a gerund before an organisation word is a word of the name)
      if (nameLike(next) && !(isVerbForm(next.lower) && isCommonWord(next.lower) && !isOrganizationWord(next.lower)
        && !((inInstitution || orgWordAt(text, tokens, j + 2)) && next.lower.endsWith('ing'))
        && !pluralOfName(text, tokens, j) && !isKnownWord(`${tokens[j]!.lower} ${next.lower}`))) { j++; continue; }
      // "Marsh & Ollen", "Office for Fair Trading": a firm's "&" between two names, and an organisation word's "for"
      // ("Commission for Racial Equality") join one name; a person's name holds neither
      if ((next.text === '&' || (next.lower === 'for' && isOrganizationWord(tokens[j]!.lower))) && after && adjacent(text, next, after)
        && nameLike(after) && !isVerbForm(after.lower)) { j += 2; inInstitution = true; continue; }
      // "..., Transport for Tarn said": a mid-sentence capitalised common noun and its "for"/"of" (run-joins.ts)
      if (j === i && commonNounInstitution(text, tokens, i)) { j += 1; inInstitution = true; namedFor = true; continue; }
      // "Soil and Seed Administration", "Department of Ports and Inland Waters": an "and" inside an institution's
      // name, when the capitalised words after it run on to an organisation word ("Ann and Bo Lind" holds none)
      // (not after a name complete with its own organisation word: "Tarvo News and Ostria News" are two)
      if (next.lower === 'and' && after && adjacent(text, next, after) && nameLike(after) && firstNameGender(tokens[i]!.lower) === undefined
        && (j === i || !isOrganizationWord(tokens[j]!.lower))
        && firstNameGender(after.lower) === undefined && orgWordAhead(text, tokens, j + 2)) { j += 2; inInstitution = true; continue; }
      // particles inside a name: "Ludwig van Beethoven", "Ana de la Vega" (up to three in a row)
      if (NAME_PARTICLES.has(next.lower) && !next.cap) {
        let k = j + 1;
        while (k - j <= 3 && tokens[k + 1] && NAME_PARTICLES.has(tokens[k + 1]!.lower) && !tokens[k + 1]!.cap && adjacent(text, tokens[k]!, tokens[k + 1]!)) k++;
        const target = tokens[k + 1];
        if (k - j <= 3 && target && adjacent(text, tokens[k]!, target) && nameLike(target)) { j = k + 1; continue; }
        break;
      }
      // "of" inside an institution or a title: "Ministry of Defense", "Minister of Health", "Bank of Spain"; a title's
      // "for" too, before no first name: "Minister for Public Transport Lim Kai", "Commissioner for Trade" (not "Director
      // for Ann Lee's campaign"; an institution's "for" is above)
      if ((next.lower === 'of' && (isOrganizationWord(tokens[j]!.lower) || isTitleHead(tokens[j]!.lower) || tokens[j]!.lower === 'republic'))
        || (next.lower === 'for' && isTitleHead(tokens[j]!.lower) && firstNameGender(after?.lower ?? '') === undefined)) {
        const k = after?.lower === 'the' && tokens[j + 3] && adjacent(text, after, tokens[j + 3]!) ? j + 3 : j + 2;
        const target = tokens[k];
        if (target && after && adjacent(text, next, after) && nameLike(target)) { j = k; inInstitution = true; continue; }
      }
      break;
    }
    const run = classify(tokens, i, j);
    if (namedFor && run.kind === 'person') run.kind = 'organization';
    for (let k = i; k <= j; k++) runAt[k] = runs.length;
    runs.push(run);
    i = j;
  }
  return { runs, runAt };
}
