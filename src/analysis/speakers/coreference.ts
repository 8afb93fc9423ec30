// Step 2: descriptions and pronouns, in text order, each to the nearest fitting entity before it.
// - a description right beside a name is that name ("her colleague Jane Roe", "Jane Roe, a doctor,");
// - "a spokesperson for the ministry" introduces someone new; "neither lawyer" names nobody;
// - "the minister" takes the last entity whose role fits; failing that, a name a sentence or two later whose
//   title says the same ("The country's foreign minister ... Foreign Minister Jane Roe");
// - he/she: the subject of a speech verb, else the first fitting person, in this sentence, then the one before,
//   then two back (how compromise and Citron resolve); it: the last organisation; they: the last group.
import type { Cue, Mention } from '../../types.js';
import { PRONOUNS, type Gender } from '../../lexicon/pronouns.js';
import { PROTAGONIST_HEADS, RELATIONAL_ROLES } from '../../lexicon/roles.js';
import type { Context } from './context.js';
import { contextWords, type Registry } from './registry.js';
import { Salience, pronounKey } from './salience.js';
import { fitsEpithet, isEpithet } from './epithets.js';
import { LOOSE_HEADS } from '../../lexicon/organisations.js';
import { AND_GAP, OF_BODY, firstNameGender, isDocumentHead } from '../mentions/words.js';

const ONLY_BLANK = /^[\s\u00a0]*$/;
// "Jane Roe, a doctor", "Jane Roe — a doctor", and with her age between: "Jane Roe, 45, a doctor"
const ONLY_COMMA = /^[\s\u00a0]*[,―—–][\s\u00a0]*(?:\d{1,3}[\s\u00a0]*,[\s\u00a0]*)?$/;
const INDEFINITE = /^(?:a|an|another|one)\s/i;
const NOBODY = /^(?:neither|each|every|no|any|either|both)\s/i;
const PROPER_POSSESSOR = /^\p{Lu}[^\s]*(?:\s+\p{Lu}[^\s]*)*['’]s\s/u;
// How far forward a description looks for the titled name it announces: bounded, so linear.
const LOOK_AHEAD_SENTENCES = 2;
const LOOK_AHEAD_MENTIONS = 30;
const DETERMINER = /^(?:the|a|an|this|that|these|those)$/i;
// a preposition before a name: the name is part of an adverbial ("In Norland, ...", "From Acme's side, ...")
const PLACE_PHRASE = /(?:^|[^\p{L}])(?:in|at|from|across|throughout|inside|within|outside|around|near|to|for|on|over|under|after|before|since|like|with|by)[\s\u00a0]+(?:the[\s\u00a0]+)?$/iu;
const DEFINITE = /^the\s/i;
const SUBJECT_PRONOUN = /^(?:he|she)$/i;
// "it is believed", "it was unclear", "it seems": an "it" that stands for no one (bounded window, no backtracking)
const PLEONASTIC = /^[\s\u00a0]+(?:(?:is|was|has been|had been|would be|will be|may be|could be)[\s\u00a0]+(?:not[\s\u00a0]+)?(?:believed|thought|said|reported|expected|understood|known|feared|estimated|alleged|claimed|rumou?red|unclear|clear|possible|impossible|likely|unlikely|probable|important|true|time|worth|hard|difficult|easy|necessary|too|no)\b|(?:seems|seemed|appears|appeared|remains|remained)\b)/i;
// "it is truly baffling that ...", "it was odd how ...": an adjective's clause after it, extraposed (one word, an
// adverb before it at most: bounded, no backtracking)
const EXTRAPOSED = /^[\s\u00a0]+(?:is|was|['’]s)[\s\u00a0]+(?:\p{L}+ly[\s\u00a0]+)?\p{Ll}+[\s\u00a0]+(?:that|whether|how|why)\b/u;
// "the next mayor", "the ideal candidate": a role, not anyone in particular
const NOT_REFERRING = /\b(?:next|future|ideal|typical|average|best|eventual)\b/i;
// Organisations that belong to a person or a party and are named after them.
const OWNED_HEADS = new Set(['campaign', 'administration', 'team', 'office', 'staff', 'government']);

export function resolveReferences(text: string, mentions: Mention[], cues: Cue[], reg: Registry, ctx: Context): void {
  const salience = new Salience(text, cues, reg, ctx);
  const pairs = new Map<string, number>();
  const isPerson = (x: Mention): boolean => x.entity !== null && (x.kind === 'name' || x.kind === 'title-name') && reg.drafts[x.entity]!.kind === 'person';
  const antecedent = (at: number, gender: Gender): number | null => salience.antecedent(at, gender);
  // "the Roe campaign", "Roe's campaign", "her campaign": an organisation named after its owner
  const owned = new Map<string, number>();
  const ownedBy = (m: Mention): number | null => {
    const head = m.head ?? '';
    if (!OWNED_HEADS.has(head)) return null;
    const words = m.text.split(/\s+/);
    let owner: string | undefined;
    const pronoun = PRONOUNS.get(words[0]!.toLowerCase());
    if (pronoun && (pronoun.gender === 'male' || pronoun.gender === 'female')) {
      const e = antecedent(m.start, pronoun.gender);
      if (e !== null) owner = reg.drafts[e]!.name.split(/\s+/).pop();
    } else {
      owner = words.slice(1).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w.replace(/['’]s$/u, '')).pop();
      if (owner === undefined && /^\p{Lu}/u.test(words[0]!) && !DETERMINER.test(words[0]!)) owner = words[0]!.replace(/['’]s$/u, '');
    }
    if (owner === undefined || owner.toLowerCase() === head) return null;
    const name = `${owner} ${head}`;
    const key = name.toLowerCase();
    let e = owned.get(key);
    if (e === undefined) owned.set(key, (e = reg.add(name, 'organization', 'neuter', m.start)));
    return e;
  };
  const byRole = (m: Mention, i: number): number | null => {
    const e = salience.fitting(m);
    if (e !== null) return e;
    // cataphora: the description comes first, the titled name soon after
    const head = m.head ?? '';
    const sentence = ctx.sentenceOf(m.start);
    for (let j = i + 1; j < mentions.length && j <= i + LOOK_AHEAD_MENTIONS; j++) {
      const n = mentions[j]!;
      if (ctx.sentenceOf(n.start) > sentence + LOOK_AHEAD_SENTENCES) break;
      if (n.kind === 'title-name' && n.entity !== null && n.role?.split(' ').includes(head)) return n.entity;
    }
    return null;
  };

  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    if (m.kind === 'description') {
      let weak = false;
      const prev = mentions[i - 1];
      const next = mentions[i + 1];
      const personal = m.gender !== 'neuter';
      const fitsName = (n: Mention | undefined): boolean =>
        n !== undefined && n.entity !== null && (personal ? n.kind === 'name' || n.kind === 'title-name' : n.kind === 'organization');
      const gapAfter = next ? text.slice(m.end, next.start) : '';
      // "Brightwater, the company, said": an unknown single name beside an organisation's description is that organisation
      const bareName = (n: Mention | undefined): boolean => !personal && n !== undefined && n.kind === 'name' && n.entity !== null
        && !/\s/.test(n.text) && firstNameGender(n.text.toLowerCase()) === undefined && reg.drafts[n.entity]!.gender === null;
      // "Acme, the retailer," is an apposition; "In Norland, the health ministry" is a place phrase, not one
      const apposedToPrev = (): boolean => ONLY_COMMA.test(text.slice(prev!.end, m.start)) && !PLACE_PHRASE.test(text.slice(Math.max(0, prev!.start - 16), prev!.start));
      if (fitsName(next) && (ONLY_BLANK.test(gapAfter) || ONLY_COMMA.test(gapAfter))) m.entity = next!.entity;
      else if (bareName(prev) && apposedToPrev()) {
        m.entity = prev!.entity;
        reg.makeOrganization(prev!.entity!);
      }
      else if (fitsName(prev) && apposedToPrev()) m.entity = prev!.entity;
      else if (NOBODY.test(m.text) || NOT_REFERRING.test(m.text)) m.entity = null;
      else if (!personal && (m.entity = ownedBy(m)) !== null) { /* named after its owner */ }
      else if (INDEFINITE.test(m.text)) {
        // someone new the article does not name: the description, article and all, is the only name it has ("a person
        // familiar with the talks", not "person", which reads as a name and merges every unnamed person)
        const article = /^\S+/.exec(m.text)![0];
        m.entity = reg.add(article.toLowerCase() + m.text.slice(article.length), personal ? 'person' : 'organization', personal ? m.gender : 'neuter', m.start);
      } else {
        m.entity = byRole(m, i);
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
        const e = antecedent(m.start, owner.gender);
        if (e !== null && e !== m.entity) reg.setGender(e, owner.gender);
      }
    } else if (m.kind === 'pronoun') {
      const info = PRONOUNS.get(pronounKey(m.text));
      if (!info || info.person !== 3) continue;
      if (info.relative) {
        const prev = mentions[i - 1];
        const gap = prev ? text.slice(prev.end, m.start) : '';
        if (prev && prev.entity !== null && (ONLY_COMMA.test(gap) || ONLY_BLANK.test(gap))) m.entity = prev.entity;
        // "Ola Brisk of the Safe Homes League, who noted": "who" is the person the body is named after, not the body
        const owner = mentions[i - 2];
        if (prev && owner && info.gender !== 'neuter' && m.entity !== null && reg.drafts[m.entity]!.kind === 'organization' && isPerson(owner)
          && OF_BODY.test(text.slice(owner.end, prev.start))) m.entity = owner.entity;
      } else if (!(info.gender === 'neuter' && (PLEONASTIC.test(text.slice(m.end, m.end + 40)) || EXTRAPOSED.test(text.slice(m.end, m.end + 50))))) {
        m.entity = antecedent(m.start, info.gender);
        // a first-name list's gender is a preference, not a veto, for "he"/"she" as a subject ("Rowan", "Kim")
        if (m.entity === null && SUBJECT_PRONOUN.test(m.text)) m.entity = salience.looseAntecedent(m.start, info.gender);
        // a he/she inside quotation marks is often someone else ("'He told me twice,' she added"): it tells no gender
        if (m.entity !== null && !ctx.inQuote(m.start)) reg.genderFromPronoun(m.entity, info.gender);
      }
    }
    salience.remember(m);
    // "Jane Roe and John Doe": the pair is a group that a later "they" can mean
    const prev = mentions[i - 1];
    if (prev && isPerson(prev) && isPerson(m) && prev.entity !== m.entity && AND_GAP.test(text.slice(prev.end, m.start))) {
      const name = `${reg.drafts[prev.entity!]!.name} and ${reg.drafts[m.entity!]!.name}`;
      let g = pairs.get(name);
      if (g === undefined) pairs.set(name, (g = reg.add(name, 'group', 'plural', prev.start)));
      salience.rememberAt(g, m);
    }
  }
}
