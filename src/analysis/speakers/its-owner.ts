// "Tallo Motors cut 300 jobs. Sales would fall, its chief executive said": a person's description owned by "its" is
// someone of the body that "it" would mean there (Salience's antecedent for "it", when that is an organisation): a
// person of their own, named after the body ("Tallo Motors' chief executive"), as "Ida Renn's lawyer" is after a person
// (description-reference.ts). A spokesperson is left to spokespeople.ts, which gives their words to the body itself
// ("its spokesman": spokespeople-kind.ts).
import type { Mention } from '../../types.js';
import type { Resolution } from './resolution.js';
import { ownedPerson, personOwnerWords, possessive } from './owned.js';

/** "its" opening a description ("its chief", "its spokesman"): the owner is the body "it" would mean there. */
export const ITS = /^its[\s\u00a0]+/i;

/** The person the description `m` ("its chief") names after the body "its" points back to, or null. */
export function ownedByIts(res: Resolution, m: Mention): number | null {
  const own = personOwnerWords(m, ITS);
  if (own === null) return null;
  return ownedPerson(res, m, own, () => {
    const body = res.salience.antecedent(m.start, 'neuter');
    if (body === null) return null;
    const d = res.reg.drafts[body]!;
    if (d.kind !== 'organization') return null;
    return possessive(d.name);
  });
}
