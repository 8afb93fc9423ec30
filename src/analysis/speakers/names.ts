// Step 1: names to entities. A short form joins the fullest matching name ("Roe" and "Ms. Roe" -> "Jane Roe";
// "Seo" -> "Seo Min Ji", whose family name comes first), a fuller form upgrades a shorter one met before, and
// when two people share a surname the one mentioned last wins. Organisations match by name or acronym; groups by
// their words, or by head noun for a bare repeat ("officials" after "Canadian officials"). The matching of people is in
// people.ts, of organisations in organizations.ts; this file walks the mentions.
import type { Mention } from '../../types.js';
import { Registry, contextWords, normalizeName } from './registry.js';
import { AND_GAP, firstNameGender, isKnownWord, isTitleHead, withoutPossessive } from '../mentions/words.js';
import { HONORIFICS, TITLE_ABBREVIATIONS } from '../../lexicon/titles.js';
import { distinctiveFirst, registerOrganization } from './organizations.js';
import { PersonIndex, personMatch, statedGender } from './people.js';
import { PARTITIVE_QUANTIFIERS } from '../../lexicon/groups.js';
import { alternation } from '../alternation.js';

const ALL_CAPS = /^\p{Lu}{3,}$/u;
// "the" right before a name (read in the four characters before it)
const THE_BEFORE = /\bthe\s+$/i;

// Determiners and quantifiers are not part of a group's name ("some analysts" and "analysts" are one group).
// ("some of the analysts": a partitive quantifier with its "of", lexicon/groups.ts)
const GROUP_LEAD = new RegExp(String.raw`^(?:(?:${alternation([...PARTITIVE_QUANTIFIERS])})\s+of|the|a|an|his|her|its|their|our|some|many|most|several|other|all|both|these|those|few|a few|such|about|nearly|[\d][\d,.]*)\s+`, 'i');

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
    const surname = withoutPossessive((b.name ?? b.text).split(/[\s\u00a0]+/).slice(-1)[0]!);
    a.name = `${a.name ?? a.text} ${surname}`;
  }
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
      // the name without a possessive ending ("Roe's")
      const bare = withoutPossessive(name);
      // "the Tallo Slate": people's names take no article, so after "the" a fuller name is no person a one-word
      // name met before ("Tallo") was the short form of
      const articled = words.length > 1 && THE_BEFORE.test(text.slice(Math.max(0, m.start - 4), m.start));
      let i = personMatch(reg, people, words, bare, stated, articled);
      // "Brightwell Metals says ... Brightwell says": a lone word no first-name list knows, that opens an
      // organisation's name met before and matches no person, is that organisation's short form
      // (or opens one named later in the article: "Quintrell expects ..." above "About Quintrell Robotics")
      if (i < 0 && words.length === 1 && m.kind === 'name' && firstNameGender(words[0]!) === undefined) {
        const full = orgFirstWords.get(words[0]!);
        // first the one-word organisation of that very name, met before ("the messaging company Quillon ... Quillon said")
        const org = orgs.get(withoutPossessive(words[0]!))
          ?? (full !== undefined ? orgs.get(`first:${words[0]!}`) ?? registerOrganization(reg, orgs, full, m.start, false) : undefined);
        if (org !== undefined) {
          m.entity = org;
          reg.see(org, bare, m.start);
          continue;
        }
      }
      if (i < 0) i = reg.add(bare, 'person', null, m.start);
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
