// A spokesperson speaks for a body: "A spokesman for the Harbour Guild said", "a spokeswoman for Mayor Ida Renn",
// "A Tallo spokesman", "the Vell Ministry's spokeswoman". A fact-checker attributes those words to the body (lead's
// decision, session 8), so once references are resolved every mention of an unnamed spokesperson, and each pronoun
// resolved to them, takes the body's entity; the mention's text and its role ('spokesman') stay. A spokesperson the
// article names ("Ola Brisk, a spokesman for the guild") is a person of their own and keeps their name.
import type { Mention } from '../../types.js';
import { SPOKESPERSON_HEADS } from '../../lexicon/roles.js';
import { isDemonym } from '../mentions/words.js';
import { normalizeName, type Registry } from './registry.js';
import { fitsOrganization } from './roles.js';
import { bodyByKind } from './spokespeople-kind.js';
// "the Vell Ministry's spokesman": a capitalised possessor names the body
import { PROPER_POSSESSOR } from './possessor.js';

// "... for the Harbour Guild", "... of the Vell Ministry": the body in the description's own complement
const BODY_COMPLEMENT = /\s(?:for|of|at)\s+((?:the\s+)?\p{Lu}[^,;]*)$/u;
// the gap to a body named right after the description ("A spokeswoman for Mayor Ida Renn")
const BODY_GAP = /^\s+(?:for|of|at)\s+(?:the\s+)?$/;
// "A Tallo spokesman", "a White House spokeswoman": capitalised words between the article and the head
const BODY_MODIFIER = /^(?:[Aa]n?|[Tt]he)\s+(\p{Lu}[\p{L}.&-]*(?:\s+\p{Lu}[\p{L}.&-]*)*)\s+\p{Ll}+$/u;
// a lone capitalised word shaped like a nation's adjective
const DEMONYM_SHAPE = /(?:ian|ean|ese|ish)$/;

/** The entities by name (canonical and aliases) and organisations by first word, built once when a body is looked up. */
interface BodyIndex { byName: Map<string, number>; byFirst: Map<string, number> }

function indexBodies(reg: Registry): BodyIndex {
  const byName = new Map<string, number>();
  const byFirst = new Map<string, number>();
  reg.drafts.forEach((d, i) => {
    for (const key of [d.words.join(' '), ...[...d.aliases].map((a) => normalizeName(a).join(' '))]) if (!byName.has(key)) byName.set(key, i);
    if (d.kind === 'organization' && d.words[0] !== undefined && !byFirst.has(d.words[0])) byFirst.set(d.words[0], i);
  });
  return { byName, byFirst };
}

/**
 * The registered entity called `name` (its canonical name or an alias; one word may be an organisation's first word,
 * "Tallo" for "the Tallo Group"), else a new organisation of that name (filed in the index for the next look-up).
 */
function bodyNamed(reg: Registry, index: BodyIndex, name: string, at: number): number {
  const words = normalizeName(name);
  const key = words.join(' ');
  const found = index.byName.get(key) ?? (words.length === 1 ? index.byFirst.get(key) : undefined);
  if (found !== undefined) return found;
  const i = reg.add(name.replace(/^the\s+/i, ''), 'organization', 'neuter', at);
  index.byName.set(key, i);
  return i;
}

/** The body the spokesperson `m` (the i-th mention) speaks for, or null when the text names none. */
function bodyOf(text: string, mentions: Mention[], i: number, reg: Registry, index: () => BodyIndex): number | null {
  const m = mentions[i]!;
  const next = mentions[i + 1];
  if (next !== undefined && next.entity !== null && next.kind !== 'description' && next.kind !== 'pronoun' && BODY_GAP.test(text.slice(m.end, next.start))) return next.entity;
  const named = BODY_COMPLEMENT.exec(m.text)?.[1] ?? PROPER_POSSESSOR.exec(m.text)?.[1] ?? BODY_MODIFIER.exec(m.text)?.[1];
  // "a spokesman for the company", "a board spokesman": a body named by its kind word (spokespeople-kind.ts)
  if (named === undefined) return bodyByKind(text, mentions, i, reg);
  // "an Iranian spokesman" names a nation's people, not a body (a lone word shaped like one too: "Ardanian", "Velese")
  if (named === undefined || (!/\s/.test(named) && (isDemonym(named.toLowerCase()) || DEMONYM_SHAPE.test(named)))) return null;
  const body = bodyNamed(reg, index(), named, m.start);
  // a body spoken for by name is an organisation, unless the text knows it for a person (a gender, a title)
  reg.makeOrganization(body);
  return body;
}

/**
 * "A spokeswoman for the Harbour Trust said ... The trust said": a body named only inside a spokesperson's description
 * is registered here, after references were resolved, so "the trust" became a body known by its kind alone. Such a
 * body, first mentioned after the spokesperson, is the body spoken for when that one fits its kind word (the nearest
 * spokesperson before it whose body fits).
 */
function kindOnlyBodies(mentions: Mention[], reg: Registry, bodies: Map<number, number>): void {
  const spoken: { at: number; body: number }[] = [];
  const firstAt = new Map<number, number>();
  for (const m of mentions) {
    if (m.entity === null) continue;
    if (!firstAt.has(m.entity)) firstAt.set(m.entity, m.start);
    const body = bodies.get(m.entity);
    if (body !== undefined && m.kind === 'description') { spoken.push({ at: m.start, body }); continue; }
    const d = reg.drafts[m.entity]!;
    const head = m.head ?? '';
    if (m.kind !== 'description' || bodies.has(m.entity) || d.kind !== 'organization' || !/^the\s/i.test(d.name) || d.words.length !== 1 || d.words[0] !== head) continue;
    // (first mentioned after the spokesperson: a "the trust" the article had used before names another body)
    const first = firstAt.get(m.entity)!;
    const fit = spoken.findLast((x) => x.at < first && fitsOrganization(reg.drafts[x.body]!, head));
    if (fit !== undefined) bodies.set(m.entity, fit.body);
  }
}

/** Gives each unnamed spokesperson's mentions (descriptions and pronouns) the entity of the body they speak for. */
export function speakForBodies(text: string, mentions: Mention[], reg: Registry): void {
  const bodies = new Map<number, number>();
  let built: BodyIndex | undefined;
  const index = (): BodyIndex => (built ??= indexBodies(reg));
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    if (m.kind !== 'description' || !SPOKESPERSON_HEADS.has(m.head ?? '')) continue;
    // "the company's spokeswoman": a definite spokesperson the resolver tied to no one speaks for the body all the same
    if (m.entity === null) {
      const body = bodyByKind(text, mentions, i, reg);
      if (body !== null) [m.role, m.entity] = [m.role ?? m.head ?? null, body];
      continue;
    }
    if (bodies.has(m.entity)) continue;
    // only a spokesperson the article knows by this description alone (not one resolved to a name)
    if (reg.drafts[m.entity]!.name.toLowerCase() !== m.text.toLowerCase()) continue;
    const body = bodyOf(text, mentions, i, reg, index);
    if (body !== null && body !== m.entity) bodies.set(m.entity, body);
  }
  if (bodies.size === 0) return;
  kindOnlyBodies(mentions, reg, bodies);
  for (const m of mentions) {
    const body = m.entity === null ? undefined : bodies.get(m.entity);
    if (body === undefined) continue;
    m.role ??= reg.drafts[m.entity!]!.roles[0] ?? null;
    m.entity = body;
  }
}
