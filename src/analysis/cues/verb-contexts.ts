// The word contexts the verb-cue pass reads around a speech-verb form: what may stand before it
// (determiners, auxiliaries, subjects), what may follow it (particles, channels, objects that make it
// an act). Each pattern is anchored and reads a bounded slice of text. (The headline test: headline.ts; the chains
// before "to" that are one cue with the form, "went on to say": verb-chains.ts; the auxiliaries, particles and light
// nouns a cue's span takes in: verb-span-words.ts; where the words were said, "on air", "in a statement": verb-mediums.ts.)
import type { SpeechWord } from '../quote-marks/speech-words.js';
import { WEEKDAYS } from '../../lexicon/weekdays.js';
import { NAME_PARTICLES } from '../../lexicon/names.js';
import { alternation } from '../alternation.js';
import { PERSON_SUBJECT_PRONOUNS, REFERRING_SUBJECT_PRONOUNS, SUBJECT_PRONOUNS } from '../../lexicon/pronouns.js';
import { MASS_RECORD_NOUNS } from '../../lexicon/cue-contexts.js';
import { PHRASE_PREPOSITIONS } from '../../lexicon/prepositions.js';
import { PLATFORM } from './verb-mediums.js';
import { IRREGULAR_PASTS } from '../../lexicon/past-forms.js';
import { PLURAL_COUNT_WORDS } from '../../lexicon/number-words.js';

// the sides of a court a judge writes an opinion for ("wrote for the majority", "for a unanimous court", "for the
// dissent"): read here and by acts.ts, so the two keep one list
export const COURT_SIDES = String.raw`(?:majority|minority|court|panel|bench|dissent)`;

export const DETERMINER = /^(?:a|an|the|this|that|these|those|his|her|its|their|our|my|your|no|every|first|last|new)$/i;
// a closing adverb of the act ("vowed again", "noted afterward", "reported back"), not a time ("back in 2015")
export const AGAIN_AFTER = /^\s+(?:again|afterwards?|back(?!\s+(?:in|when|then|to|home|from|on|at|into)\b))\b(?!-)/;
// a demonstrative is a subject or a relative before a form that is no noun ("That suggests")
export const DEMONSTRATIVE = /^(?:this|that|these|those)$/i;
// quantifiers are determiners before a noun ("some reports") but subjects before a plain verb ("some chanted")
export const QUANTIFIER = /^(?:each|any|some|many|most|all|both|few|several)$/i;
// a count of two or more in words (lexicon/number-words.ts), a plural noun's determiner ("four states that")
export const COUNT_DETERMINER = new RegExp(String.raw`^(?:${alternation([...PLURAL_COUNT_WORDS, 'hundred', 'thousand', 'dozen', 'dozens', 'hundreds', 'thousands'])})$`, 'i');
export const THANKS_TO = /^\s+(?:(?:in\s+(?:large\s+|great\s+|no\s+small\s+)?part|largely|partly|mostly|mainly|only|entirely)\s+)?to\b/i;
export const VERB_BEFORE = new RegExp(String.raw`^(?:${alternation(SUBJECT_PRONOUNS)}|who|which|also|will|would|could|can|may|might|must|shall|should|to|do|does|did|not|never|often|repeatedly|once|again|then|later|has|have|had|officials|experts|analysts|critics|polls|data|surveys|studies|records|documents|n't)$`, 'i');
export const PRONOUN_OR_AUX = new RegExp(String.raw`^(?:${alternation([...PERSON_SUBJECT_PRONOUNS, 'you'])}|who|would|will|could|might|may|must|should|do|does|did|not|n't|also|really|still|just|genuinely)$`, 'i');
export const AFTER_CLOSED_QUOTE = /[,?!…—–-][ \t]*(?:[”"’]|'')[ \t]+(?:[\p{L}.’'-]+[ \t]+){1,5}$/u;
// (not "for months", "about 30 guests": time and quantity; nor a judge's "wrote for the majority", the side of the court
// the opinion speaks for, never the head of its content)
export const HEADING_PREPOSITION = new RegExp(String.raw`^\s+(?:about|for(?!\s+(?:the|a)\s+(?:[a-z]+\s+)?${COURT_SIDES}\b)|against|out)\b(?!\s+(?:\d|\$|(?:months|weeks|years|days|hours|decades|now|a\s+while|the\s+(?:first|last|second)\s+time|a\s+(?:dozen|hundred|thousand|million|billion|third|quarter|half)|half|halfway|midway|once|twice|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|hundreds|thousands|dozens|millions)\b))`, 'i');
export const HEADING_PREPOSITION_NOT_SAY = new RegExp(String.raw`^\s+(?:of|on)\b(?!\s+(?:${WEEKDAYS}|Jan|Feb|March|April|May|June|July|Aug|Sept|Oct|Nov|Dec|\d|${PLATFORM}|television|TV|the\s+phone|the\s+radio|behalf|(?:a|an|the|his|her|their|its)\s+(?:blog|website|podcast|personal\s+account|official\s+account))\b)`, '');
// "claims emissions from the plant would harm", "fears rents will rise": a clause with no "that", its subject a bare
// plural noun (and a few words after it) and then a modal or a finite "be"/"have"
export const BARE_CLAUSE = /^\s+\p{Ll}+s\s+(?:(?!that\b|which\b|who\b)[\p{L}-]+\s+){0,5}?(?:would|will|could|can|may|might|should|must|are|were|have|had)\b/u;
// "the new rules the council passed", "the claims the firm made": after a plural noun a determiner, a noun and a
// past verb open a relative clause with no "that", so the -s form is that noun, not a verb with an object
// (the irregular pasts are lexicon/past-forms.ts's, with "laid", "had", "did", which that list leaves out)
export const OBJECT_RELATIVE = new RegExp(String.raw`^\s+(?:the|a|an|its|his|her|their)\s+\p{Ll}+\s+(?:\p{Ll}+ed|${alternation([...IRREGULAR_PASTS, 'laid', 'had', 'did'])})\b`, 'u');
// "Reuters reports Acme will cut 300 jobs", "the board claims Harrow Council has ignored it": a clause with no "that" whose
// subject is a name (one to four capitalised words, not a day: "comments Friday were") and whose verb is a modal or a
// finite "be"/"have" with no second auxiliary after it or after its next word ("the reports Acme had denied were false"
// close an object relative)
const FINITE_AUX = String.raw`(?:would|will|could|can|may|might|should|must|is|are|was|were|has|have|had)`;
export const NAME_CLAUSE = new RegExp(String.raw`^\s+(?!(?:${WEEKDAYS})\b)\p{Lu}[\p{L}’'.&-]*(?:\s+\p{Lu}[\p{L}’'.&-]*){0,3}\s+${FINITE_AUX}\b(?!\s+(?:\p{Ll}+\s+)?${FINITE_AUX}\b)`, 'u');
// "Halden Foods reports, even by the most cautious count, that ...": an aside between commas that opens with a
// preposition or an adverb (no quote, no clause's end inside it), then "that" and a lower-case word: the form's own
// clause comes after the aside. An aside opening with a participle describes a noun ("Early forecasts, issued in
// March, that the river would flood proved right"): no verb there.
const ASIDE_OPENING = String.raw`(?:even\s+|again\s+)?(?:${alternation([...PHRASE_PREPOSITIONS, 'without', 'despite'])}|\p{Ll}+ly)\b`;
export const ASIDE_THEN_THAT = new RegExp(String.raw`^,\s+${ASIDE_OPENING}[^,;:.!?“”"()]{0,60},\s+that\s+\p{Ll}`, 'u');
// the noun-like forms news ends a sentence with as its attribution ("..., the agency estimates.")
export const FINAL_FORMS = /^(?:estimate|fear|claim|report|note|hope|worry|forecast|doubt|state|comment)$/;
export const FINAL_ATTRIBUTION_BEFORE = /[\p{L}\p{N}%)],[ \t]+(?!(?:with|and|or|in|on|for|to|of|by|as|at|from|but|so|then|while|which|who|when)\b)(?:[\p{L}.’'-]+[ \t]+){1,4}$/u;
export const JUST_AFTER_QUOTE = /[,?!…—–-][ \t]*(?:[”"’]|'')[ \t]+$/u;
// "was first reported by", "is widely seen as", "is more widely seen as": a passive, adverbs between "be" and the participle
export const BE_THEN_ADVERBS = /\b(?:was|were|is|are|been|be|being)\s+(?:(?:more|most|less)\s+(?=(?:\p{Ll}+ly|often)\s))?(?:(?:\p{Ll}+ly|first|also|later|then|never|not|once|since|long|now|still|often|already)\s+){0,2}$/iu;
export const BE_BEFORE = /^(?:is|are|was|were|am|be|been|being|[’']s|[’']re|[’']m)$/i;
// a degree word before "known" ("best known for", "widely known that"): the passive's, read into its cue
export const KNOWN_DEGREE = /^(?:best|well|better|widely|long)$/i;
// "in a video posted", "with the poll released": a preposition, a determiner, a noun, a participle
// (and a place, time or agent after it: "posted on social media", "released Thursday", "written by")
// ("in tests described in the journal": a bare plural after the preposition too; "in an op-ed published Monday": a hyphened noun)
export const REDUCED_RELATIVE = /\b(?:[Ii]n|[Oo]n|[Aa]t|[Ww]ith|[Ff]rom|of|by|[Ff]or|into|under|via)\s+(?:(?:a|an|the|this|that|his|her|its|their|our)\s+|(?=\p{Ll}+s\s+$))(?:(?!and\b|or\b|but\b)\p{Ll}+\s+)?(?!(?:and|or|but|is|are|was|were|be|been|has|have|had)\b)\p{Ll}+(?:-\p{Ll}+)*\s+$/u;
// the end of a window holding a relative word and then its clause's own subject, perhaps an auxiliary or adverb:
// "which unions", "that Mayor Ann Roe", "what the two critics have" (a subject is a determiner's noun, a name, a bare
// plural or a pronoun, so the determiner "that" before a bare singular, "that plan", is no relative)
// ("that Judge Lena van Dijk": a name's lower-case particles are the speaker lexicon's NAME_PARTICLES)
const NAME_PART = String.raw`(?:\p{Lu}[\p{L}.’'-]*|${alternation([...NAME_PARTICLES])})`;
export const RELATIVE_THEN_SUBJECT = new RegExp(String.raw`\b(?:that|which|what|whom)[ \t]+(?:(?:the|a|an|its|his|her|their|our|some|many|most|both)[ \t]+(?:\p{Ll}+[ \t]+){0,2}\p{Ll}+|\p{Lu}[\p{L}.’'-]*(?:[ \t]+${NAME_PART}){0,4}|\p{Ll}+s|${alternation(SUBJECT_PRONOUNS)})[ \t]+(?:(?:also|have|has|had|once|later|then|\p{Ll}+ly)[ \t]+)?$`, 'u');

// (not "of the cases are believed to": an auxiliary after the noun makes the noun a subject)
export const RELATIVE_TAIL = new RegExp(String.raw`^\s+(?:on|in|at|by|to|from|during|last|this|earlier|online|${WEEKDAYS})\b`, '');
// "a company called Brightwell", "by a group named Save the Flats": naming, not calling anyone anything
export const NAMING_PARTICIPLES = /^(?:called|named|dubbed|titled|labeled|labelled|branded)$/i;
// a participle aside after a common noun ("The clip, posted on Sunday, showed"): a lower-case word and
// a comma before the form, and the aside's closing comma soon after it, then the sentence goes on
export const APPOSED_NOUN = /\p{Ll}{2,},[ \t]+$/u;
// (a figure's own comma or point is no close: "estimated at £640,000 a year," and "expected to reach 4.5 million,")
// one character of a short aside: no clause stop, quote or comma, but a figure's own comma or point
export const ASIDE_CHAR = String.raw`(?:[^,;:.!?“”"]|(?<=\d)[,.](?=\d))`;
export const ASIDE_TAIL = new RegExp(String.raw`^${ASIDE_CHAR}{1,48},\s+(?!(?:and|or|but|then|while|as|who|which)\b)\p{Ll}`, 'u');
export const NAMING_LEAD = /\S\s+(?:a|an)\s+(?:\p{Ll}+\s+)?\p{Ll}+\s+$/u;
// the article opening the sentence: "A firm called Tallow Mills bought the pier" (NAME_THEN_VERB must follow: "A reporter
// called Lind a liar", "An aide called Lind's plan a trap" call someone something)
// (up to two modifiers, a capitalised one too: "A Danish news site called")
export const OPENING_NAMING_LEAD = /(?:^|\s)(?:A|An)\s+(?:[\p{L}-]+\s+){0,2}\p{Ll}+\s+$/u;
// (the word after the name must be a finite verb: an auxiliary, an irregular past, a present "-s" that is no "-ous"/"-ss",
// or an "-ed" with its object, particle or "that" clause after it; "A lawmaker called Voss corrupt", "called Voss weak on crime",
// "called Voss misguided." are a complement, someone called something)
// (the name may be a title in quotation marks, take "the" and lower-case joining words, and carry an age: "A charity called
// the Harbour Trust has", 'A film called “Low Tide” won', "An exhibition called Salt and Iron opens", "A man called Ivo
// Sarn, 44, was")
export const NAME_THEN_VERB = new RegExp(String.raw`^\s+(?:the\s+)?["“‘']?\p{Lu}[\p{L}.-]*(?:\s+(?:(?:and|of|the|for|in|on|&)\s+)?\p{Lu}[\p{L}.-]*)*[”"’']?(?:,\s+\d{1,3},)?\s+(?:(?:has|have|had|is|was|are|were|will|would|could|can|may|might|must|should|did|does|${alternation(IRREGULAR_PASTS)})\b|\p{Ll}+(?<![su]s)s\b|\p{Ll}+ed\s+(?:a|an|the|its|his|her|their|up|down|out|off|that|\d|\p{Lu}))`, 'u');
export const CLAUSE_AFTER = /^\s*(?:that\b|[:“"‘'«„]|,\s*[“"‘'«„])/;

// a noun and a figure after it: "forecast revenue of $2 billion", "estimates losses of about 40%"
export const FIGURE_NOUN_OBJECT = /^\s+\p{Ll}+\s+(?:of|at)\s+(?:(?:about|around|roughly|nearly|up\s+to|at\s+least)\s+)?[$£€¥\d]/u;

export const HEARSAY_PARTICIPLE = /^(?:said|reported|thought|believed|estimated|expected|rumou?red|alleged)$/;
// the start of the text, a line, or a sentence (after its end mark and perhaps a closing quote)
export const SENTENCE_OPENING = /(?:^|\n|[.!?]["”’']?\s+)$/;
/** A capitalised plural common noun opening the sentence right before the form ("Photos posted online", "Emails released"),
 * or a mass noun of recorded media, which has no plural to show it is no name ("Footage posted online shows"). */
export function openingPlural(text: string, w: SpeechWord): boolean {
  const at = text.lastIndexOf(w.before, w.start - 1);
  return (/^\p{Lu}\p{Ll}*[a-rt-z]s$/u.test(w.before) || (/^\p{Lu}\p{Ll}+$/u.test(w.before) && MASS_RECORD_NOUNS.has(w.before.toLowerCase()))) && SENTENCE_OPENING.test(text.slice(Math.max(0, at - 4), at));
}

// "Olympic champion Ann Roe said", "consumer advocate Jo Lee told": a noun-like form with a name and then
// another speech form right after it is the name's title, and the later form is the cue
// (a party tag may close the name: "state Rep. Ivo Sarn (I) said", "Rep. Jo Lee (R-Ohio) told")
export const NAME_THEN_CUE = /^[ \t]+\p{Lu}[\p{L}’'.-]*(?:[ \t]+\p{Lu}[\p{L}’'.-]*){0,3}(?:[ \t]+\(\p{Lu}[\p{L}.]*(?:-[\p{Lu}][\p{L}.]*)?\))?,?[ \t]+$/u;

// after a name, what makes an -s form its verb: a clause or an object ("claims the bridge is safe",
// "vows to stay", "notes that"), not another noun ("Strand comments start at noon")
export const NAMED_VERB_OBJECT = new RegExp(String.raw`^\s+(?:(?:the|a|an|that|this|these|those|its|his|her|their|${alternation([...REFERRING_SUBJECT_PRONOUNS, 'there'])})\b|to\s+\p{Ll})`, 'u');

// what follows a verb with its object ("estimates the cost", "fears a strike"), never a noun compound's verb
export const SUBJECT_THEN_OBJECT = /^\s+(?:the|a|an|that|its|his|her|their)\s/;
