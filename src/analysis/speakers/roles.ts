// Does an entity fit a description? "the minister" fits a foreign minister, "the top diplomat" a foreign minister
// or a secretary of state (through ROLE_SYNONYMS), "the newspaper" an organisation whose name ends in "Times".
import { ORGANIZATION_HEADS, ROLE_SYNONYMS } from '../../lexicon/roles.js';
import type { Draft } from './registry.js';

export function fitsPersonRole(d: Draft, head: string): boolean {
  if (d.kind !== 'person') return false;
  const synonyms = ROLE_SYNONYMS.get(head) ?? [];
  return d.roles.some((r) => r.split(' ').includes(head) || synonyms.some((w) => r.includes(w)));
}

/** For organisation heads: true when the name fits, false when not, undefined when the head says nothing. */
export function fitsOrganization(d: Draft, head: string): boolean {
  if (d.kind !== 'organization') return false;
  const words = ORGANIZATION_HEADS.get(head);
  if (words === undefined) return false;
  if (words.length === 0) return head === 'organization' || head === 'organisation';
  return d.words.some((w) => words.includes(w.replace(/\.$/, '')));
}
