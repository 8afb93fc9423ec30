// A headline shortens the title its lead gives in full ("Former Treasury chief says ..." / "Former Treasury Secretary
// Ada Kim said"): the headline's description names the person whose title holds every word of it but its head.
import type { Mention } from '../../types.js';
import { ROLE_TIME_WORDS } from '../../lexicon/titles.js';
import type { Resolution } from './resolution.js';

// How far forward a description looks for the titled name it announces: bounded, so linear.
export const LOOK_AHEAD_SENTENCES = 2;
export const LOOK_AHEAD_MENTIONS = 30;
const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);

/** The words of a headline's description that say whose it is ("Treasury" in "Former Treasury chief"): not its head,
 *  an article or a time word ("former", "ex"); lower case, a possessive cut off. */
function domainWords(text: string, head: string): string[] {
  return text.toLowerCase().split(/[\s\u00a0-]+/).map((w) => w.replace(/['’]s$/, ''))
    .filter((w) => w !== '' && w !== head && !ARTICLES.has(w) && !ROLE_TIME_WORDS.has(w));
}

/** The person named in the next sentences whose title holds every word of the headline's description `m` but its
 *  head, or null. */
export function byHeadlineDomain(res: Resolution, m: Mention, i: number): number | null {
  const domain = domainWords(m.text, m.head ?? '');
  if (domain.length === 0 || m.gender === 'neuter') return null;
  for (let j = i + 1; j < res.mentions.length && j <= i + LOOK_AHEAD_MENTIONS; j++) {
    const n = res.mentions[j]!;
    if (res.ctx.sentenceOf(n.start) > LOOK_AHEAD_SENTENCES) break;
    if (n.entity === null || n.role === null || n.role === undefined || res.reg.drafts[n.entity]!.kind !== 'person') continue;
    const words = new Set(domainWords(n.text, ''));
    if (domain.every((w) => words.has(w))) return n.entity;
  }
  return null;
}
