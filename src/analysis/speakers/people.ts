// People in the registry: a short form joins the fullest name that fits it ("Roe", "Ms. Roe" -> "Jane Roe"; "J. Roe"
// -> "Jane Roe"), and of two people sharing a surname the one mentioned last; a stated gender keeps them apart.
import type { Mention } from '../../types.js';
import type { Registry } from './registry.js';
import type { Gender } from '../../lexicon/pronouns.js';
import { GENDERED_ROLES } from '../../lexicon/roles.js';
import { HONORIFICS } from '../../lexicon/titles.js';

const initial = (w: string): string => w.replace(/\.$/, '');
/** "j." matches "john"; "john" matches "john". */
const sameFirst = (a: string, b: string): boolean => a === b || (initial(a).length === 1 && b.startsWith(initial(a))) || (initial(b).length === 1 && a.startsWith(initial(b)));

/**
 * Person entities indexed by the positions the match rules compare (personMatch): every rule but one
 * needs the same last word; a one-word mention may also be a first name ("Seo" for "Seo Min Ji"), and a
 * one-word entity may be a fuller mention's first word. Indexing by those positions only keeps a lookup
 * to the few people who could match, where an index of every word made each "Ann X" a candidate for
 * every other "Ann Y" (quadratic in an article, or a joined file, with thousands of names).
 */
export class PersonIndex {
  private byLast = new Map<string, Set<number>>();
  private byFirst = new Map<string, Set<number>>();
  private bySingle = new Map<string, Set<number>>();
  private static put(map: Map<string, Set<number>>, key: string, i: number): void {
    let set = map.get(key);
    if (!set) map.set(key, (set = new Set()));
    set.add(i);
  }
  add(i: number, words: string[]): void {
    PersonIndex.put(this.byLast, words[words.length - 1]!, i);
    PersonIndex.put(this.byFirst, words[0]!, i);
    if (words.length === 1) PersonIndex.put(this.bySingle, words[0]!, i);
  }
  candidates(words: string[]): Set<number> {
    const first = words[0]!;
    const last = words[words.length - 1]!;
    const out = new Set<number>(this.byLast.get(last));
    for (const i of (words.length === 1 ? this.byFirst : this.bySingle).get(first) ?? []) out.add(i);
    return out;
  }
}

const GENDERED = (g: Gender | undefined): g is 'male' | 'female' => g === 'male' || g === 'female';

/**
 * The gender a name's title or apposition states ("Mr. Roe", "Congresswoman Roe", "her son, Bo Roe"): sure signs,
 * unlike a first-name list's guess ("Leslie" is listed as a woman's name).
 */
export function statedGender(m: Mention): Gender {
  const first = /^\p{L}+/u.exec(m.text)?.[0]?.toLowerCase();
  const byTitle = first !== undefined && m.text.length > (m.name ?? m.text).length ? HONORIFICS.get(first) : undefined;
  if (GENDERED(byTitle)) return byTitle;
  const byRole = m.role !== null && m.role !== undefined ? GENDERED_ROLES.get(m.role.split(' ').pop() ?? '') : undefined;
  return GENDERED(byRole) ? byRole : null;
}

/** The person a name means (-1 for none); `articled`: the name follows "the", so it opens with no earlier one-word name. */
export function personMatch(reg: Registry, index: PersonIndex, words: string[], shortForm: string, gender: Gender, articled = false): number {
  let best = -1;
  let bestSeen = -1;
  let bestScore = 0;
  for (const i of index.candidates(words)) {
    const d = reg.drafts[i]!;
    // "Mr. Roe" is not the "Ms. Roe" met before (a couple, siblings, "her son, Bo Roe"); a gender only guessed from a
    // first-name list just ranks the candidate lower
    if (GENDERED(gender) && GENDERED(d.statedGender) && d.statedGender !== gender) continue;
    const clash = GENDERED(gender) && GENDERED(d.gender) && d.gender !== gender ? 0.75 : 0;
    const dw = d.words;
    let score = 0;
    if (dw.join(' ') === words.join(' ')) score = 4;
    else if (words.length === 1 && dw[dw.length - 1] === words[0]) score = 3;
    else if (words.length === 1 && dw.length > 1 && dw[0] === words[0]) score = 2;
    else if (dw.length === 1 && words[words.length - 1] === dw[0]) score = 3;
    else if (dw.length === 1 && words.length > 1 && words[0] === dw[0] && dw[0]!.length > 2 && !articled) score = 2;
    else if (dw.length > 1 && words.length > 1 && dw[dw.length - 1] === words[words.length - 1] && sameFirst(dw[0]!, words[0]!)) score = 3;
    // a compound surname alone: "Tavares da Silva" for "Luiz Tavares da Silva" (either order of mention)
    else if (words.length > 1 && dw.length > words.length && dw.slice(-words.length).join(' ') === words.join(' ')) score = 3;
    else if (dw.length > 1 && words.length > dw.length && words.slice(-dw.length).join(' ') === dw.join(' ')) score = 3;
    // a short form already used for one of them is that one's ("Pell" after "Ann Pell" still means the Pell
    // the article has been calling "Pell")
    if (score > 0 && score < 4 && words.length === 1 && d.aliases.has(shortForm)) score += 0.5;
    if (score > 0) score -= clash;
    if (score > bestScore || (score === bestScore && score > 0 && d.lastSeen > bestSeen)) {
      best = i;
      bestScore = score;
      bestSeen = d.lastSeen;
    }
  }
  return best;
}
