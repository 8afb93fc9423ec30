// A spokesperson for a body the text names only by its kind word: "a spokesman for the company", "the guild's
// spokeswoman", "a board spokesman". News names the body in full once ("Tallo Motors cut 300 jobs") and then by its
// kind; the spokesperson speaks for the body that kind word refers back to, as "the company said" would. With no
// such body before it, the kind word itself names the body ("the company": one row per article, as any description).
import type { Mention } from '../../types.js';
import { ORGANIZATION_HEADS } from '../../lexicon/organisation-heads.js';
import type { Draft, Registry } from './registry.js';
import { ITS } from './its-owner.js';
import { fitsOrganization, looselyFitsOrganization } from './roles.js';

// "... for the company", "... of the local council", "... at the ferry operator": the kind word ends the complement
const KIND_COMPLEMENT = /\s(?:for|of|at)\s+(?:the|its|their)\s+(?:\p{Ll}+\s+){0,2}?(\p{Ll}+)$/u;
// "the company's spokeswoman", "the board's spokesman"
const KIND_POSSESSOR = /^[Tt]he\s+(\p{Ll}+)['’]s\s+\p{Ll}+$/u;
// "a company spokeswoman", "the board spokesman"
const KIND_MODIFIER = /^(?:[Aa]n?|[Tt]he)\s+(\p{Ll}+)\s+\p{Ll}+$/u;
// the gap to a description of the body written as a mention of its own ("A spokesman" + " for " + "the guild")
const BODY_GAP = /^\s+(?:for|of|at)\s+$/;
// how far back the body the kind word refers to may stand, in mentions
const LOOK_BACK = 40;

/** The kind word a spokesperson's description names its body by ("company"), or null. */
export function kindWordOf(description: string): string | null {
  const w = KIND_COMPLEMENT.exec(description)?.[1] ?? KIND_POSSESSOR.exec(description)?.[1] ?? KIND_MODIFIER.exec(description)?.[1];
  return w !== undefined && ORGANIZATION_HEADS.has(w) && (ORGANIZATION_HEADS.get(w)?.length ?? 0) > 0 ? w : null;
}

/** The entity of the last mention in reach before the i-th whose draft `fits`, or null. */
function lastBody(mentions: Mention[], i: number, reg: Registry, fits: (d: Draft) => boolean): number | null {
  for (let k = i - 1; k >= Math.max(0, i - LOOK_BACK); k--) {
    const e = mentions[k]!.entity;
    if (e !== null && fits(reg.drafts[e]!)) return e;
  }
  return null;
}

/**
 * The body the spokesperson `m` (the i-th mention) speaks for when its description names it by a kind word, or null:
 * a description of the body right after it that resolved to an organisation; for "its spokesman", the last
 * organisation before it; else the last organisation before it that the kind word fits (by name, or loosely: "the
 * company" for any firm), else a new body named by the kind word.
 */
export function bodyByKind(text: string, mentions: Mention[], i: number, reg: Registry): number | null {
  const m = mentions[i]!;
  const next = mentions[i + 1];
  if (next !== undefined && next.kind === 'description' && next.entity !== null && reg.drafts[next.entity]!.kind === 'organization'
    && BODY_GAP.test(text.slice(m.end, next.start)) && /^(?:the|its|their)\s/i.test(next.text)) return next.entity;
  // "Acme cut prices. Prices would fall, its spokesman said": the last body before it, the one "it" would mean
  if (ITS.test(m.text)) return lastBody(mentions, i, reg, (d) => d.kind === 'organization');
  const kind = kindWordOf(m.text);
  if (kind === null) return null;
  // (one that fits by name anywhere in reach comes before one that fits loosely)
  const body = lastBody(mentions, i, reg, (d) => fitsOrganization(d, kind)) ?? lastBody(mentions, i, reg, (d) => looselyFitsOrganization(d, kind));
  return body ?? reg.add(`the ${kind}`, 'organization', 'neuter', m.start);
}
