// "Tallo Motors cut 300 jobs. Sales would fall, its chief executive said": a person's description owned by "its" is
// someone of the body that "it" would mean there (Salience's antecedent for "it", when that is an organisation): a
// person of their own, named after the body ("Tallo Motors' chief executive"), as "Ida Renn's lawyer" is after a person
// (description-reference.ts). A spokesperson is left to spokespeople.ts, which gives their words to the body itself
// ("its spokesman": spokespeople-kind.ts).
import type { Mention } from '../../types.js';
import { SPOKESPERSON_HEADS } from '../../lexicon/roles.js';
import type { Resolution } from './resolution.js';
import { ownedEntity } from './owned.js';

const ITS = /^its[\s\u00a0]+/i;

/** The person the description `m` ("its chief") names after the body "its" points back to, or null. */
export function ownedByIts(res: Resolution, m: Mention): number | null {
  const own = ITS.exec(m.text);
  if (own === null || m.gender === 'neuter' || m.gender === 'plural' || SPOKESPERSON_HEADS.has(m.head ?? '')) return null;
  // (a holder of the role named before comes first: "coach Tomas Berg ... its coach said" is Berg)
  const named = res.salience.fitting(m);
  if (named !== null) return named;
  const body = res.salience.antecedent(m.start, 'neuter');
  if (body === null) return null;
  const d = res.reg.drafts[body]!;
  if (d.kind !== 'organization') return null;
  // ("Tallo Motors' chief executive": a name ending in s takes the apostrophe alone)
  const name = `${d.name}${/s$/i.test(d.name) ? "'" : "'s"} ${m.text.slice(own[0].length)}`;
  // one entity for each owner and description (owned.ts)
  return ownedEntity(res, name, 'person', m.gender, m.start);
}
