// A text in the speaker position ("a study by X found", "a post shared on Instagram claims"): who is behind its words.
// Its author after "by" or "from" speaks through it; one who only saw, got hold of, ordered or paid for it does not,
// nor does the platform it was put on: then the text's own phrase speaks, its authors unnamed. A phrase with no
// speaker among its mentions and no noun phrase read whole is the head before its source ("Polls conducted by phone
// show": "Polls", headBeforeSource). speaker.ts asks.
import type { Resolved } from '../state.js';
import type { Mention } from '../../types.js';
import { isDocumentHead } from '../mentions/words.js';
import { ONLINE_PLATFORMS } from '../../lexicon/cue-contexts.js';
import { IRREGULAR_PASTS, PAST_PARTICIPLE } from '../../lexicon/past-forms.js';
import { alternation } from '../alternation.js';
import { nounPhrase } from '../mentions/noun-phrase.js';

// "by" or "from" right before an author ("a study by X", "figures from the agency")
// (and a kind of body between: "a report by the research group Tallo")
const AUTHOR_BEFORE = /\b(?:[Bb]y|[Ff]rom)\s+(?:(?:[Tt]he|[Aa]n?)\s+(?:\p{Ll}{3,}\s+){0,2})?$/u;
// ... but not one who only saw or got hold of it ("an email seen by the Herald", "documents obtained by the paper")
// nor one who only ordered or paid for it ("a study commissioned by the county", "a poll paid for by the campaign"):
// the work is its authors', whom the phrase leaves unnamed, so the document speaks
const HOLDER_VERBS = String.raw`seen|obtained|reviewed|viewed|examined|acquired|read`;
const PAYER_VERBS = String.raw`commissioned|funded|sponsored|requested|ordered|paid\s+for|financed|underwritten`;
const byBefore = (verbs: string): RegExp => new RegExp(String.raw`\b(?:${verbs})\s+by\s+(?:the\s+)?$`, 'i');
const READER_BEFORE = byBefore(`${HOLDER_VERBS}|${PAYER_VERBS}`);
const PAYER_BEFORE = byBefore(PAYER_VERBS);
// ... but a text made to be spoken, "read by" someone, is read aloud: its reader voices it ("A speech read by the
// mayor's deputy warned", "a statement read by the captain") and speaks, as its author would
const READ_ALOUD = /\b(?:speech|address|statement|message|tribute|eulogy|prayer)\s+read\s+by\s+(?:the\s+)?$/i;

// a platform a text was put on ("A post shared on Instagram", "a video on TikTok"): where it was posted, not who wrote it
const PLATFORMS: ReadonlySet<string> = new Set(ONLINE_PLATFORMS);
const ON_BEFORE = /\bon\s+$/i;

/** "a review of disclosures by the group Civic Watch", "a report from the agency": the author of the document `lead` that
 *  opens the phrase from `from` (whatever the phrase runs into after the author's name), among its mentions `found`;
 *  `vouched`: the phrase follows "according to" (see onlyHandledIt). */
export function documentAuthor(s: Resolved, from: number, lead: Mention | undefined, found: readonly Mention[], vouched = false): Mention | undefined {
  if (lead === undefined || lead.kind !== 'description' || !isDocumentHead(lead.head)) return undefined;
  const text = s.doc.text;
  return found.find((m) => m.start > lead.end && m.kind !== 'pronoun' && AUTHOR_BEFORE.test(text.slice(Math.max(from, m.start - 40), m.start))
    && !onlyHandledIt(text, from, m, vouched));
}

/** Whether the mention `m` (in a phrase from `from`) only saw, got hold of or paid for a text ("Documents seen by
 *  reporters show"): no one who wrote it, so the text's own phrase speaks when no author is named. After "according
 *  to" (`vouched`) the one who holds the text and tells what it says is the source the writer leans on ("according to
 *  emails obtained by the Gazette" is the Gazette's reporting), while one who only ordered or paid for it tells nothing. */
export function onlyHandledIt(text: string, from: number, m: Mention, vouched = false): boolean {
  if (READ_ALOUD.test(text.slice(Math.max(from, m.start - 40), m.start))) return false;
  return (vouched ? PAYER_BEFORE : READER_BEFORE).test(text.slice(Math.max(from, m.start - 24), m.start));
}

/** Whether the mention `m` (in a phrase from `from`) is a platform after "on", where a text was put, no one who wrote it. */
export function platformPostedOn(text: string, from: number, m: Mention): boolean {
  return PLATFORMS.has(m.text) && ON_BEFORE.test(text.slice(Math.max(from, m.start - 4), m.start));
}

// a head with its source after "by" or "from", perhaps through a participle ("Polls conducted by phone show",
// "Results from the trial show"): no noun phrase holds "by", so the head before it is the phrase, as in "Polls show"
// (an irregular participle too, "Files kept by the clerk", and "read", whose participle is its bare form: "Notes read
// by the court show" is the notes', never a phrase "Notes read")
const PARTICIPLE = String.raw`(?:${PAST_PARTICIPLE}|read|${alternation(IRREGULAR_PASTS)})`;
const SOURCE_POSTMODIFIER = new RegExp(String.raw`^\S.*?(?=\s+(?:${PARTICIPLE}\s+)?(?:by|from)\s)`, 'u');
export const headBeforeSource = (text: string, start: number, end: number): ReturnType<typeof nounPhrase> => {
  const m = SOURCE_POSTMODIFIER.exec(text.slice(start, end));
  return m === null ? null : nounPhrase(text, start, start + m[0].length);
};
