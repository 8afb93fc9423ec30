// "The council's leader said ...": a person's description owned by a body the article names only by its kind. The
// person is someone of that body, named after it (after the named body the kind word fits, "Tallo Motors' chief", else
// after the kind word, "the council's leader"; as "its chief" is after the body "its" means, its-owner.ts), and the
// body itself was just mentioned: a later "it" or "its" may point back to it.
import type { Mention } from '../../types.js';
import { isOrganizationWord } from '../mentions/words.js';
import type { Resolution } from './resolution.js';
import { ownedPerson, personOwnerWords, possessive } from './owned.js';

// "the council's", "The city's": the article and a lower-case body word with its possessive
const BODY_POSSESSOR = /^[Tt]he[\s\u00a0]+(\p{Ll}+)['’]s[\s\u00a0]+/u;

/** The person the description `m` ("The council's leader") names after the body before it, or null; the body is
 *  remembered where it stands (an entity it already had, else a new one named by its description). */
export function ownedByBody(res: Resolution, m: Mention): number | null {
  const own = personOwnerWords(m, BODY_POSSESSOR);
  if (own === null) return null;
  const word = own[1]!;
  if (!isOrganizationWord(word)) return null;
  const bodyText = m.text.slice(0, own[0].length).replace(/['’]s[\s\u00a0]+$/, '');
  const body: Mention = { ...m, text: bodyText, end: m.start + bodyText.length, kind: 'description', head: word, gender: 'neuter', role: null, entity: null };
  const fitted = res.salience.fitting(body);
  body.entity = fitted ?? res.reg.add(`the ${word}`, 'organization', 'neuter', m.start);
  res.salience.remember(body);
  // (a holder of the role named before comes first: "Council leader Ana Ruiz ... The council's leader said" is Ruiz;
  // else the person is named after the body the kind word refers back to, "Tallo Motors ... the company's chief" is
  // Tallo Motors' chief, or after the kind word, "the council's leader")
  const owner = fitted !== null ? res.reg.drafts[fitted] : undefined;
  return ownedPerson(res, m, own, () => (owner?.kind === 'organization' ? possessive(owner.name) : `the ${word}'s`));
}
