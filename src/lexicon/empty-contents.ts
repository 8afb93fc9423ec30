// What a cue's content may be that reports no claim: the quote rules drop such contents
// (quotes/finalize.ts, quotes/from-cues.ts). Each group says why its words say nothing.
import { DAY_PARTS, RELATIVE_DAYS, SEASONS, TIME_UNITS } from './time-words.js';
import { MONTHS, WEEKDAYS } from './weekdays.js';

/**
 * A refusal or a failure to speak, with no topic: "declined to comment", "did not respond to a request
 * for comment", "could not be reached for comment". News prints them about anyone asked; they carry
 * no claim to check. With a topic ("declined to comment on the audit") the topic is kept.
 */
export const NO_COMMENT_CONTENT = /^(?:(?:to\s+)?(?:comment|elaborate|respond|reply|answer|be\s+interviewed|speak\s+on\s+the\s+record|give\s+(?:details|a\s+reason|a\s+figure))(?:\s+(?:further|publicly|immediately|directly|on\s+the\s+record|by\s+phone|by\s+email|in\s+detail))?|(?:(?:to\s+)?(?:an?|the|several|repeated|multiple|two|three|many)\s+)?(?:\p{Ll}+\s+)?(?:requests?|messages?|calls?|e-?mails?|inquiries|queries|questions)\s+(?:for|seeking)\s+comment(?:\s+\p{Ll}+)?|for\s+comment)$/iu;

/**
 * Verbs of putting a document out ("published", "released", "aired", "posted"). In the passive with no
 * agent ("The study was published in a journal", "the video was released Monday") the subject is the
 * document, not a claim anyone makes: no attribution. So with writing it ("the anthem's words were written in 1847",
 * "the letter was written in pencil"): the subject is what was written, and no one is reported saying it.
 */
export const PUBLISHING_VERBS: ReadonlySet<string> = new Set([
  'publish', 'release', 'print', 'air', 'broadcast', 'post', 'upload', 'reprint', 'republish', 'write',
]);

/**
 * Verbs of putting words out ("issued a statement", "released a brief statement"). With
 * only the vehicle as object the words themselves come elsewhere (the next sentence, a quote), so nothing is reported
 * here; ONLY_A_VEHICLE is that object. ("Issued a warning that the dam could fail" has a clause and stays.)
 */
export const ISSUING_VERBS: ReadonlySet<string> = new Set(['issue', 'release']);
export const ONLY_A_VEHICLE = /^(?:an?|the|its|his|her|their|our)\s+(?:(?:brief|short|long|lengthy|terse|written|joint|formal|official|separate|second|new|further)\s+)?(?:statement|press\s+release|news\s+release|release|communiqu[eé])$/iu;

/**
 * The verbs that only put a document out, with no "write": as the verb of a relative clause whose object is the
 * document before it ("The report, which the council published, says ...", "the video the club released") they tell
 * what was done with the document, not what anyone said (quotes/content-after.ts, quotes/relative-content.ts).
 * "Write" stays out: its gapped object is what its author says ("the slogans the mayor has written about cyclists").
 */
export const PUTTING_OUT_VERBS: ReadonlySet<string> = new Set([...PUBLISHING_VERBS, ...ISSUING_VERBS].filter((v) => v !== 'write'));

/**
 * Performative declarations: "declared a state of emergency", "proclaimed a holiday", "declared bankruptcy".
 * Saying the words is the act itself; the object names the act, not a claim. (A clause after the verb,
 * "declared that the war was over", is a claim and stays. "Declared war on X" stays too: annotated news counts it as a stance.)
 */
export const DECLARED_ACTS = /^(?:an?\s+|the\s+|his\s+|her\s+|their\s+|its\s+)?(?:(?:new|national|local|regional|state-?wide|nationwide|official|formal|public|\p{Ll}+-day)\s+)*(?:(?:state|states)\s+of\s+(?:emergency|disaster|siege|alert|war|calamity)|emergency|bankruptcy|insolvency|martial\s+law|curfew|holiday|day\s+of\s+mourning|mourning|ceasefire|cease-fire|truce|independence|candidacy|candidature|disaster(?:\s+area|\s+zone)?|quarantine|lockdown|amnesty|moratorium)(?:\s+(?:on|in|for|against|over)\s+[^,;]{1,60})?$/iu;

/**
 * A greeting or a parting after "say" or "bid": "said goodbye to its last customers", "bids farewell to the
 * harbour", "said hello to the crowd", "said thank you to the nurses", "said a prayer for the crew". The words are the
 * act of greeting, thanking or praying, with no claim in them. (A clause stays: "said goodbye was the hardest part",
 * "said farewells to staff would be held in June";
 * "thanks to" is left out, since "said thanks to the levy, rents fell" reports a claim.)
 */
export const GREETING_CONTENT = /^(?:(?:a\s+(?:last\s+|final\s+|fond\s+|tearful\s+|quick\s+)?)?(?:goodbyes?|good-?byes?|farewells?|hellos?)|thank\s+you|(?:a\s+(?:short\s+|silent\s+)?)?prayers?|grace)(?:\s+(?:to|for)\s+(?![^,;:]*\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|should|shall|did|does|do|may|might|must)\b)[^,;:“”"]{1,60})?$/iu;
export const GREETING_VERBS: ReadonlySet<string> = new Set(['say', 'bid']);

/**
 * The anonymity formula: "asked not to be named", "asking not to be identified because ...", "requested
 * that her name not be used". It says why the source is unnamed, not what was said. ("Requested anonymity
 * to speak candidly" stays: annotated news counts it, as an intention.)
 */
export const ANONYMITY_CONTENT = /^(?:not\s+to\s+be\s+(?:identified|named|quoted)|(?:that\s+)?(?:his|her|their|its|the)\s+names?\s+(?:not\s+be|be\s+withheld|be\s+left\s+out))\b/i;

/**
 * A circumstance with no clause: "reported from the coast", "replied with a shrug", "spoke during a
 * visit to the port", "hundreds protested outside the ministry in the capital, Varn" (a place's name in apposition
 * may close it). Where or how someone spoke is no content of what they said. (A preposition that opens a
 * clause stays: "pleaded with the dockers to go home", "said on radio that ...", "showed in plain figures how ...".)
 * Read on short contents only (bounded), so the look-ahead stays cheap. The medium alone is such a circumstance too
 * ("commented online", "spoke by phone", "appeared on air", "testified in person"; MEDIUM).
 */
const MEDIUM = String.raw`(?:online|offline|in\s+person|by\s+(?:phone|telephone|email|e-mail|text|letter|video(?:\s+link)?)|over\s+the\s+phone|on\s+(?:air|camera|television|TV|radio|the\s+radio|social\s+media|the\s+phone))`;
// ("at least", "at most" open a figure, not a place: "said at least 12 people died")
// (a date may come first: "discussed last year at the meeting", "spoke on Monday at a rally": when and where, still no content)
const DATE_LEAD = String.raw`(?:(?:last|this|next|on)\s+(?:${WEEKDAYS}|${SEASONS}|${TIME_UNITS}|weekend)|${WEEKDAYS}|${RELATIVE_DAYS})\s+`;
export const CIRCUMSTANCE_ONLY = new RegExp(String.raw`^(?:(?:${DATE_LEAD})?(?:from|during|at(?!\s+(?:least|most)\b)|through|throughout|across|outside|near|along|in\s+front\s+of)\s(?![^,;]*\b(?:that|to|is|was|are|were|be|been|has|have|had|will|would|can|could|should|how|what|why|whether|if|who|whom|which|when|where)\b)[^,;:“”"‘’]{1,70}(?:,\s+\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)?)?|with(?:\s+[\p{L}’'-]+){1,2}|${MEDIUM})$`, 'iu');

/**
 * Verbs of coming upon something ("found", "discovered", "located"). In the passive with no agent and no
 * clause after them ("The car was found in a ditch", "Two men were found dead", "The transcript may be
 * found online") they tell where or in what state something turned up, not a claim. A finding with a clause
 * stays: "the drug was found to cut deaths", "it was discovered that ...".
 */
export const DISCOVERY_VERBS: ReadonlySet<string> = new Set(['find', 'discover', 'locate', 'recover']);
/**
 * After such a participle with no "be" (headline style: "Stolen van found in reservoir", "Missing climbers found safe
 * after night on ridge"), where or in what state, with no object and no clause: the passive with "be" left out, no
 * claim either. An active finding has its clause ("found in most cases that staff erred", "found in most cases staff
 * had erred"; "found in favour of the tenants" is a ruling). Read on at most 120 characters.
 */
export const FOUND_WHERE_ONLY = /^\s+(?:(?:dead|alive|safe|unharmed|unhurt|injured|wounded|unconscious|intact|abandoned)\b|(?:in|on|at|near|inside|under|beneath|behind|beside|outside|off|along|among|after|during)\s(?!favou?r\b))(?![^;:“”"]*\b(?:that|to|how|whether|is|are|was|were|had|has|have|would|will|could|can|did|does|should|might|may)\b)[^;:“”"]{0,110}$/iu;

/**
 * A time or circumstance clause with no main clause after it: "apologised after its account posted a
 * cartoon", "spoke until the hall emptied", "spoke before the vote". It tells when or why someone spoke, not
 * what they said. ("said after the vote that ..." keeps its "that" clause; a fronted clause with a comma,
 * "said since rents rose, wages must too", is part of what was said; "when" and "as" also open contents,
 * "knows when to quit", "views it as unfair", so they are not here.) Read on contents of at most 200 characters.
 */
export const CIRCUMSTANCE_CLAUSE = /^(?:after|before|following|since|until|despite|amid|during|upon|while)\s+(?!(?:about|on|of|for|to|in|at|with|that|then|now)\b)[^,;:]{1,200}$/i;

// After a passive verb of telling (lexicon/listener-verbs.ts PASSIVE_LISTENER_VERBS), a content that is only a short
// agent ("was advised by Reed & Co.", "was warned by the harbour master on Friday."): the subject is the one told and
// nothing told is reported. A clause after the agent keeps it: a second determiner or pronoun, "to", "that" or a verb
// ("was told by officials the road would close", "was urged by the council to stay").
export const TOLD_BY_ONLY = /^\s+by\s+(?:(?:the|a|an|its|his|her|their)\s+)?(?:(?!(?:the|a|an|it|he|she|they|we|its|his|her|their|this|that|these|those|to|would|will|could|should|had|has|was|were|is|are)\b)[^\s,;:“”"]+\s*){1,5}?[\s.!?]*$/u;

// "The plan was backed by most of the council.", "a leak which was claimed by a hacking group": after a
// passive cue, a content that is only its agent (perhaps a time phrase first, then "by" and a noun phrase
// with no complement of the claim: "for", "about", "because", "that", "to" ...) says who, not what.
// Left alone: "was criticised by X for Y", "was pressed by X about Y", "countered by suggesting Y".
export const AGENT_ONLY = /^(?:(?:on|in|at|last|this|earlier|the)\s+(?:[^\s,;:“”"]+\s+){0,2}?)?by\s+(?!\p{Ll}+ing\b)(?![^;:“”"]{0,200}\b(?:for|about|over|that|to|as|against|because|whether|if|how|what|why|saying)\s)[^;:“”"]{1,200}$/iu;

/**
 * The topic of "asked about": a noun phrase up to its comma with no clause of its own ("Asked about the
 * delay, the mayor said ...", "a guest who asked about parking"). The question is someone else's and
 * only its topic is named, so nothing is reported ("asked about her claim that X" keeps its clause; "asked
 * whether", "asked how" are no "about" cues). Read on the words from the cue to the first comma.
 */
export const ASKED_TOPIC_ONLY = /^\s*(?![^,;:.?!]*\b(?:that|whether|if|how|why|what|who|when|where|which|said|says|saying)\b)[^,;:.?!“”"‘’]{1,120}(?:[,;:.?!]|$)/i;

/**
 * A date and nothing else: "The report, published on Tuesday, found ...", "will announce the winners. The club will
 * report in March.", "has not spoken since last week", "said late on Wednesday" (the hour before "on"). When something
 * was said or put out is no content of it (a clause or a topic after the date keeps the content: it is not only a date
 * then). Read on contents of at most 40 characters.
 */
export const ONLY_A_DATE = new RegExp(String.raw`^(?:(?:late|early|earlier|later)\s+(?=(?:on|in)\s))?(?:(?:on|in|at|by|during|from|until|since|over|earlier|later|early|late|last|this|next)\s+)?(?:(?:this|last|next|the|earlier|later|early|late)\s+)?(?:(?:${WEEKDAYS}|${RELATIVE_DAYS})(?:\s+(?:${DAY_PARTS}))?|(?:${MONTHS})(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+\d{4})?|\d{1,2}(?:st|nd|rd|th)?\s+(?:${MONTHS})(?:\s+\d{4})?|(?:${SEASONS}|${TIME_UNITS}|weekend)|\d{4})$`, 'i');
