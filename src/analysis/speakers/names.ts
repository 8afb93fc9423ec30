// Step 1: names to entities. A short form joins the fullest matching name ("Roe" and "Ms. Roe" -> "Jane Roe";
// "Seo" -> "Seo Min Ji", whose family name comes first), a fuller form upgrades a shorter one met before, and
// when two people share a surname the one mentioned last wins. Organisations match by name or acronym; groups by
// their words, or by head noun for a bare repeat ("officials" after "Canadian officials").
import type { Mention } from '../../types.js';
import { Registry, contextWords, normalizeName } from './registry.js';
import { AND_GAP, firstNameGender, isKnownWord, isOrganizationWord, isTitleHead } from '../mentions/words.js';
import { HONORIFICS, TITLE_ABBREVIATIONS } from '../../lexicon/titles.js';
import type { Gender } from '../../lexicon/pronouns.js';
import { GENDERED_ROLES } from '../../lexicon/roles.js';
import { LEGAL_SUFFIXES, PLACE_NAMED_BODIES } from '../../lexicon/organisations.js';

const initial = (w: string): string => w.replace(/\.$/, '');
/** "j." matches "john"; "john" matches "john". */
const sameFirst = (a: string, b: string): boolean => a === b || (initial(a).length === 1 && b.startsWith(initial(a))) || (initial(b).length === 1 && a.startsWith(initial(b)));

/**
 * Person entities indexed by the positions the match rules compare (personMatch): every rule but one
 * needs the same last word; a one-word mention may also be a first name ("Seo" for "Seo Min Ji"), and a
 * one-word entity may be a fuller mention's first word. Indexing by those positions only keeps a lookup
 * to the few people who could match, where an index of every word made each "Ann X" a candidate for
 * every other "Ann Y" (quadratic in an article, or a joined file, with thousands of names).
 */
class PersonIndex {
  private byLast = new Map<string, Set<number>>();
  private byFirst = new Map<string, Set<number>>();
  private bySingle = new Map<string, Set<number>>();
  private static put(map: Map<string, Set<number>>, key: string, i: number): void {
    let set = map.get(key);
    if (!set) map.set(key, (set = new Set()));
    set.add(i);
  }
  add(i: number, words: string[]): void {
    PersonIndex.put(this.byLast, words[words.length - 1]!, i);
    PersonIndex.put(this.byFirst, words[0]!, i);
    if (words.length === 1) PersonIndex.put(this.bySingle, words[0]!, i);
  }
  candidates(words: string[]): Set<number> {
    const first = words[0]!;
    const last = words[words.length - 1]!;
    const out = new Set<number>(this.byLast.get(last));
    for (const i of (words.length === 1 ? this.byFirst : this.bySingle).get(first) ?? []) out.add(i);
    return out;
  }
}

const GENDERED = (g: Gender | undefined): g is 'male' | 'female' => g === 'male' || g === 'female';

/**
 * The gender a name's title or apposition states ("Mr. Roe", "Congresswoman Roe", "her son, Bo Roe"): sure signs,
 * unlike a first-name list's guess ("Leslie" is listed as a woman's name).
 */
function statedGender(m: Mention): Gender {
  const first = /^\p{L}+/u.exec(m.text)?.[0]?.toLowerCase();
  const byTitle = first !== undefined && m.text.length > (m.name ?? m.text).length ? HONORIFICS.get(first) : undefined;
  if (GENDERED(byTitle)) return byTitle;
  const byRole = m.role !== null && m.role !== undefined ? GENDERED_ROLES.get(m.role.split(' ').pop() ?? '') : undefined;
  return GENDERED(byRole) ? byRole : null;
}

function personMatch(reg: Registry, index: PersonIndex, words: string[], shortForm: string, gender: Gender): number {
  let best = -1;
  let bestSeen = -1;
  let bestScore = 0;
  for (const i of index.candidates(words)) {
    const d = reg.drafts[i]!;
    // "Mr. Roe" is not the "Ms. Roe" met before (a couple, siblings, "her son, Bo Roe"); a gender only guessed from a
    // first-name list just ranks the candidate lower
    if (GENDERED(gender) && GENDERED(d.statedGender) && d.statedGender !== gender) continue;
    const clash = GENDERED(gender) && GENDERED(d.gender) && d.gender !== gender ? 0.75 : 0;
    const dw = d.words;
    let score = 0;
    if (dw.join(' ') === words.join(' ')) score = 4;
    else if (words.length === 1 && dw[dw.length - 1] === words[0]) score = 3;
    else if (words.length === 1 && dw.length > 1 && dw[0] === words[0]) score = 2;
    else if (dw.length === 1 && words[words.length - 1] === dw[0]) score = 3;
    else if (dw.length === 1 && words.length > 1 && words[0] === dw[0] && dw[0]!.length > 2) score = 2;
    else if (dw.length > 1 && words.length > 1 && dw[dw.length - 1] === words[words.length - 1] && sameFirst(dw[0]!, words[0]!)) score = 3;
    // a compound surname alone: "Tavares da Silva" for "Luiz Tavares da Silva" (either order of mention)
    else if (words.length > 1 && dw.length > words.length && dw.slice(-words.length).join(' ') === words.join(' ')) score = 3;
    else if (dw.length > 1 && words.length > dw.length && words.slice(-dw.length).join(' ') === dw.join(' ')) score = 3;
    // a short form already used for one of them is that one's ("Pell" after "Ann Pell" still means the Pell
    // the article has been calling "Pell")
    if (score > 0 && score < 4 && words.length === 1 && d.aliases.has(shortForm)) score += 0.5;
    if (score > 0) score -= clash;
    if (score > bestScore || (score === bestScore && score > 0 && d.lastSeen > bestSeen)) {
      best = i;
      bestScore = score;
      bestSeen = d.lastSeen;
    }
  }
  return best;
}

const ALL_CAPS = /^\p{Lu}{3,}$/u;

const acronymOf = (words: string[]): string => words.filter((w) => !['of', 'and', 'for', 'the', '&'].includes(w)).map((w) => w[0]).join('');

// Determiners and quantifiers are not part of a group's name ("some analysts" and "analysts" are one group).
const GROUP_LEAD = /^(?:the|a|an|his|her|its|their|our|some|many|most|several|other|all|both|these|those|few|a few|such|about|nearly|[\d][\d,.]*)\s+/i;


/**
 * Couples and siblings named together ("Rob and Ann Pell", "Rob and Ann Pell's farm"): the lone given name is
 * "Rob Pell". Only when a first-name list knows the gender of one of the two, so later "Mr. Pell" and "Ms. Pell"
 * can be told apart (with neither known, two Pells would share every later mention by guesswork), and the lone
 * word is a given name: a known first name, or a word no lexicon knows that the document never uses as a surname.
 */
function shareSurnames(text: string, mentions: Mention[]): void {
  const isName = (m: Mention | undefined): m is Mention => m !== undefined && (m.kind === 'name' || m.kind === 'title-name');
  const nameWords = new Map<string, number>();
  for (const m of mentions) if (isName(m)) for (const w of normalizeName(m.name ?? m.text)) nameWords.set(w, (nameWords.get(w) ?? 0) + 1);
  for (let i = 0; i + 1 < mentions.length; i++) {
    const a = mentions[i]!;
    const b = mentions[i + 1]!;
    if (a.kind !== 'name' || !isName(b) || !AND_GAP.test(text.slice(a.end, b.start))) continue;
    const aw = normalizeName(a.name ?? a.text);
    const bw = normalizeName(b.name ?? b.text);
    if (aw.length !== 1 || bw.length < 2) continue;
    const given = aw[0]!;
    const genderA = firstNameGender(given);
    const genderB = firstNameGender(bw[0]!);
    if (given === bw[bw.length - 1] || (genderA == null && genderB == null)) continue;
    if (genderA === undefined && (isKnownWord(given) || (nameWords.get(given) ?? 0) > 1)) continue;
    const surname = (b.name ?? b.text).split(/[\s\u00a0]+/).slice(-1)[0]!.replace(/[’']s$/u, '');
    a.name = `${a.name ?? a.text} ${surname}`;
  }
}

/** The words that identify an organisation: its name without a closing legal suffix. */
function orgKeyWords(words: string[]): string[] {
  const out = words.map((w) => w.replace(/[.,]+$/, ''));
  while (out.length > 1 && LEGAL_SUFFIXES.has(out[out.length - 1]!)) out.pop();
  return out;
}

/**
 * A first word that opens only this name: no ordinary word or organisation word ("National", "Bank"), which open
 * many, and no place a public body is named after ("Tarnby" of "Tarnby Council", "of"/"for" names like "the Ashby
 * Chamber of Trade"): alone, that word is the town.
 */
function distinctiveFirst(words: string[]): boolean {
  const key = orgKeyWords(words);
  return key.length > 1 && !isKnownWord(key[0]!) && !isOrganizationWord(key[0]!) && !key.includes('of') && !key.includes('for')
    && !PLACE_NAMED_BODIES.has(key[key.length - 1]!);
}

/** Finds or adds the organisation `name` names, and files it under its key, acronym, kind word and short form. */
function registerOrganization(reg: Registry, orgs: Map<string, number>, name: string, at: number, country: boolean): number {
  const words = orgKeyWords(normalizeName(name));
  const key = words.join(' ');
  // "the Northern Rail Safety Board" then "NRSB" (or the other way round)
  // and "the Tarnby Daily" then "the Daily": a name's last word, when it is an institution's kind word
  let i = orgs.get(key) ?? (words.length === 1 ? orgs.get(`acronym:${key}`) ?? orgs.get(`last:${key}`) : orgs.get(acronymOf(words))) ?? -1;
  if (i < 0) {
    i = reg.add(name, 'organization', 'neuter', at);
    if (country) reg.drafts[i]!.country = true;
  }
  reg.see(i, name, at);
  orgs.set(key, i);
  if (words.length > 2) orgs.set(`acronym:${acronymOf(words)}`, i);
  const last = words[words.length - 1]!;
  if (words.length > 1 && isOrganizationWord(last)) orgs.set(`last:${last}`, i);
  // its distinctive first word is its short form ("Brightwell" for "Brightwell Metals")
  if (distinctiveFirst(words)) orgs.set(`first:${words[0]!}`, i);
  return i;
}

export function resolveNames(text: string, mentions: Mention[], reg: Registry): void {
  shareSurnames(text, mentions);
  const people = new PersonIndex();
  const orgs = new Map<string, number>();
  // the first organisation name each distinctive first word opens, over the whole document
  const orgFirstWords = new Map<string, string>();
  for (const m of mentions) {
    if (m.kind !== 'organization') continue;
    const words = normalizeName(m.name ?? m.text);
    if (distinctiveFirst(words) && !orgFirstWords.has(words[0]!)) orgFirstWords.set(words[0]!, m.name ?? m.text);
  }
  const groups = new Map<string, number>();
  for (const m of mentions) {
    if (m.kind === 'name' || m.kind === 'title-name') {
      const name = m.name ?? m.text;
      const words = normalizeName(name);
      if (words.length === 0) continue;
      const stated = statedGender(m);
      let i = personMatch(reg, people, words, name.replace(/[’']s$/u, ''), stated);
      // "Brightwell Metals says ... Brightwell says": a lone word no first-name list knows, that opens an
      // organisation's name met before and matches no person, is that organisation's short form
      // (or opens one named later in the article: "Quintrell expects ..." above "About Quintrell Robotics")
      if (i < 0 && words.length === 1 && m.kind === 'name' && firstNameGender(words[0]!) === undefined) {
        const full = orgFirstWords.get(words[0]!);
        if (full !== undefined) {
          m.entity = orgs.get(`first:${words[0]!}`) ?? registerOrganization(reg, orgs, full, m.start, false);
          reg.see(m.entity, name.replace(/[’']s$/u, ''), m.start);
          continue;
        }
      }
      if (i < 0) i = reg.add(name.replace(/[’']s$/u, ''), 'person', null, m.start);
      reg.drafts[i]!.statedGender ??= stated;
      reg.setGender(i, stated);
      reg.see(i, name, m.start);
      people.add(i, reg.drafts[i]!.words);
      reg.setGender(i, m.gender);
      reg.addRole(i, m.role);
      // the words before the name ("Ohio Sen.", "Liberal") tell this person apart from others later
      if (m.text.length > name.length) {
        const before = m.text.slice(0, m.text.length - name.length);
        reg.addContext(i, contextWords(before));
        // "navy chief Admiral Jane Roe": the capitalised title right before the name is a role too
        const title = /(\p{Lu}[\p{L}]*)\.?\s+$/u.exec(before)?.[1]?.toLowerCase();
        if (m.kind === 'title-name' && title !== undefined && isTitleHead(title) && !HONORIFICS.has(title)) reg.addRole(i, TITLE_ABBREVIATIONS.get(title) ?? title);
      }
      if (m.text !== name && m.kind === 'name') reg.drafts[i]!.aliases.add(m.text);
      m.entity = i;
    } else if (m.kind === 'organization') {
      // "Mayor Ana Feld met residents. ... FELD: We will not close it.": a word in capitals that is the surname of a
      // person named before is that person (a transcript's label), not an acronym
      const caps = ALL_CAPS.test(m.text) ? personMatch(reg, people, [m.text.toLowerCase()], m.text, null) : -1;
      // (a person with a full name written in ordinary case, not "Former DNC" read from a headline)
      if (caps >= 0 && reg.drafts[caps]!.words.length > 1 && !ALL_CAPS.test(reg.drafts[caps]!.name.split(/\s+/).pop() ?? '')) {
        m.entity = caps;
        reg.see(caps, null, m.start);
        continue;
      }
      m.entity = registerOrganization(reg, orgs, m.name ?? m.text, m.start, m.head === 'country');
      // "the aid agency Grainbridge": the kind noun it was introduced by, for "the agency" later
      if (m.head !== undefined && m.head !== 'country') (reg.drafts[m.entity]!.kinds ??= new Set()).add(m.head);
    } else if (m.kind === 'group') {
      const name = m.text.replace(GROUP_LEAD, '').replace(GROUP_LEAD, '').replace(GROUP_LEAD, '');
      const words = normalizeName(name);
      const key = words.join(' ');
      const head = m.head ?? words[words.length - 1] ?? key;
      // a bare repeat ("officials") is the group last named with that head ("U.S. officials")
      let i = groups.get(key) ?? (words.length === 1 ? groups.get(`head:${head}`) : undefined) ?? -1;
      if (i < 0) i = reg.add(name, 'group', 'plural', m.start);
      reg.see(i, name, m.start);
      groups.set(key, i);
      groups.set(`head:${head}`, i);
      m.entity = i;
    }
  }
}
