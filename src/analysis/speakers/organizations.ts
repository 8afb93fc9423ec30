// Organisations in the registry: one entity per organisation, found again by its name without a legal suffix, its
// acronym ("NRSB" for "the Northern Rail Safety Board"), its kind word ("the Daily") or its distinctive first word.
import { type Registry, normalizeName } from './registry.js';
import { isKnownWord, isOrganizationWord } from '../mentions/words.js';
import { LEGAL_SUFFIXES, PLACE_NAMED_BODIES } from '../../lexicon/organisations.js';

const acronymOf = (words: string[]): string => words.filter((w) => !['of', 'and', 'for', 'the', '&'].includes(w)).map((w) => w[0]).join('');

/** The words that identify an organisation: its name without a closing legal suffix. */
function orgKeyWords(words: string[]): string[] {
  const out = words.map((w) => w.replace(/[.,]+$/, ''));
  while (out.length > 1 && LEGAL_SUFFIXES.has(out[out.length - 1]!)) out.pop();
  return out;
}

/**
 * A first word that opens only this name: no ordinary word or organisation word ("Northern", "Bank"), which open
 * many (compromise's lexicon lacks some such words, "National" and "Federal", which so pass), and no place a public body is named after ("Tarnby" of "Tarnby Council", "of"/"for" names like "the Ashby
 * Chamber of Trade"): alone, that word is the town.
 */
export function distinctiveFirst(words: string[]): boolean {
  const key = orgKeyWords(words);
  return key.length > 1 && !isKnownWord(key[0]!) && !isOrganizationWord(key[0]!) && !key.includes('of') && !key.includes('for')
    && !PLACE_NAMED_BODIES.has(key[key.length - 1]!);
}

/** Finds or adds the organisation `name` names, and files it under its key, acronym, kind word and short form. */
export function registerOrganization(reg: Registry, orgs: Map<string, number>, name: string, at: number, country: boolean): number {
  const words = orgKeyWords(normalizeName(name));
  const key = words.join(' ');
  // "the Northern Rail Safety Board" then "NRSB" (or the other way round)
  // and "the Tarnby Daily" then "the Daily": a name's last word, when it is an institution's kind word
  let i = orgs.get(key) ?? (words.length === 1 ? orgs.get(`acronym:${key}`) ?? orgs.get(`last:${key}`) : orgs.get(acronymOf(words))) ?? -1;
  if (i < 0) {
    i = reg.add(name, 'organization', 'neuter', at);
    if (country) reg.drafts[i]!.country = true;
  }
  reg.see(i, name, at);
  orgs.set(key, i);
  if (words.length > 2) orgs.set(`acronym:${acronymOf(words)}`, i);
  const last = words[words.length - 1]!;
  if (words.length > 1 && isOrganizationWord(last)) orgs.set(`last:${last}`, i);
  // its distinctive first word is its short form ("Brightwell" for "Brightwell Metals")
  if (distinctiveFirst(words)) orgs.set(`first:${words[0]!}`, i);
  return i;
}
