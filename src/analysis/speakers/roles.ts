// Does an entity fit a description? "the minister" fits a health minister, "the diplomat" a foreign minister
// or an ambassador (through ROLE_SYNONYMS), "the newspaper" an organisation whose name ends in "Times".
import { ROLE_SYNONYMS } from '../../lexicon/reference-heads.js';
import { INSTITUTIONS } from '../../lexicon/organisations.js';
import { LOOSE_HEADS, ORGANIZATION_HEADS, OUTLET_WORDS } from '../../lexicon/organisation-heads.js';
import { COMMERCIAL_HEADS, PUBLIC_BODY_WORDS } from '../../lexicon/public-bodies.js';
import type { Draft } from './registry.js';
import { isDocumentHead } from '../mentions/words.js';

// The words of an entity's roles, joined once per set of roles (descriptions ask about the same entities often).
const roleWordsCache = new WeakMap<Draft, { count: number; words: Set<string>; joined: string }>();

function roleWords(d: Draft): { words: Set<string>; joined: string } {
  let c = roleWordsCache.get(d);
  if (!c || c.count !== d.roles.length) {
    const joined = ` ${d.roles.join(' | ')} `;
    c = { count: d.roles.length, words: new Set(joined.split(/\s+/)), joined };
    roleWordsCache.set(d, c);
  }
  return c;
}

export function fitsPersonRole(d: Draft, head: string): boolean {
  if (d.kind !== 'person' || d.roles.length === 0) return false;
  const { words, joined } = roleWords(d);
  if (words.has(head)) return true;
  const synonyms = ROLE_SYNONYMS.get(head);
  return synonyms !== undefined && synonyms.some((w) => joined.includes(w));
}

/** For organisation heads: does the organisation's name fit the kind the description names? */
export function fitsOrganization(d: Draft, head: string): boolean {
  if (d.kind !== 'organization') return false;
  // introduced by that kind noun ("the aid agency Grainbridge ... the agency")
  if (d.kinds?.has(head)) return true;
  const words = ORGANIZATION_HEADS.get(head);
  if (words === undefined) return false;
  if (words.length === 0) return head === 'organization' || head === 'organisation';
  return d.words.some((w) => words.includes(w.replace(/\.$/, '')));
}

/** A weaker fit, used when no organisation fits by name: any plain organisation for "the company". */
export function looselyFitsOrganization(d: Draft, head: string): boolean {
  // not a document that speaks for someone ("a statement", "a new poll"): "the company" is no statement
  // nor a body known only by another kind ("the union", "the council"): "the company" is another party
  const last = d.words[d.words.length - 1]; // (lower case: registry.ts normalizeName)
  return d.kind === 'organization' && LOOSE_HEADS.has(head) && !d.country && !d.words.some((w) => OUTLET_WORDS.has(w))
    && !isDocumentHead(last) && !(/^the\s/i.test(d.name) && last !== undefined && !LOOSE_HEADS.has(last))
    // nor, for "the company", a government body, court, party, union or school (lexicon/public-bodies.ts)
    && !(COMMERCIAL_HEADS.has(head) && d.words.some((w) => PUBLIC_BODY_WORDS.has(w) || INSTITUTIONS.has(w)));
}
