// Part of step 3 (descriptions.ts): a head noun right before a name makes one mention with it, not a description of its
// own. A person's role titles the name ("pollster Jane Roe", "navy chief Admiral X"); an organisation's kind names the
// body ("consumer group WaterWatch", "the mining firm Verlan Metals"), and so does a head that names bodies as often as
// people before a name no first-name list knows ("the regulator Aquawatch"). A plural role titles the first of the
// people it lists ("board members Ada Kim and Tom Fenn"), so the list speaks as the pair or group it names.
import type { Token } from './tokens.js';
import type { Run } from './runs.js';
import type { Candidate } from './candidate.js';
import { roleWords, type HeadKind, type Near } from './description-words.js';
import { BODY_OR_PERSON_HEADS, GENDERED_ROLES } from '../../lexicon/roles.js';
import { RELATIONAL_ROLES } from '../../lexicon/reference-heads.js';
import { CLUB_HEADS } from '../../lexicon/organisations.js';
import { firstNameGender, personSingular } from './words.js';

/** The description findDescriptions has read up to its head, and the run of the name right after it (if any). */
export interface HeadBeforeName {
  /** The first token of the description, its head `i` and its last token (the head, unless a complement follows). */
  start: number;
  i: number;
  last: number;
  kind: HeadKind;
  plural: boolean;
  determiner: string | null;
  role: string | null;
  following: Run | undefined;
  /** A plural head only: the name after it opens a list of people ending in "and" and a name (namesListedAfter). */
  listed?: boolean;
}

/** "Ada Kim and Tom Fenn", "Ada Kim, Tom Fenn and Lia Ortz": the person run `name` opens a list of people's names
 *  ending in "and" (or "&") and a name. A plural role before a lone name is no title: "told reporters Noor Daly would
 *  resign" has the listeners, then the subject. */
export function namesListedAfter(tokens: Token[], runs: Run[], runAt: Int32Array, name: Run): boolean {
  let run = name;
  for (let n = 0; n < 6; n++) {
    const joint = tokens[run.last + 1];
    const nextRun = runAt[run.last + 2]! >= 0 ? runs[runAt[run.last + 2]!] : undefined;
    if (joint === undefined || nextRun === undefined || nextRun.first !== run.last + 2 || nextRun.kind !== 'person') return false;
    if (joint.lower === 'and' || joint.text === '&') return true;
    if (joint.text !== ',') return false;
    run = nextRun;
  }
  return false;
}

/** The singular of a plural role's words ("board member" of "the two board members", "spokesman" of "spokesmen"). */
function singularRole(tokens: Token[], start: number, i: number): string {
  const words = roleWords(tokens, start, i).split(' ');
  const head = words.pop()!;
  return [...words, personSingular(head) ?? head].join(' ');
}

/** A description and the name right after it, as that organisation ("the regulator Aquawatch", "consumer group Tapwatch"). */
function namedOrganization(text: string, tokens: Token[], start: number, name: Run, head: string): Candidate {
  return { start: tokens[start]!.start, end: tokens[name.last]!.nameEnd, kind: 'organization', role: null, gender: 'neuter',
    name: text.slice(tokens[name.first]!.start, tokens[name.last]!.nameEnd), head };
}

/** "the regulator Aquawatch": the body-or-person head names the organisation after it (with "the" or a noun before it,
 *  "transit operator Calder Bus", not a bare title: "regulator Roe"). */
function bodyOrPersonNamed(text: string, tokens: Token[], h: HeadBeforeName, near: Near): Candidate | null {
  const { start, i, last, kind, plural, determiner, following } = h;
  const t = tokens[i]!;
  if (kind === 'person' && !plural && (determiner === 'the' || (determiner === null && start < i)) && last === i && BODY_OR_PERSON_HEADS.has(t.lower) && following
    && following.first === i + 1 && following.nameFirst === following.first && near(t, tokens[i + 1]!)
    && (following.kind === 'person' || following.kind === 'organization') && firstNameGender(tokens[following.first]!.lower) === undefined) {
    return namedOrganization(text, tokens, start, following, t.lower);
  }
  return null;
}

/** A role noun that titles the person's name after it, or an organisation's kind that names the body after it. */
function titleOrKindNamed(text: string, tokens: Token[], h: HeadBeforeName, near: Near): Candidate | null {
  const { start, i, last, kind, plural, determiner, role, following } = h;
  const t = tokens[i]!;
  // a plural role titles the first of the people it lists: "board members Ada Kim and Tom Fenn"
  if (plural && kind === 'group' && h.listed === true && last === i && following?.first === i + 1 && following.kind === 'person'
    && following.nameFirst === following.first && near(t, tokens[i + 1]!)) {
    // (a relation is no role to record: "his sons Ivo and Ole Lund", "board members Ada Kim and Tom Fenn")
    const relational = RELATIONAL_ROLES.has(personSingular(t.lower) ?? t.lower);
    return { start: tokens[start]!.start, end: tokens[following.last]!.nameEnd, kind: 'title-name', role: relational ? null : singularRole(tokens, start, i), gender: following.gender,
      name: text.slice(tokens[following.first]!.start, tokens[following.last]!.nameEnd) };
  }
  if (last !== i || plural || !following || following.first !== i + 1 || !near(t, tokens[i + 1]!)) return null;
  // a role noun right before a person's name titles it: "pollster Jane Roe", "navy chief Admiral X"
  if (kind === 'person' && following.kind === 'person' && !RELATIONAL_ROLES.has(t.lower) && determiner !== 'a' && determiner !== 'an') {
    const nameStart = tokens[following.nameFirst]!.start;
    return { start: tokens[start]!.start, end: tokens[following.last]!.nameEnd, kind: 'title-name', role, gender: following.gender ?? GENDERED_ROLES.get(t.lower) ?? null,
      name: text.slice(nameStart, tokens[following.last]!.nameEnd) };
  }
  // an organisation's kind right before its name names it: "consumer group WaterWatch", "the mining firm Verlan
  // Metals" (the words before are its description, not a person)
  if (kind === 'organization' && following.nameFirst === following.first
    // not a person's name ("told the group Ann Lee would run"): no first name a name list knows
    && (following.kind === 'organization' || (following.kind === 'person' && firstNameGender(tokens[following.first]!.lower) === undefined)
      // "Premier League side Tarnby City": a club named after its town
      || (following.kind === 'place' && CLUB_HEADS.has(t.lower)))) {
    return namedOrganization(text, tokens, start, following, t.lower);
  }
  return null;
}

/** The one mention a head and the name right after it make (see the header), or null when the head stands alone. */
export function nameAfterHead(text: string, tokens: Token[], h: HeadBeforeName, near: Near): Candidate | null {
  return bodyOrPersonNamed(text, tokens, h, near) ?? titleOrKindNamed(text, tokens, h, near);
}
