// Where a description starts: the walk left from its head over modifiers to a determiner or a possessor ("the
// Ruritanian chief economist", "the company's chief executive", "Canadian officials"), and the words it must leave.
import type { Token } from './tokens.js';
import type { Run } from './runs.js';
import { POSSESSIVE_DETERMINERS } from '../../lexicon/pronouns.js';
import { NOT_NAMES } from '../../lexicon/names.js';
import { GENERAL_TITLE_HEADS } from '../../lexicon/titles.js';
import { ADJECTIVE_SHAPE, DETERMINERS, headKind, modifier, noSingularVerb, singularHead, type HeadKind, type Near } from './description-words.js';
import { isAdjective, isClosedClassWord, isDocumentHead, isFunctionWord, isKnownWord, isPersonNoun, isVerbForm } from './words.js';
import { possessorStart } from './possessor-start.js';
import { PLURAL_COUNT_WORDS } from '../../lexicon/number-words.js';
import { baseVerbAfterPluralWho } from './plural-who-verb.js';

// the counts among the determiners (description-words.ts DETERMINERS, the only words it is asked of: "two" to "five",
// "dozens"...): past one the walk goes on to a determiner before it ("the two crews"), and a verb-shaped word before it
// ends the phrase ("suspended two crews")
const NUMBER_WORDS = new Set([...DETERMINERS].filter((w) => PLURAL_COUNT_WORDS.includes(w) || /^(?:dozens|hundreds|thousands)$/.test(w)));
const MAX_MODIFIERS = 5;
const ARTICLE_AFTER = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'this', 'that']);

/** A lower-case word shaped like a finite verb ("assured", "fired", "wants"): after a name, a verb ("elected" and
 *  "assured" are adjectives too, but "Ann Lee assured tenants" is a clause, and a name seldom modifies "assured tenants"). */
const verbAfterName = (t: Token): boolean => !t.cap && t.word && (t.lower.endsWith('ed') || (/s$/.test(t.lower) && isVerbForm(t.lower)));

/** The word before token k opens a noun phrase: a determiner, a possessor or an adjective (not a noun or a name,
 *  after which token k is a verb: "the ministry says officials", "a rule forcing candidates"). */
function phraseOpensBefore(tokens: Token[], k: number, near: Near): boolean {
  const p = tokens[k - 1];
  if (p === undefined || !near(p, tokens[k]!)) return false;
  // (not "that", as often a relative pronoun: "a rule that forces companies")
  if (p.possessive || POSSESSIVE_DETERMINERS.has(p.lower) || (DETERMINERS.has(p.lower) && p.lower !== 'that')) return true;
  // (a singular head noun before a word no singular subject takes as its verb: "the county land office",
  // description-words.ts; not a plural's, whose verb is bare: "Clinic staff think nurses ...", "aides fear voters ...")
  if (p.word && !p.cap && singularHead(p.lower) && noSingularVerb(tokens, k)) return true;
  // (an adjective compromise does not list, "federal", "Local" opening a sentence, by its ending)
  const adjective = isAdjective(p.lower) || (!isKnownWord(p.lower) && ADJECTIVE_SHAPE.test(p.lower));
  return p.word && (!p.cap || p.sentenceStart) && adjective && !isVerbForm(p.lower);
}

/**
 * A lower-case word right before the head that compromise lists only as a verb or a function-like form, read as the
 * head's modifier when a noun phrase opens before it: plurals ("the imports court", "the funds group"), gerunds
 * ("the shipping company", "Local cycling group X"), base forms ("the patrol moderators", "a repair bill"). Not closed-class
 * words ("the only group", "this very company").
 */
const verbLikeModifier = (m: Token): boolean => m.word && !m.cap && !m.possessive && m.lower.length >= 3 && !isClosedClassWord(m.lower);

export interface DescriptionStart {
  /** The first token of the description. */
  start: number;
  /** The determiner that opens it ('possessive' for "Acme's", "his"), or null. */
  determiner: string | null;
}

/** The start of the description headed by token `i` (of `kind`), or null when its head is a verb after a name;
 *  `speaks`: a cue follows the head. */
export function descriptionStart(tokens: Token[], runs: Run[], runAt: Int32Array, i: number, kind: HeadKind, near: Near, speaks = false): DescriptionStart | null {
  const t = tokens[i]!;
  let clauseOpener = false;
  let start = i;
  let determiner: string | null = null;
  let modifiers = 0;
  let subjectBefore = false;
  let verbLikeBefore = false;
  for (let k = i - 1; k >= 0 && modifiers < MAX_MODIFIERS; k--) {
    const m = tokens[k]!;
    if (!near(m, tokens[k + 1]!)) break;
    // "The panel suspended two crews": a verb-shaped word before a number ends the phrase (the number opens it)
    if (determiner !== null && NUMBER_WORDS.has(determiner) && verbAfterName(m)) break;
    const r = runAt[k]! >= 0 ? runs[runAt[k]!]! : undefined;
    // a capitalised run before the head modifies it: "Canadian officials", "the Liberal nominee", "Acme's lawyers"
    if (r && !(r.kind === 'none' && r.first === r.last && isFunctionWord(m.lower))) {
      // "Ann Lee assured tenants", "Acme fired workers": a name before a verb is the verb's subject, not a
      // modifier of its object (the verb is stripped below)
      if (determiner === null && start < i && (r.kind === 'person' || r.kind === 'organization') && verbAfterName(tokens[start]!)) { subjectBefore = true; break; }
      start = k = r.first;
      if (r.possessive) { determiner = 'possessive'; break; }
      modifiers++;
      continue;
    }
    if (m.possessive && m.word) {
      // "the company's chief executive"
      start = k;
      determiner = 'possessive';
      // "the auditor general's report": the possessor is the whole title
      const title = tokens[k - 1];
      if (m.lower === 'general' && title && near(title, m) && GENERAL_TITLE_HEADS.has(title.lower)) start = k - 1;
      // "the district attorney's office", "the Velm County sheriff's deputies": the possessor's own modifiers and a
      // name before it, back to a determiner (possessor-start.ts)
      // ("the state attorney general's office": a two-word title's own modifiers likewise)
      if (isPersonNoun(m.lower) || start < k) start = possessorStart(tokens, runs, runAt, start, near);
      const d = tokens[start - 1];
      if (d && near(d, tokens[start]!) && DETERMINERS.has(d.lower)) start--;
      break;
    }
    if (POSSESSIVE_DETERMINERS.has(m.lower) || DETERMINERS.has(m.lower)) {
      start = k;
      determiner = m.lower;
      if (!NUMBER_WORDS.has(m.lower) && m.lower !== 'other') break;
      continue;
    }
    if (!m.word && /^\p{N}/u.test(m.text)) { start = k; modifiers++; continue; }
    // "the 34-year-old": the age's hyphen, written tight between its number and "year-old"
    if (m.text === '-' && m.start === tokens[k - 1]?.end && m.end === tokens[k + 1]!.start && /^\p{N}/u.test(tokens[k - 1]!.text)) continue;
    // acronyms that are no names of their own ("the TV anchor")
    if (m.allCaps && NOT_NAMES.has(m.lower)) { start = k; modifiers++; continue; }
    // "Many residents suspect that ...": a plural person noun before a singular person head is the subject, the
    // head its verb (a plural modifies no person noun)
    if (kind === 'person' && /[^s]s$/.test(m.lower) && headKind(m.lower) !== undefined) break;
    // a verb-like word right before the head, after a determiner, possessor or adjective: "the imports court"
    // (not before a document's head: "a trading statement" is no body's name)
    if (k === i - 1 && !modifier(m) && verbLikeModifier(m) && !isDocumentHead(t.lower) && phraseOpensBefore(tokens, k, near)) {
      start = k;
      modifiers++;
      verbLikeBefore = true;
      continue;
    }
    // "Shop owners said", "Nursing staff warned": opening the clause, a verb-like word before a plural head that
    // speaks is its modifier (a verb there would want a subject before it); after a comma only a base form, as an
    // "-ing" or "-ed" word there is the clause's ("he quit, adding officials said")
    if (k === i - 1 && speaks && !modifier(m) && m.word && m.lower.length >= 3 && !isClosedClassWord(m.lower) && /[^s]s$|^staff$/.test(t.lower)
      && (m.sentenceStart || (tokens[k - 1]?.text === ',' && !/(?:ing|ed|s)$/.test(m.lower)))) {
      start = k;
      clauseOpener = true;
      break;
    }
    // "a charity which advises families": an -s word after "who"/"which" is the clause's verb, not its object's modifier
    if (k === i - 1 && determiner === null && /s$/.test(m.lower) && /^wh(?:o|ich)$/.test(tokens[k - 1]?.lower ?? '')) break;
    // "Parents who help teachers": so is a bare base form after a plural's "who", as the clause's verb agrees with it (not a
    // person or group noun: "the boys who police officers found")
    if (k === i - 1 && determiner === null && baseVerbAfterPluralWho(tokens, k, i)) break;
    // "Police collision investigator Sgt Ana Roe": a collective noun opening the sentence modifies the role after it, as
    // "police" does inside one (not a plural, nor before a verb: "Firms used lobbyists", "Police hired guards")
    const opener = m.sentenceStart && kind === 'person' && headKind(m.lower) === 'group' && !/[^s]s$/.test(m.lower) && !verbAfterName(tokens[k + 1]!);
    if (!modifier(m) && !opener) break;
    start = k;
    modifiers++;
  }
  if (clauseOpener) return { start, determiner };
  // a verb-like word before the head with no determiner found and nothing capitalised before it is no modifier
  // ("said on Friday imports court ...")
  if (verbLikeBefore && start === i - 1 && determiner === null) return { start: i, determiner: null };
  // without a determiner, a leading "-ing"/"-ed" word is a verb, not a modifier ("telling voters", "said officials")
  while (determiner === null && start < i && (/(?:ing|ed)$/.test(tokens[start]!.lower) || (subjectBefore && verbAfterName(tokens[start]!))) && !tokens[start]!.cap) start++;
  // "Tom Sarn chairs the union", "Ann Lee heads a team": an -s word right after a name and before an article is the
  // name's verb, not a plural the name modifies ("Roe supporters said")
  if (determiner === null && start < i && runAt[i - 1]! >= 0 && runs[runAt[i - 1]!]!.kind === 'person' && /s$/.test(t.lower)
    && ARTICLE_AFTER.has(tokens[i + 1]?.lower ?? '')) return null;
  return { start, determiner };
}
