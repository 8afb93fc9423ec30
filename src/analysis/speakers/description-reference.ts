// A description to its entity, in this order:
// - right beside a name, that name ("her colleague Jane Roe", "Jane Roe, a doctor,"); an unknown single name apposed to
//   a body's description, before or after it, is that body ("Brightwater, the company,", "the agency (Tallvik)");
// - "neither lawyer", "the next mayor" name nobody; a body named after its owner ("the Roe campaign", owned.ts) or a
//   person after the body "its" means ("its chief executive", its-owner.ts) or a body named by its kind ("the
//   council's leader", body-possessor.ts); "a spokesperson for the ministry" introduces someone new;
// - "the minister" takes the last entity whose role fits; failing that, a name a sentence or two later whose title
//   says the same ("The country's foreign minister ... Foreign Minister Jane Roe"); then the weaker guesses below.
import type { Mention } from '../../types.js';
import { PRONOUNS } from '../../lexicon/pronouns.js';
import { PROTAGONIST_HEADS, RELATIONAL_ROLES } from '../../lexicon/reference-heads.js';
import { LOOSE_HEADS } from '../../lexicon/organisation-heads.js';
import { ADVERBIAL_PREPOSITIONS } from '../../lexicon/prepositions.js';
import { alternation } from '../alternation.js';
import { firstNameGender, isDocumentHead } from '../mentions/words.js';
import { contextWords } from './registry.js';
import { fitsEpithet, isEpithet } from './epithets.js';
import { ownedBy } from './owned.js';
import { ownedByIts } from './its-owner.js';
import { ownedByBody } from './body-possessor.js';
import { byHeadlineDomain, LOOK_AHEAD_MENTIONS, LOOK_AHEAD_SENTENCES } from './headline-description.js';
import { PROPER_POSSESSOR } from './possessor.js';
import { ONLY_BLANK, ONLY_COMMA, type Resolution } from './resolution.js';

const INDEFINITE = /^(?:a|an|another|one)\s/i;
const NOBODY = /^(?:neither|each|every|no|any|either|both)\s/i;
// a preposition before a name: the name is part of an adverbial ("In Norland, ...", "From Acme's side, ...")
const PLACE_PHRASE = new RegExp(String.raw`(?:^|[^\p{L}])(?:${alternation(ADVERBIAL_PREPOSITIONS)})[\s\u00a0]+(?:the[\s\u00a0]+)?$`, 'iu');
const DEFINITE = /^the\s/i;
// the gaps around a name apposed after a description, the gap before and the mark after it: ", Name," or " (Name)"
// (not "the company, Brenner said, ...": a writer's aside, where the name is the speaker)
const NAME_APPOSED = /^(?:[\s\u00a0]*,[\s\u00a0]*,|[\s\u00a0]*\([\s\u00a0]*\))/;
// "the next mayor", "the ideal candidate": a role, not anyone in particular
const NOT_REFERRING = /\b(?:next|future|ideal|typical|average|best|eventual)\b/i;

/** Whether the description ends with its head noun ("her colleague", "the company's chief executive"), not with a
 *  phrase after it ("an analyst at the research firm"). */
function endsWithHead(m: Mention): boolean {
  const last = /([\p{L}-]+)['’]?s?[\s\u00a0]*$/u.exec(m.text)?.[1]?.toLowerCase();
  const head = (m.head ?? '').toLowerCase();
  return head === '' || last === head || last === head.replace(/s$/, '') || !/\s(?:at|of|for|with|from|in|on|to|by)\s/i.test(m.text);
}

/** The last entity whose role fits the i-th mention, else (cataphora) a titled name soon after with that role. */
function byRole(res: Resolution, m: Mention, i: number): number | null {
  const e = res.salience.fitting(m);
  if (e !== null) return e;
  // cataphora: the description comes first, the titled name soon after
  const head = m.head ?? '';
  const sentence = res.ctx.sentenceOf(m.start);
  for (let j = i + 1; j < res.mentions.length && j <= i + LOOK_AHEAD_MENTIONS; j++) {
    const n = res.mentions[j]!;
    if (res.ctx.sentenceOf(n.start) > sentence + LOOK_AHEAD_SENTENCES) break;
    if (n.kind === 'title-name' && n.entity !== null && n.role?.split(' ').includes(head)) return n.entity;
  }
  return sentence === 0 ? byHeadlineDomain(res, m, i) : null;
}

/** Sets the entity of the description `m` (the i-th mention) and what it tells of that entity (role, gender). */
export function resolveDescription(res: Resolution, m: Mention, i: number): void {
  const { text, mentions, reg, salience } = res;
  let weak = false;
  const prev = mentions[i - 1];
  const next = mentions[i + 1];
  const personal = m.gender !== 'neuter';
  const fitsName = (n: Mention | undefined): boolean =>
    n !== undefined && n.entity !== null && (personal ? n.kind === 'name' || n.kind === 'title-name' : n.kind === 'organization');
  const gapAfter = next ? text.slice(m.end, next.start) : '';
  // "Brightwater, the company, said", "the regulator, Brightwater, said", "the agency (Brightwater) said": an unknown
  // single name beside an organisation's description is that organisation
  const bareName = (n: Mention | undefined): boolean => !personal && n !== undefined && n.kind === 'name' && n.entity !== null
    && !/\s/.test(n.text) && firstNameGender(n.text.toLowerCase()) === undefined && reg.drafts[n.entity]!.gender === null;
  // "Acme, the retailer," is an apposition; "In Norland, the health ministry" is a place phrase, not one
  const apposedToPrev = (): boolean => ONLY_COMMA.test(text.slice(prev!.end, m.start)) && !PLACE_PHRASE.test(text.slice(Math.max(0, prev!.start - 16), prev!.start));
  // (a name right after the description apposes its last noun: "her colleague Jane Roe" is the colleague, but in "an
  // analyst at the research firm Tallo" the name is the firm's, the object of the preposition, not the analyst's)
  const bodyBefore = bareName(prev) && apposedToPrev();
  if (fitsName(next) && (ONLY_COMMA.test(gapAfter) || (ONLY_BLANK.test(gapAfter) && endsWithHead(m)))) m.entity = next!.entity;
  else if (bodyBefore || (bareName(next) && NAME_APPOSED.test(gapAfter + text.slice(next!.end, next!.end + 2)))) {
    const body = bodyBefore ? prev! : next!;
    m.entity = body.entity;
    reg.makeOrganization(body.entity!);
  }
  else if (fitsName(prev) && apposedToPrev()) m.entity = prev!.entity;
  else if (NOBODY.test(m.text) || NOT_REFERRING.test(m.text)) m.entity = null;
  else if (!personal && (m.entity = ownedBy(res, m)) !== null) { /* named after its owner */ }
  else if (personal && (m.entity = ownedByIts(res, m)) !== null) { /* someone of the body "its" means */ }
  else if (personal && (m.entity = ownedByBody(res, m)) !== null) { /* someone of the body named before: "the council's leader" */ }
  else if (INDEFINITE.test(m.text)) {
    // someone new the article does not name: the description, article and all, is the only name it has ("a person
    // familiar with the talks", not "person", which reads as a name and merges every unnamed person)
    const article = /^\S+/.exec(m.text)![0];
    m.entity = reg.add(article.toLowerCase() + m.text.slice(article.length), personal ? 'person' : 'organization', personal ? m.gender : 'neuter', m.start);
  } else {
    m.entity = byRole(res, m, i);
    // "the Liberal nominee" with no nominee named: the person the passage is about (weak evidence: it lends
    // the entity no role); not "the next mayor", which names no one yet
    if (m.entity === null && personal && DEFINITE.test(m.text) && PROTAGONIST_HEADS.has(m.head ?? '')) {
      m.entity = salience.protagonist(m.start, m.gender, contextWords(m.text));
      weak = m.entity !== null;
    }
    // "Pia Lund scored. 'My day,' the Dane said": an epithet is the one person named in reach (weak evidence too)
    if (m.entity === null && personal && isEpithet(m)) {
      const e = salience.solePerson(m.start);
      if (e !== null && fitsEpithet(reg.drafts[e]!, m, contextWords(m.text.slice(0, m.text.length - (m.head ?? '').length)))) m.entity = e;
      weak = m.entity !== null;
    }
    if (m.entity === null && PROPER_POSSESSOR.test(m.text) && personal) m.entity = reg.add(m.text, 'person', m.gender, m.start);
    // "Lumera said sales would fall. The company blamed ...": a lone word no first-name list knows, read as a
    // surname, is the firm "the company" means when no organisation fits
    if (m.entity === null && !personal && DEFINITE.test(m.text) && LOOSE_HEADS.has(m.head ?? '')) {
      m.entity = salience.bareName(m.start);
      if (m.entity !== null) reg.makeOrganization(m.entity);
    }
    // "The union said ...": a body the article names only by its kind is still one party, which a later "the
    // union" or "it" means; its description is its name (not a document: "the report" speaks for an author)
    if (m.entity === null && !personal && DEFINITE.test(m.text) && !isDocumentHead(m.head)) {
      m.entity = reg.add(`the${m.text.slice(3)}`, 'organization', 'neuter', m.start);
    }
  }
  if (m.entity !== null) {
    reg.see(m.entity, null, m.start);
    if (!RELATIONAL_ROLES.has(m.head ?? '') && !weak) {
      reg.addRole(m.entity, m.role);
      reg.addContext(m.entity, contextWords(m.text));
    }
    reg.setGender(m.entity, m.gender);
  }
  // "her colleague": the possessive tells the gender of whoever it points to
  const owner = PRONOUNS.get(m.text.split(/\s/)[0]!.toLowerCase());
  if (owner && (owner.gender === 'male' || owner.gender === 'female')) {
    const e = salience.antecedent(m.start, owner.gender);
    if (e !== null && e !== m.entity) reg.setGender(e, owner.gender);
  }
}
