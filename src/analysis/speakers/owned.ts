// "the Roe campaign", "Roe's campaign", "her campaign": an organisation that belongs to a person or a party and is
// named after its owner; one entity per owner and kind.
import type { Mention, SpeakerKind } from '../../types.js';
import { PRONOUNS, type Gender } from '../../lexicon/pronouns.js';
import { OWNED_HEADS } from '../../lexicon/organisation-heads.js';
import { SPOKESPERSON_HEADS } from '../../lexicon/roles.js';
import type { Resolution } from './resolution.js';
import { isOrganizationWord, withoutPossessive } from '../mentions/words.js';

const DETERMINER = /^(?:the|a|an|this|that|these|those)$/i;

/** The organisation `m` names after its owner, or null when its head is no owned kind or no owner is found. */
export function ownedBy(res: Resolution, m: Mention): number | null {
  const head = m.head ?? '';
  if (!OWNED_HEADS.has(head)) return null;
  const words = m.text.split(/\s+/);
  // "the Tarn County sheriff's office": a title's office is a body of its own (mentions/office-head.ts), not the place's
  if (words.length >= 2 && /^\p{Ll}+['’]s$/u.test(words[words.length - 2]!)) return null;
  let owner: string | undefined;
  const pronoun = PRONOUNS.get(words[0]!.toLowerCase());
  if (pronoun && (pronoun.gender === 'male' || pronoun.gender === 'female')) {
    const e = res.salience.antecedent(m.start, pronoun.gender);
    if (e !== null) owner = res.reg.drafts[e]!.name.split(/\s+/).pop();
  } else {
    const names = words.filter((w, k) => /^\p{Lu}/u.test(w) && (k > 0 || !DETERMINER.test(w))).map(withoutPossessive);
    // a person's campaign goes by the surname ("Jane Roe's campaign" = "the Roe campaign"); a body's by its whole
    // name ("the Meltor Party's campaign", not "Party campaign")
    owner = names.length > 1 && isOrganizationWord(names[names.length - 1]!.toLowerCase()) ? names.join(' ') : names.pop();
  }
  if (owner === undefined || owner.toLowerCase() === head) return null;
  return ownedEntity(res, `${owner} ${head}`, 'organization', 'neuter', m.start);
}

/** The owner's words that open a person's description `m` (`owner`: "its ", "the council's "), or null: none for a
 *  body's or a group's description, nor for a spokesperson, whose words spokespeople.ts gives to the body itself. */
export function personOwnerWords(m: Mention, owner: RegExp): RegExpExecArray | null {
  if (m.gender === 'neuter' || m.gender === 'plural' || SPOKESPERSON_HEADS.has(m.head ?? '')) return null;
  return owner.exec(m.text);
}

/** The person a description owned by a body names (its-owner.ts, body-possessor.ts): the holder of the role named
 *  before ("coach Tomas Berg ... its coach said" is Berg), else one named after the owner `ownerOf()` gives (as
 *  "Tallo Motors'"; null: no owner) and the description's rest after the owner's words `own`. */
export function ownedPerson(res: Resolution, m: Mention, own: RegExpExecArray, ownerOf: () => string | null): number | null {
  const named = res.salience.fitting(m);
  if (named !== null) return named;
  const owner = ownerOf();
  return owner === null ? null : ownedEntity(res, `${owner} ${m.text.slice(own[0].length)}`, 'person', m.gender, m.start);
}

/** The one entity named `name` after its owner (kept by lower-cased name), added at `at` the first time: one per owner
 *  and kind here, one per owner and description for the people of a body (its-owner.ts, body-possessor.ts). */
function ownedEntity(res: Resolution, name: string, kind: SpeakerKind, gender: Gender, at: number): number {
  const key = name.toLowerCase();
  let e = res.owned.get(key);
  if (e === undefined) res.owned.set(key, (e = res.reg.add(name, kind, gender, at)));
  return e;
}

/** The possessive of a body's name that its people are named after ("Tallo Motors' chief", "Acme's chief"): a name
 *  ending in s takes the apostrophe alone. */
export const possessive = (name: string): string => `${name}${/s$/i.test(name) ? "'" : "'s"}`;
