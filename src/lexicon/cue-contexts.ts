// Words whose presence right before an ambiguous cue form ("show", "find", "suggest") makes it a verb.
import { EVIDENCE_NOUN_WORDS } from './evidence-nouns.js';

/**
 * Records and their findings: a poll, a study or a filing "shows", "finds", "suggests". Before an
 * evidence verb these nouns are its subject ("the survey shows"), so the form is a verb, not a noun
 * ("the shows"). The shared base list (src/lexicon/evidence-nouns.ts), and words only this check needs.
 */
export const EVIDENCE_NOUNS: ReadonlySet<string> = new Set([
  ...EVIDENCE_NOUN_WORDS,
  // returns: filed and counted records of the same kind as "filings" and "results" ("tax returns show
  // he paid nothing", "early election returns showed her ahead"); only this check reads it, since before
  // a figure it is money earned ("returns from the fund"), which the sources stage must not name as evidence.
  // (Audited: no output on the dev or probe texts depends on it; kept for this class, not for one text.)
  'returns',
  // a body's published notices and filed disclosures ("the charity's announcements show", "lobbying disclosures show
  // she met the minister"): records of the same kind, which only the cue check needs
  'announcements', 'disclosures',
  // records of what was seen, logged or kept ("satellite images show the glacier has shrunk", "flight logs show",
  // "the council's accounts show", "reverse image searches show"): evidence of the same
  // kind as "records" and "documents"; only this check reads them (before a figure, "40 images" is a count)
  // (not "minutes": "the last ten minutes showed" is a match report, not a record)
  'images', 'photographs', 'footage', 'recordings', 'logs', 'transcripts', 'accounts', 'searches',
  'invoices', 'receipts',
]);

/**
 * Verbs of going on, starting and trying: before "to" and a cue they make one chain with it
 * ("continued to criticize", "began to question", "tried to portray"), which is how annotated news marks
 * the cue; alone they report nothing.
 */
export const ASPECT_VERBS: ReadonlySet<string> = new Set([
  'continue', 'continues', 'continued', 'continuing', 'begin', 'begins', 'began', 'begun', 'beginning',
  'start', 'starts', 'started', 'starting', 'try', 'tries', 'tried', 'trying', 'keep', 'keeps', 'kept',
  'attempt', 'attempts', 'attempted', 'attempting', 'seem', 'seems', 'seemed', 'appear', 'appears', 'appeared',
  // "tended to support": a habit of holding the stance, the chain is the cue as above
  'tend', 'tends', 'tended', 'tending',
  // "would hesitate to oppose", "has struggled to reply to", "failed to disclose", "managed to explain", "rushed to
  // defend", "hastened to add", "dared to question": holding back from, failing at, managing or hurrying to say or back
  // something is the saying's chain too (annotated news marks the whole chain as the cue); alone they report nothing
  'hesitate', 'hesitates', 'hesitated', 'struggle', 'struggles', 'struggled', 'struggling', 'fail', 'fails', 'failed', 'failing',
  'manage', 'manages', 'managed', 'rush', 'rushes', 'rushed', 'rushing', 'hasten', 'hastened', 'dare', 'dared',
  // the same chains made with "be" and an adjective or an idiom's noun: "was quick to praise", "were slow to condemn", "was
  // careful to note", "has been unable to explain", "was the first to question", "taking pains to stress"
  'quick', 'quicker', 'slow', 'slower', 'careful', 'able', 'unable', 'first', 'last', 'pains',
  // "has yet to explain why", "have yet to say whether": a statement still owed is reported as a refusal is
  'yet',
]);

/**
 * Verbs of refusing: before "to" and a verb of saying or of backing they make one chain with it ("has refused to
 * confirm", "refused to endorse"): the withheld statement is the attribution, and annotated news marks the chain as
 * its cue (6 of 6 on dev). Before a verb of attacking or discussing ("refused to attack his rival") annotated news
 * keeps "refused" alone and reads the infinitive as the content, so the chain is not made there (cues/verbs.ts).
 */
export const REFUSAL_VERBS: ReadonlySet<string> = new Set(['refuse', 'refuses', 'refused', 'refusing']);
/** The lemmas of refusing: with "to" and a verb after them a past form is a finite verb ("A lawyer for the family
 *  declined to comment on the case"), never a participle describing the noun before it (cues/subject-phrase-verb.ts). */
export const REFUSAL_LEMMAS: ReadonlySet<string> = new Set(['decline', 'refuse']);
/** The stance verbs a refusal chain takes besides the verbs of saying: backing someone or something. */
export const BACKING_LEMMAS: ReadonlySet<string> = new Set(['endorse', 'support', 'back']);

/**
 * Online platforms a message is posted on ("posted on X", "wrote on Facebook"): no verb takes the platform as the head
 * of its content ("commented on Threads" is no comment on Threads), so "on" and a platform are never a verb's particle
 * (cues/verb-span.ts, through PLATFORM in cues/verb-mediums.ts). The cue stays the bare verb; annotated news often keeps
 * the platform in a writing verb's cue, as it keeps the channel in "said in a statement", but that join is not made
 * (measured, left for later). Also where a text was put, never who speaks through it: quotes/speaker.ts ("a video on
 * TikTok said"), cues/subject-postmodifier.ts ("A post on Facebook claims ...").
 */
export const ONLINE_PLATFORMS: readonly string[] = [
  'Twitter', 'X', 'Facebook', 'Instagram', 'Reddit', 'YouTube', 'TikTok', 'Threads', 'Bluesky', 'Telegram', 'LinkedIn',
  'Truth Social', 'Weibo', 'Mastodon', 'social media',
];

/** Cue forms that are far more often a preposition ("critics like her"): verbs only after a pronoun or auxiliary. */
export const PREPOSITION_FORMS: ReadonlySet<string> = new Set(['like']);

/**
 * Nouns that take a plural verb without an -s ("the police say", "people fear", "staff want"): before a
 * bare cue form they are its subject, where a singular noun would make the pair a compound ("the reality
 * show", "an email probe"). British news writes collective bodies with a plural verb too ("the council
 * plan to").
 */
export const COLLECTIVE_NOUNS: ReadonlySet<string> = new Set([
  'police', 'people', 'staff', 'public', 'media', 'crew', 'clergy', 'military', 'press', 'jury', 'team',
  'council', 'committee', 'board', 'government', 'party', 'family', 'management', 'majority', 'minority',
  'data', 'children', 'men', 'women', 'folk', 'folks',
]);

/**
 * Occasions, media and words used to say something: "used the speech to attack", "used much of his column to
 * mock", "used a crude phrase to describe". Before "to" and a cue they make one chain with "use" (cues/verb-contexts.ts),
 * as annotated news marks the cue; "used the money to support" is no saying.
 */
export const CHAIN_OCCASIONS: readonly string[] = [
  'speech', 'address', 'remarks', 'appearance', 'platform', 'column', 'interview', 'rally', 'statement', 'occasion',
  'opportunity', 'moment', 'op-ed', 'letter', 'pulpit', 'podium', 'time', 'post', 'posts', 'tweet', 'tweets', 'video',
  'word', 'words', 'term', 'phrase', 'expletive', 'slur', 'language',
];

/**
 * Plural subjects before a noun-like form: with one of them before it the form is their verb ("voters fear",
 * "authorities blame", "a majority support", "60 percent back"); as nouns these forms would follow a determiner.
 */
export const PLURAL_SUBJECTS: ReadonlySet<string> = new Set([
  // people
  'voters', 'residents', 'people', 'supporters', 'opponents', 'members', 'lawmakers', 'legislators', 'economists',
  'scientists', 'researchers', 'authorities', 'police', 'prosecutors', 'investigators', 'activists', 'leaders',
  'executives', 'investors', 'parents', 'teachers', 'doctors', 'workers', 'employees', 'respondents', 'allies',
  'aides', 'advisers', 'advisors', 'backers', 'rivals', 'delegates', 'candidates', 'donors', 'fans', 'citizens',
  'consumers', 'students', 'patients', 'farmers', 'observers', 'insiders', 'strategists', 'commentators', 'pundits',
  'conservatives', 'liberals', 'progressives', 'moderates', 'diplomats', 'regulators', 'unions', 'women', 'men',
  'americans', 'democrats', 'republicans',
  // bodies, and people by their trade or standing ("banks doubt", "landlords fear", "nurses back")
  'groups', 'companies', 'firms', 'businesses', 'retailers', 'landlords', 'tenants', 'campaigners', 'charities',
  'agencies', 'ministers', 'officers', 'councils', 'lawyers', 'nurses', 'banks', 'lenders', 'governments', 'nations',
  'employers', 'shareholders',
  // shares of people
  'percent', 'majority', 'minority', 'plurality', 'half', 'thirds', 'quarters', 'three-quarters', 'two-thirds',
  // the rest of a group, a pronoun for people ("Others claim the vote was rigged", "others blame the board"): a noun
  // after it would be its object only with a verb between
  'others',
]);

// recorded media named by a mass noun: they take the evidence form in -s ("Footage posted online shows ...", "Video
// released Monday shows ...") and have no plural to show they are no name (cues/evidence-head-phrase.ts, verb-contexts.ts)
export const MASS_RECORD_NOUNS: ReadonlySet<string> = new Set(['footage', 'video', 'audio']);

// the kinds of show an event or a programme is, right before "show" or "shows" ("the boat show", "a talk show", "trade
// shows"): with one of them before it the form ends a compound noun, not an evidence noun's verb (cues/evidence-head-phrase.ts)
// (not the words that are as often a source of their own: "Photos from the air show", "Data from the county show", "Data
// from the car show the brakes failed", "Figures from the game show the striker ran 12 km", nor an animal measured:
// "Tests on the horse show it was lame")
export const SHOW_KINDS: ReadonlySet<string> = new Set([
  'boat', 'trade', 'talk', 'quiz', 'chat', 'fashion', 'flower', 'agricultural', 'reality',
  'comedy', 'variety', 'cooking', 'breakfast',
]);
