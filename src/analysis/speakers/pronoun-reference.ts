// A third-person pronoun to its entity: a relative "who"/"which" to the name right before it; he/she/it/they to
// the nearest fitting entity (Salience); an "it" that stands for no one ("it is believed") to nobody.
import type { Mention } from '../../types.js';
import { GENDERED_SUBJECT_PRONOUNS, PRONOUNS } from '../../lexicon/pronouns.js';
import { alternation } from '../alternation.js';
import { OF_BODY } from '../mentions/words.js';
import { pronounKey } from './cue-positions.js';
import { ONLY_BLANK, ONLY_COMMA, isPerson, type Resolution } from './resolution.js';

const SUBJECT_PRONOUN = new RegExp(`^(?:${alternation(GENDERED_SUBJECT_PRONOUNS)})$`, 'i');
const COPULA_AFTER = /^(?:['’]s\b|[\s\u00a0]+(?:is|was|were|are)\b)/i;
// "it is believed", "it was unclear", "it seems": an "it" that stands for no one (bounded window, no backtracking)
const PLEONASTIC = /^[\s\u00a0]+(?:(?:is|was|has been|had been|would be|will be|may be|could be)[\s\u00a0]+(?:not[\s\u00a0]+)?(?:believed|thought|said|reported|expected|understood|known|feared|estimated|alleged|claimed|rumou?red|unclear|clear|possible|impossible|likely|unlikely|probable|important|true|time|worth|hard|difficult|easy|necessary|too|no)\b|(?:seems|seemed|appears|appeared|remains|remained)\b)/i;
// "it is truly baffling that ...", "it was odd how ...": an adjective's clause after it, extraposed (one word, an
// adverb before it at most: bounded, no backtracking)
const EXTRAPOSED = /^[\s\u00a0]+(?:is|was|['’]s)[\s\u00a0]+(?:\p{L}+ly[\s\u00a0]+)?\p{Ll}+[\s\u00a0]+(?:that|whether|how|why)\b/u;

/** Sets the entity of the pronoun `m` (the i-th mention), if it is a third-person one that refers. False for a
 *  first- or second-person pronoun ("I", "we", "you"), which the reader does not keep in mind as anyone new. */
export function resolvePronoun(res: Resolution, m: Mention, i: number): boolean {
  const { text, mentions, reg } = res;
  const info = PRONOUNS.get(pronounKey(m.text));
  if (!info || info.person !== 3) return false;
  if (info.relative) {
    const prev = mentions[i - 1];
    const gap = prev ? text.slice(prev.end, m.start) : '';
    if (prev && prev.entity !== null && (ONLY_COMMA.test(gap) || ONLY_BLANK.test(gap))) m.entity = prev.entity;
    // "Ola Brisk of the Safe Homes League, who noted": "who" is the person the body is named after, not the body
    const owner = mentions[i - 2];
    if (prev && owner && info.gender !== 'neuter' && m.entity !== null && reg.drafts[m.entity]!.kind === 'organization' && isPerson(reg, owner)
      && OF_BODY.test(text.slice(owner.end, prev.start))) m.entity = owner.entity;
  } else if (!(info.gender === 'neuter' && (PLEONASTIC.test(text.slice(m.end, m.end + 40)) || EXTRAPOSED.test(text.slice(m.end, m.end + 50))))) {
    m.entity = res.salience.antecedent(m.start, info.gender);
    // "Brightwell said on Monday that it would close": an "it" with no organisation in reach, in the sentence of a
    // lone unknown word that spoke, means that word, a firm's name read as a surname (it becomes the organisation);
    // not before a copula, where "it" is mostly the situation ("Roe said it was a sad day")
    if (m.entity === null && info.gender === 'neuter' && !res.ctx.inQuote(m.start) && !COPULA_AFTER.test(text.slice(m.end, m.end + 8))) {
      m.entity = res.salience.bareName(m.start, 0);
      if (m.entity !== null) reg.makeOrganization(m.entity);
    }
    // a first-name list's gender is a preference, not a veto, for "he"/"she" as a subject ("Rowan", "Kim")
    if (m.entity === null && SUBJECT_PRONOUN.test(m.text)) m.entity = res.salience.looseAntecedent(m.start, info.gender);
    // a he/she inside quotation marks is often someone else ("'He told me twice,' she added"): it tells no gender
    if (m.entity !== null && !res.ctx.inQuote(m.start)) reg.genderFromPronoun(m.entity, info.gender);
  }
  return true;
}
