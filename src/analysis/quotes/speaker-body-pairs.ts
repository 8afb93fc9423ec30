// Two bodies, or a body and a person, joined by "and" as one subject ("The ministry and the college said", "Acme Corp and
// Birch Ltd said"): they speak together, as a pair named by both (speaker-pairs.ts reads the "and" and the clause around
// it; two people are the group SPEAKERS made of them, speakers/coreference.ts).
import type { Resolved } from '../state.js';
import type { Mention } from '../../types.js';

/** The name of the pair that mentions a and b make, when each names an organisation or a person (not a pronoun, and
 *  not a class of people: "police and firefighters" stay a kind of source each) and they are two; else undefined. */
export function bodyPairName(s: Resolved, a: Mention, b: Mention): string | undefined {
  if (a.kind === 'pronoun' || b.kind === 'pronoun' || a.entity === null || b.entity === null || a.entity === b.entity) return undefined;
  const ea = s.entities[a.entity];
  const eb = s.entities[b.entity];
  if (ea === undefined || eb === undefined || ea.kind === 'group' || eb.kind === 'group') return undefined;
  if (ea.kind !== 'organization' && eb.kind !== 'organization') return undefined;
  return `${ea.name} and ${eb.name}`;
}
