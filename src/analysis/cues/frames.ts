// Lemmas that are cues only in one frame after the form: elsewhere the same verbs see, look or
// regard something without holding a view of it. Each frame is anchored at the end of the form and
// reads a bounded stretch of text (no backtracking past a few words). The frames of phrasal verbs and idioms
// ("hit back at", "cast doubt on") are in phrasal-frames.ts, merged into LEMMA_FRAMES here.
import { OBJECT_PRONOUNS, PERSON_SUBJECT_PRONOUNS, POSSESSIVE_DETERMINERS, PURE_OBJECT_PRONOUNS, SUBJECT_PRONOUNS } from '../../lexicon/pronouns.js';
import { alternation, capitalised } from '../alternation.js';
import { PHRASAL_PARTICLES } from './phrasal-frames.js';
import { PUT_AT_FIGURE } from './put-at-figure.js';
import { DISPUTE_LEMMAS } from '../../lexicon/speech-verbs-stance.js';
import { DISPUTED_QUESTION } from './disputed-question.js';
import { latin1TwinTable } from '../latin1-twin.js';
import { FEELER_AFTER } from './caused-feeling-frame.js';
import { CAUSED_FEELING_VERBS } from '../../lexicon/caused-feelings.js';
import { GROUP_NOUNS } from '../../lexicon/groups.js';
import { PERSON_ROLE_PLURALS } from '../../lexicon/roles.js';
import { FINITE_AUXILIARY } from '../../lexicon/auxiliaries.js';
import { heardByHearing } from './heard-by-hearing.js';
import { APPEAL_BODIES } from '../../lexicon/hearing-bodies.js';

// "see the plan as a mistake", "what voters see as unfair", "was seen as weak": an object of at most
// six words ("see the budget of the board as unfair"), then "as" with a description (not the conjunction: "saw him as he left", "as well")
// words after "as" that make it a conjunction or a set phrase ("as well", "as soon as", "as he left",
// "as expected"), not the start of a description
export const AS_NOT_DESCRIPTION = String.raw`well|soon|long|far|if|though|of|to|when|${alternation(SUBJECT_PRONOUNS)}|expected|usual|always`;
const SEEN_AS = new RegExp(String.raw`^\s+(?:[\p{L}’'-]+\s+){0,6}?as\s+(?!(?:${AS_NOT_DESCRIPTION}|for|in|on|at)\b)`, 'u');

// "looks to expand the fleet", "is looking for a quick sale": an intention; not "looked to the
// sky" (a direction: a determiner after "to") or "looked for a while" (a time)
const LOOK_TO_OR_FOR = new RegExp(String.raw`^\s+(?:to\s+(?!(?:the|a|an|${alternation([...POSSESSIVE_DETERMINERS])}|this|that|these|those|${alternation([...PURE_OBJECT_PRONOUNS, 'it'])})\b)\p{Ll}+|for\b(?!\s+(?:a\s+while|(?:months|weeks|years|days|hours|decades|now|ages)\b)))`, 'u');

// "voters learned the count was late", "learned of the plan", "learned that": coming to know a claim; not
// "learned the trick", "learned to swim" (a skill): a clause word, or a short object with its own verb
// (an adverb or a short time phrase may come first: "learned again during the debate that ...")
const LEARNED_CLAUSE = /^(?:\s+(?:again|also|then|later|soon|quickly|recently|only|first|afterwards?))?(?:\s+(?:during|in|from|at|on|through|after|before)\s[^,.;:!?]{1,50}?)?\s+(?:that|of|about|how|what|whether|why|when|where|who)\b|^\s+(?!to\b)(?:[\p{L}’'-]+\s+){1,4}?(?:was|were|is|are|had|has|have|would|will|could|did|might)\b/u;

// "the court heard that ...", "heard from residents that ...": being told a claim, with its clause
const HEARD_CLAUSE = /^\s+(?:from\s[^,.;:!?]{1,40}?\s)?that\b/;

// "police appealed for witnesses", "appealed to drivers to stay at home": a public request, with whom it asks (up to four
// words) and what to do; "appealed the ruling" or "to the high court to overturn it" is a legal act (a court asked to rule)
const APPEAL_FOR = new RegExp(String.raw`^\s+(?:for\b|to\s+(?:(?!(?:who|which|that|and|but)\s|(?:${alternation([...APPEAL_BODIES, ...capitalised(APPEAL_BODIES)])})(?![\p{L}’'-]))[\p{L}’'-]+\s+){1,4}?(?:not\s+)?to\s+\p{Ll})`, 'u');

// "felt that the fee was unfair", "felt he had to act": a held view with its clause; not "felt
// betrayed", "felt like a loss", "felt the heat" (a mood or a sensation)
const FELT_CLAUSE = new RegExp(String.raw`^\s+(?:that\b|(?:${alternation([...PERSON_SUBJECT_PRONOUNS, 'there'])})\s+(?!like\b)|(?:the|his|her|their|its|our)\s+\p{Ll}+\s+(?:was|were|had|would|could|should|deserved|needed|is|are)\b)`, 'u');

// "compared the mayor to a magician": an object, then what it is likened to
const COMPARED_TO = /^\s+(?!(?:to|with)\b)(?:[\p{L}’'.-]+\s+){1,5}?(?:to|with)\s/u;
// "speaks of", "has spoken out about", "speaking about the fire" (not "Speaking of money, ...")
const SPEAKS_OF = /^\s+(?:about|of|out)\b/;
const SPEAKING_ABOUT = /^\s+(?:about|out)\b/;

// "swore he would stay", but not the oath of office ("was sworn in", "swearing-in")
const NOT_SWORN_IN = /^(?!\s*-?\s*in\b)/;

// "is known for its cheap fares", "is better known as a sailor", "were known to use", "it is well known that": what
// the reputation or the fact is (the "be" before it is the verb pass's check: a bare "known as" only names)
// (a word must follow "for" or "as": "the songs she is known for," ends there)
const KNOWN_FOR = /^\s+(?:(?:for|as)\s+[\p{L}\p{N}“"‘'$]|that\b|to\s+\p{Ll})/u;

// "the court held that ...": a holding's clause (not "held that post", "held that view": a demonstrative)
const HELD_THAT = /^\s+that\s+(?!(?:post|position|view|title|record|seat|job|role|office|belief|opinion|stance|line|rank|ground|lead|meeting|event|summit|session)\b)/;
// "accepted that the plan had failed", "decided that the stand was safe": a conceded or settled view with its clause,
// which opens with a determiner, a pronoun or a name; not "accepted that offer", "decided that match", "decided that
// night to" (a demonstrative and the thing taken or settled, or a time), nor "accepted the award"
const CLAUSE_OPENING_DETERMINERS = ['the', 'a', 'an', 'this', 'these', 'those', 'some', 'no', 'all', 'every', 'each', 'any', 'many', 'most'];
const CLAUSE_OPENING_WORDS = alternation([...CLAUSE_OPENING_DETERMINERS, ...POSSESSIVE_DETERMINERS, ...SUBJECT_PRONOUNS, 'there']);
// (or a bare noun or two with a finite verb, "decided that surgery was too risky", "accepted that rents had to rise":
// the verb makes it a clause, where "that night to", "that case in May" have none)
const SETTLED_THAT = new RegExp(String.raw`^\s+that\s+(?:(?:${CLAUSE_OPENING_WORDS})\s|\p{Lu}\p{Ll}|\d|(?:\p{Ll}+\s+){1,2}(?:${FINITE_AUXILIARY})\b)`, 'u');
// "reminded drivers that", "reminding supporters how far": an object of a few words, then the clause
const REMINDED_THAT = /^\s+(?:[\p{L}’'-]+\s+){1,4}?(?:that|how|what|why|whether|to)\s/u;

// "campaigned for cheaper buses", "campaigning hard against the levy": a cause, not a candidate, an office or a
// stretch of time ("campaigned for Ida Lind", "campaigning for the presidency", "campaigned for months")
const CAMPAIGNED_FOR = new RegExp(String.raw`^\s+(?:(?:hard|long|publicly|tirelessly|actively|vigorously|successfully|unsuccessfully)\s+)?(?:for|against)\s+(?!\p{Lu}|(?:${alternation(OBJECT_PRONOUNS)}|votes?|office|re-?election|(?:a|the|his|her|their)\s+(?:(?:second|third|fourth|new)\s+)?(?:presidency|nomination|seat|post|job|office|leadership|mayoralty|term)|months|weeks|years|days|decades|hours|a\s+(?:year|month|week|decade))\b)`, 'u');

// "approve of the deal", "disapproves of how he handled it": a stance only with "of"
const APPROVE_OF = /^\s+(?:(?:strongly|narrowly|broadly|largely|mostly|overwhelmingly)\s+)?of\b/;
// "ordered the city to repay", "ordered that the files be sealed": an addressee of one to five words, then "to" and a verb
// (or a count of people, "ordered about 2,000 residents to leave", "ordered 40 staff to stay home": with a number the
// noun must be people, since "ordered 500 lamps to sell in May" orders goods; or any plural told to leave, stay or stop,
// "ordered 300 campers to leave", "ordered 12 shops to close": only those addressed can comply)
const COMPLY = '(?:leave|evacuate|return|stay|remain|shelter|disperse|vacate|move|stop|halt|close|shut|withdraw|report|comply)';
const ORDERED_TO = new RegExp(String.raw`^\s+(?:that\b|(?:(?:about|some|nearly|almost|roughly|around|over|more\s+than|up\s+to|at\s+least)\s+)?\d[\d,]*\s+(?:[\p{Ll}-]+\s+)?(?:(?:${alternation([...GROUP_NOUNS, ...PERSON_ROLE_PLURALS])})\s+to\s+\p{Ll}|\p{Ll}+s\s+to\s+${COMPLY}\b)|(?!to\b|(?:in|at|on|from|for|by|with)\s)(?:[\p{L}’'.-]+\s+){1,5}?to\s+(?!(?:the|a|an|his|her|their|its|be\s+(?:delivered|shipped))\b)\p{Ll})`, 'u');

// "was billed as a turning point", "billed the race as the toughest yet": an object of at most four words, then "as"
// and a description; not an amount ("billed as much as $40", "billed as little as") nor the set phrases of SEEN_AS
const BILLED_AS = new RegExp(String.raw`^\s+(?:[\p{L}’'-]+\s+){0,4}?as\s+(?!(?:${AS_NOT_DESCRIPTION}|much|many|little|few|part|usual|normal|before|agreed|planned|for|in|on|at)\b)(?![$£€\d])`, 'u');

// "judged the merger a failure", "judged the levy to be fair", "judged that the risk was small", "was judged too costly": an
// object of one to four words (no preposition among them) and then a description, or the clause; not "judged the pie
// contest", "judged a show at the fair" (an article right after the verb is the thing judged)
const JUDGED_AS = /^\s+(?:that\b|(?:to\s+be|too)\s|(?!(?:a|an)\s)(?:(?!(?:at|in|on|for|by|with|from|of|to|during|and|or)\s)[\p{L}’'-]+\s+){1,4}?(?:to\s+be|a|an)\s)/u;

// (both tables hold each frame with its Latin-1 twin, latin1-twin.ts: several are long word lists with letter
// classes, costly to compile for two-byte text)
const LEMMA_FRAMES = latin1TwinTable({
  see: SEEN_AS,
  regard: SEEN_AS,
  know: KNOWN_FOR,
  hold: HELD_THAT,
  accept: SETTLED_THAT,
  decide: SETTLED_THAT,
  remind: REMINDED_THAT,
  look: LOOK_TO_OR_FOR,
  appeal: APPEAL_FOR,
  swear: NOT_SWORN_IN,
  campaign: CAMPAIGNED_FOR,
  press: /^\s+(?:by|on|about|for)\b/,
  compare: COMPARED_TO,
  liken: COMPARED_TO,
  learn: LEARNED_CLAUSE,
  notice: LEARNED_CLAUSE,
  hear: HEARD_CLAUSE,
  approve: APPROVE_OF,
  disapprove: APPROVE_OF,
  bill: BILLED_AS,
  order: ORDERED_TO,
  ...Object.fromEntries(DISPUTE_LEMMAS.map((lemma) => [lemma, DISPUTED_QUESTION])),
  judge: JUDGED_AS,
  // ("the ruling surprised legal experts": the feeler as object; cues/caused-feeling-frame.ts)
  ...Object.fromEntries(CAUSED_FEELING_VERBS.map((v) => [v.lemma, FEELER_AFTER])),
  ...PHRASAL_PARTICLES,
  // ("put" is a cue in "as she put it" and in an estimate, "put the cost at $2 billion": put-at-figure.ts; the cue keeps
  // only the phrasal particle, verb-span.ts)
  'put it': new RegExp(`${PHRASAL_PARTICLES['put it']!.source}|${PUT_AT_FIGURE.source}`, 'u'),
});
// single forms whose other forms need no frame ("feels that" and "feeling" read as before)
const FORM_FRAMES = latin1TwinTable({
  felt: FELT_CLAUSE,
  speak: SPEAKS_OF,
  speaks: SPEAKS_OF,
  spoken: SPEAKS_OF,
  speaking: SPEAKING_ABOUT,
});

/** Whether this form of `lemma` needs a frame the text right after it (from `end`, 64 characters) lacks; most need none. */
export function missingFrame(lemma: string, word: string, text: string, end: number): boolean {
  const frame = FORM_FRAMES[word.toLowerCase()] ?? LEMMA_FRAMES[lemma];
  if (frame === undefined) return false;
  const after = text.slice(end, end + 64);
  // (", a court has heard.": the hearing told the claim before it, heard-by-hearing.ts)
  return !frame.for(after).test(after) && !(lemma === 'hear' && heardByHearing(text, end - word.length, end));
}

// "was often derided as naive", "is seen as weak": after a passive participle, "as" and the
// description follow; annotated news keeps the "as" in the cue (8 of 10 passives on dev), while an
// active "described the plan as" keeps only the verb
export const PASSIVE_AS = new RegExp(String.raw`^\s+as\b(?!\s+(?:${AS_NOT_DESCRIPTION})\b)`);
