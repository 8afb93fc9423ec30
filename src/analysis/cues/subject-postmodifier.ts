// "A spokesman for the company claims that ...", "A post on Facebook claims that ...", "The lawsuit filed by the
// tenants claims that ...", "An editorial in the weekly paper hopes that ...": a clause that opens with an article and
// a singular head of a person, a body or a text, perhaps a participle of making or spreading the text with its words,
// and a preposition of source or place (or the "of" of a role's or a body's whole: "The mayor of the town hopes") has no verb yet, so a form in -s after the preposition's object ("the company
// claims") is the subject's verb, not the noun of a report no one holds (nominal-unheld.ts reads "the company claims
// that" as "the claims that" otherwise). Only the forms that are verbs as well ("claims", "fears", "hopes", "worries");
// the verb pass reads them there.
import { alternation } from '../alternation.js';
import { IRREGULAR_PASTS } from '../../lexicon/past-forms.js';
import { PERSON_ROLES } from '../../lexicon/roles.js';
import { ORGANIZATION_WORDS } from '../../lexicon/organisations.js';
import { ORGANIZATION_HEADS } from '../../lexicon/organisation-heads.js';
import { PLATFORM } from './verb-mediums.js';
import { TEXT_PARTICIPLES, TEXT_SOURCE_HEADS } from '../../lexicon/text-sources.js';

/** The unheld nouns that are also a verb's form in -s: after such a subject they are its verb. */
export const VERB_LIKE_UNHELD_NOUNS: ReadonlySet<string> = new Set(['claims', 'fears', 'hopes', 'worries']);

const TEXT_HEADS = new Set(TEXT_SOURCE_HEADS);
// words that cannot stand inside the noun phrase: auxiliaries, conjunctions, relatives, pasts ("The council acted on")
const NOT_PHRASE_WORD = String.raw`(?:is|was|are|were|has|have|had|will|would|could|can|may|might|should|must|do|does|did|and|or|but|that|which|who|said|says|${alternation([...IRREGULAR_PASTS])})`;
const PHRASE_WORD = String.raw`(?!${NOT_PHRASE_WORD}\s)(?![\p{L}-]+ed\s)[\p{L}\p{N}’'&-]+`;
// a clause opening, an article, up to two modifiers and the head (group 1); perhaps a text participle and up to five
// words ("shared thousands of times"); perhaps one prepositional phrase of up to four words ("of dairy farmers")
const SUBJECT = String.raw`(?:^|[.!?]["”’']?\s+|\n|;\s*)(?:(?:But|And|Yet|So)\s+)?(?:A|An|The|This|One)\s+(?:${PHRASE_WORD}\s+){0,2}?(\p{Ll}[\p{Ll}-]*)\s+(?:(?:${alternation(TEXT_PARTICIPLES).replace(/ /g, String.raw`\s+`)})\s+(?:[\p{L}\p{N},’'-]+\s+){0,5}?)?(?:(?:from|by|for|on|in|at|of|with)\s+(?:${PHRASE_WORD}\s+){1,4}?)?`;
// the preposition before an article-led object: of a source or a place (not "on", "of", "into", "about": "The report on
// the expenses claims that ...", "A review of the fraud claims that ..." have the claims as their topic)
const SUBJECT_THEN_PREPOSITION = new RegExp(String.raw`${SUBJECT}(?:from|by|for|in|at|with)\s+$`, 'u');
// "of" after a person's role or a body names whom the head leads or belongs to, not its topic ("The mayor of the town
// hopes that ...", "The board of the fund fears that ..."): only a text's "of" ("A review of the claims") has a topic
const SUBJECT_THEN_OF = new RegExp(String.raw`${SUBJECT}of\s+$`, 'u');
// a bare object opening with its own preposition: only a platform a text is posted on ("A post on Facebook claims")
const SUBJECT_ALONE = new RegExp(String.raw`${SUBJECT}$`, 'u');
const ON_PLATFORM = new RegExp(String.raw`^on\s+(?:${PLATFORM})\s+\p{Ll}+$`, 'u');

/** Whether a head can hold a view: a person's role, a body, or a text. */
function sourceHead(word: string): boolean {
  return PERSON_ROLES.has(word) || ORGANIZATION_WORDS.has(word) || TEXT_HEADS.has(word);
}

/**
 * Whether the noun phrase `phrase` at `at` is the object of a preposition inside a clause-opening subject: an
 * article-led phrase ("the company claims") after the preposition, or a bare one that opens with its preposition
 * ("on Facebook claims").
 */
export function insidePostmodifiedSubject(text: string, at: number, phrase: string): boolean {
  const own = !/^(?:the|a|an)\s/i.test(phrase);
  if (own && !ON_PLATFORM.test(phrase)) return false;
  // (a window cut inside the text does not open a clause: a mark stands before it)
  const from = Math.max(0, at - 100);
  const window = `${from > 0 ? '#' : ''}${text.slice(from, at)}`;
  const m = (own ? SUBJECT_ALONE : SUBJECT_THEN_PREPOSITION).exec(window);
  if (m !== null) return sourceHead(m[1] ?? '');
  const head = own ? undefined : SUBJECT_THEN_OF.exec(window)?.[1];
  // (a body's kind, not a document's that names its kind of source too: "A review of the claims")
  return head !== undefined && (PERSON_ROLES.has(head) || (ORGANIZATION_WORDS.has(head) && !TEXT_HEADS.has(head) && ORGANIZATION_HEADS.get(head)?.length !== 0));
}
