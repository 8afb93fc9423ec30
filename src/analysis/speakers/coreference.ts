// Step 2: descriptions and pronouns, in text order, each to the nearest fitting entity before it.
// - descriptions (description-reference.ts): beside a name, that name; else the last entity whose role fits;
// - pronouns (pronoun-reference.ts): he/she the subject of a speech verb, else the first fitting person, in this
//   sentence, then the one before, then two back (how compromise and Citron resolve); it: the last organisation;
//   they: the last group, or a pair named just before ("Jane Roe and John Doe", "the ministry and the college").
import type { Cue, Mention } from '../../types.js';
import type { Context } from './context.js';
import type { Registry } from './registry.js';
import { Salience } from './salience.js';
import { PREPOSITION_OBJECT_BEFORE } from './preposition-object.js';
import { AND_GAP, LIST_COMMA } from '../mentions/words.js';
import { listName, MAX_LISTED } from './list-name.js';
import { isBareName, isBody, isPerson, type Resolution } from './resolution.js';
import { resolveDescription } from './description-reference.js';
import { resolvePronoun } from './pronoun-reference.js';

// "Oxfam and the Red Cross": a body's name after "and the" (the article is no word of the mention)
const AND_THE_GAP = /^[\s\u00a0]+(?:and|&)[\s\u00a0]+the[\s\u00a0]+$/;

/** The people listed by commas up to mention j, the first of a pair ("Ada Kim, Tom Fenn and Lia Ortz"): all of them
 *  are one group with the last, as "Tom Fenn and Lia Ortz" alone would be; each named once, none a preposition's object
 *  ("a letter to Ada Kim, Tom Fenn and Lia Ortz said": no list opens there, preposition-object.ts). */
function peopleListedBefore(text: string, mentions: Mention[], j: number, reg: Registry): Mention[] {
  const listed = [mentions[j]!];
  for (let k = j - 1; k >= 0 && listed.length < MAX_LISTED; k--) {
    const x = mentions[k]!;
    if (!isPerson(reg, x) || !LIST_COMMA.test(text.slice(x.end, listed[0]!.start)) || listed.some((y) => y.entity === x.entity)) break;
    if (PREPOSITION_OBJECT_BEFORE.test(text.slice(Math.max(0, x.start - 12), x.start))) break;
    listed.unshift(x);
  }
  return listed;
}

export function resolveReferences(text: string, mentions: Mention[], cues: Cue[], reg: Registry, ctx: Context): void {
  const salience = new Salience(text, cues, reg, ctx);
  const res: Resolution = { text, mentions, reg, ctx, salience, owned: new Map() };
  const pairs = new Map<string, number>();
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    if (m.kind === 'description') {
      resolveDescription(res, m, i);
      salience.rememberUnnamed(m);
    }
    else if (m.kind === 'pronoun' && !resolvePronoun(res, m, i)) continue;
    salience.remember(m);
    // "Jane Roe and John Doe", "The ministry and the college": the pair is a group that a later "they" can mean (not the
    // second body alone, nor "a joint report" they announced; a person and a body are no such pair)
    const prev = mentions[i - 1];
    // (two bodies ending a longer list, "Ada Roe, police and the council", are no pair of their own)
    const listed = prev !== undefined && i >= 2 && LIST_COMMA.test(text.slice(mentions[i - 2]!.end, prev.start));
    // (a lone unknown word beside a body is a body's name: "Oxfam and the Red Cross", "the council and Veltrona")
    const party = (x: Mention): boolean => isBody(reg, x) || isBareName(reg, x);
    const pair = prev !== undefined && ((isPerson(reg, prev) && isPerson(reg, m))
      || (party(prev) && party(m) && (isBody(reg, prev) || isBody(reg, m)) && !listed));
    if (pair && prev.entity !== m.entity && (AND_GAP.test(text.slice(prev.end, m.start)) || (!isPerson(reg, m) && AND_THE_GAP.test(text.slice(prev.end, m.start))))) {
      // (the pair, and the people listed by commas before it with it, for a later "they" and for the quote
      // speaker, which takes the list where it opens the clause, else the pair: quotes/speaker-pairs.ts)
      const listed = isPerson(reg, m) ? peopleListedBefore(text, mentions, i - 1, reg) : [prev];
      for (const group of listed.length > 1 ? [[prev, m], [...listed, m]] : [[prev, m]]) {
        const name = listName(group.map((x) => reg.drafts[x.entity!]!.name));
        let g = pairs.get(name);
        if (g === undefined) pairs.set(name, (g = reg.add(name, 'group', 'plural', group[0]!.start)));
        reg.drafts[g]!.members = group.map((x) => x.entity!);
        salience.rememberPair(g, group[0]!, m);
      }
    }
  }
}
