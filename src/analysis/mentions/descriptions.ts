// Step 3: descriptions and groups built on a head noun: "the minister", "his Finnish colleague", "Norway’s
// finance minister", "a spokesperson for the ministry", "the company", "Canadian officials", "police". A role noun
// right before a name makes a titled name instead ("navy chief Admiral X", "pollster Jane Roe").
import type { Token } from './tokens.js';
import type { Run } from './runs.js';
import type { Candidate } from './candidate.js';
import type { Cue } from '../../types.js';
import { GENDERED_ROLES } from '../../lexicon/roles.js';
import { ACRONYM_ROLES } from '../../lexicon/titles.js';
import { GOVERNED_PLACE_KINDS } from '../../lexicon/places.js';
import { adjectiveBeforeNoun, compoundAcross, DETERMINERS, headKind, nounLike, pastVerbAfterHead, roleWords, unknownPlural, type HeadKind } from './description-words.js';
import { descriptionStart } from './description-start.js';
import { partitiveStart } from './partitive-groups.js';
import { complementAfter } from './description-complement.js';
import { nameAfterHead, namesListedAfter } from './head-before-name.js';
import { cueFollows } from './cue-follows.js';
import { officeHead } from './office-head.js';
import { CAUSED_FEELING_LEMMAS } from '../../lexicon/caused-feelings.js';
import { firstWordStart, headlineDescription, opensHeadline } from './headline-role.js';
import { isAdjectiveOrNoun, isFunctionWord, isPureNoun, isVerbForm, personSingular } from './words.js';
import { PERSON_SUBJECT_PRONOUNS, type Gender } from '../../lexicon/pronouns.js';

// A bare quantifier is a group only right before a verb ("some said", "many believe"), not in "some 300 workers".
const BARE_QUANTIFIERS = new Set(['some', 'many', 'most', 'several', 'others', 'both', 'few']);
// the pronouns that open a clause before a verb (not lexicon/pronouns SUBJECT_PRONOUNS: no 'it', and 'who' too:
// "you host Ann Lee", "who chairs the panel"; tokens' lower-case forms)
const PRONOUN_SUBJECTS = new Set([...PERSON_SUBJECT_PRONOUNS, 'you', 'who'].map((w) => w.toLowerCase()));

/** A description ("the minister") or, plural, a group ("local farmers") headed by `head`, from `start` to `end`. */
function description(start: number, end: number, head: string, kind: HeadKind, plural: boolean, role: string | null): Candidate {
  return { start, end, kind: plural ? 'group' : 'description', role, gender: plural ? 'plural' : kind === 'organization' ? 'neuter' : GENDERED_ROLES.get(head) ?? null, head };
}

/** "the Dane said", "the Irishman, who": a demonym after "the" that modifies no noun names a person by nationality. */
function demonymHead(tokens: Token[], i: number, run: Run): boolean {
  const next = tokens[i + 1];
  return run.first === i && run.last === i && !tokens[i]!.possessive && tokens[i - 1]?.lower === 'the'
    && !(next !== undefined && next.word && !next.cap && (headKind(next.lower) !== undefined || isAdjectiveOrNoun(next.lower)) && !isVerbForm(next.lower));
}
const demonymGender = (lower: string): Gender => (lower.endsWith('woman') ? 'female' : lower.endsWith('man') ? 'male' : null);

/** The token after the last cue (of `starts`) among tokens `from` to `head` (exclusive), or -1 when none starts there. */
function cueInside(tokens: Token[], from: number, head: number, starts: ReadonlySet<number>): number {
  let after = -1;
  for (let k = from; k < head; k++) if (starts.has(tokens[k]!.start)) after = k + 1;
  return after;
}

export function findDescriptions(text: string, tokens: Token[], runs: Run[], runAt: Int32Array, cues: readonly Cue[]): Candidate[] {
  const out: Candidate[] = [];
  const textStart = firstWordStart(text);
  // (by code, no slice or regex: called for every pair of tokens a description walks over)
  const near = (a: Token, b: Token): boolean => {
    if (b.start - a.end > 2) return false;
    for (let k = a.end; k < b.start; k++) if (text.charCodeAt(k) !== 32 && text.charCodeAt(k) !== 0xa0) return false;
    return true;
  };
  const cueStarts = new Set(cues.map((c) => c.start));
  const cueAt = (offset: number): boolean => cueStarts.has(offset);
  const verbCueStarts = new Set(cues.filter((c) => c.kind === 'verb').map((c) => c.start));
  const feelingCueStarts = new Set(cues.filter((c) => c.kind === 'verb' && CAUSED_FEELING_LEMMAS.has(c.lemma)).map((c) => c.start));
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // (words in capitals are acronyms of bodies or shouting, roles such as "CEO" or "MP" aside)
    if (!t.word || (t.allCaps && !ACRONYM_ROLES.has(t.lower))) continue;
    const inRun = runAt[i]! >= 0 ? runs[runAt[i]!]! : undefined;
    if (inRun?.kind === 'demonym' && demonymHead(tokens, i, inRun)) {
      out.push({ start: tokens[i - 1]!.start, end: t.end, kind: 'description', role: null, gender: demonymGender(t.lower), head: t.lower });
      continue;
    }
    if (inRun && inRun.kind !== 'title' && inRun.kind !== 'none') continue;
    if (t.cap && !t.sentenceStart && !inRun) continue;
    // (a plural no lexicon knows, right before a verb cue, speaks as a group: "the three bidders said")
    // (and "office" after a word of what it does or whose it is, "the land office", "the sheriff's office": office-head.ts)
    const kind = headKind(t.lower) ?? (verbCueStarts.has(tokens[i + 1]?.start ?? -1) && unknownPlural(t, tokens[i - 1]) ? 'group'
      : officeHead(tokens, i, near) ? 'organization' : undefined);
    if (!kind) continue;
    // "the city of Belmar" is the governed place's phrase (governed-places.ts); "the city of Belmar's lawyers", the lawyers'
    if (GOVERNED_PLACE_KINDS.has(t.lower) && tokens[i + 1]?.lower === 'of' && tokens[i + 2]?.cap) continue;
    const next = tokens[i + 1];
    // "the party’s rules": a possessive noun owns the phrase, it does not head it; but before a noun of saying or
    // stance ("the mayor’s pledge to", "the union’s harsh criticism of") it is that cue's source, so a mention of its own
    if (t.possessive) {
      // (the cue right after it: a verb further on is the clause's, "the secretary's office said")
      if (!(next?.word && near(t, next) && cueAt(next.start))) continue;
      const owner = descriptionStart(tokens, runs, runAt, i, kind, near);
      if (owner === null || owner.determiner === null || owner.determiner === 'possessive') continue;
      const plural = kind === 'group' || personSingular(t.lower) !== undefined;
      out.push(description(tokens[owner.start]!.start, t.nameEnd, t.lower, kind, plural, kind === 'person' && !plural ? roleWords(tokens, owner.start, i) : null));
      continue;
    }
    // "Premier rules out new tax": a role noun opening a headline, with a verb after it (not the noun "rules")
    const headline = kind === 'person' && t.cap && t.start === textStart && opensHeadline(text, t.start, next, cues);
    // compounds take their last noun as head: "campaign manager", "police officers", "company spokesman", and a
    // singular head followed by a noun is that noun's modifier: "the company car", "a company merger" (a plural is no
    // modifier: in "analysts suspect", "the emails show" the next word is the verb)
    const plainPlural = /[^s]s$/.test(t.lower) && t.lower !== 'police';
    // (a quantifier before a word the cue stage read as a verb is its subject, though the word is also a noun:
    // "Some hope ...", "Others claim ..."; any head before such a word is no modifier: "Tests by the council show")
    const quantifierSubject = BARE_QUANTIFIERS.has(t.lower) && next !== undefined && verbCueStarts.has(next.start);
    const beforeVerbCue = next !== undefined && verbCueStarts.has(next.start);
    // (also across a word read as a verb before a second head: "the county land office", compoundAcross)
    if (next && near(t, next) && next.word && !next.cap && !plainPlural && !headline && !beforeVerbCue
      && (((headKind(next.lower) || nounLike(next)) && !pastVerbAfterHead(tokens, i + 1, near)) || compoundAcross(tokens, i, near) || adjectiveBeforeNoun(t, next))) continue;
    // (nor before a determiner: "Both the union and the firm said" is a coordination's "both", no group of its own)
    if (BARE_QUANTIFIERS.has(t.lower) && !quantifierSubject && !(next?.word && !DETERMINERS.has(next.lower) && (isVerbForm(next.lower) || (isFunctionWord(next.lower) && !isPureNoun(next.lower))))) continue;
    // walk left over modifiers to a determiner or a possessor (description-start.ts)
    // (a bare quantifier takes no modifier: "I am confident some said" is no group "confident some")
    const opened = BARE_QUANTIFIERS.has(t.lower) ? { start: i, determiner: null }
      : descriptionStart(tokens, runs, runAt, i, kind, near, next !== undefined && cueFollows(tokens, i, cueAt));
    if (opened === null) continue;
    // (a verb of causing a feeling inside the phrase ends it there: "The verdict alarmed lawyers" holds the group
    // "lawyers", the verb's object and the feeler, quotes/feeler-as-source.ts; other verb cues read their subject from the
    // phrase as they always have)
    const cut = cueInside(tokens, opened.start, i, feelingCueStarts);
    const { start, determiner } = cut < 0 ? opened : { start: cut, determiner: null };
    // trailing complement: "a spokesperson for the ministry", "the head of Acme Corp" (description-complement.ts)
    const { end, last, roleTail } = complementAfter(text, tokens, runs, runAt, i, near);
    const plural = kind === 'group' || personSingular(t.lower) !== undefined;
    const following = tokens[i + 1] && runAt[i + 1]! >= 0 ? runs[runAt[i + 1]!]! : undefined;
    // (an age is no role: "the 34-year-old")
    const role = kind === 'person' && !plural && t.lower !== 'year-old' ? roleWords(tokens, start, i) + roleTail : null;
    // "I suspect Mr Roe", "they host Ann Lee": after a subject pronoun the noun is a verb, and titles no one
    if (determiner === null && start === i && PRONOUN_SUBJECTS.has(tokens[i - 1]?.lower ?? '')) continue;
    // a head right before a name makes one mention with it: "the regulator Aquawatch", "pollster Jane Roe", "consumer
    // group WaterWatch" (head-before-name.ts)
    const listed = plural && following !== undefined && namesListedAfter(tokens, runs, runAt, following);
    const named = nameAfterHead(text, tokens, { start, i, last, kind, plural, determiner, role, following, listed }, near);
    if (named !== null) {
      out.push(named);
      continue;
    }
    if (determiner === null && !plural) {
      // a bare singular role noun is a description only as an apposition: "Jane Roe, chief executive of Acme, said",
      // or opening a headline, which drops its articles ("Premier rules out new tax")
      const before = tokens[start - 1];
      // ("Former Navy chief says ...": the headline's role noun after the words of its description, from the text's start)
      if (!(before?.text === ',' || (headline && start === i) || headlineDescription(text, tokens, start, i, kind, cues, textStart))) continue;
      // "..., official figures show": a lower-case word after it that is no cue and no function word is the noun it
      // modifies, not the verb of an apposition ("Jane Roe, spokeswoman, said", "Jane Roe, lawyer for Acme, said")
      if (end === t.end && next?.word && !next.cap && near(t, next) && !isFunctionWord(next.lower) && !cueAt(next.start)) continue;
    }
    if (determiner === null && plural && kind === 'organization') continue;
    out.push(description(tokens[partitiveStart(tokens, start, plural && determiner !== null, near)]!.start, end, t.lower, kind, plural, role));
  }
  return out;
}
