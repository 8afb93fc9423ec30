// Step 2: descriptions and pronouns, in text order, each to the nearest fitting entity before it.
// - descriptions (description-reference.ts): beside a name, that name; else the last entity whose role fits;
// - pronouns (pronoun-reference.ts): he/she the subject of a speech verb, else the first fitting person, in this
//   sentence, then the one before, then two back (how compromise and Citron resolve); it: the last organisation;
//   they: the last group, or a pair named just before ("Jane Roe and John Doe").
import type { Cue, Mention } from '../../types.js';
import type { Context } from './context.js';
import type { Registry } from './registry.js';
import { Salience } from './salience.js';
import { AND_GAP } from '../mentions/words.js';
import { isPerson, type Resolution } from './resolution.js';
import { resolveDescription } from './description-reference.js';
import { resolvePronoun } from './pronoun-reference.js';

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
    // "Jane Roe and John Doe": the pair is a group that a later "they" can mean
    const prev = mentions[i - 1];
    if (prev && isPerson(reg, prev) && isPerson(reg, m) && prev.entity !== m.entity && AND_GAP.test(text.slice(prev.end, m.start))) {
      const name = `${reg.drafts[prev.entity!]!.name} and ${reg.drafts[m.entity!]!.name}`;
      let g = pairs.get(name);
      if (g === undefined) pairs.set(name, (g = reg.add(name, 'group', 'plural', prev.start)));
      salience.rememberAt(g, m);
    }
  }
}
