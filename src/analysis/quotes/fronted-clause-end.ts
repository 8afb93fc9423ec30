// "Since the mayor said in May that rents would fall, the party has slipped.": a cue inside a fronted
// subordinate clause reports no further than that clause; the comma before the main clause ends it.
// So does a cue inside a fronted phrase with no finite verb of its own: "With fans worried about the roof,
// the club ...", "In a letter urging a recount, the party ...": a preposition cannot take a clause, so the
// phrase ends where the main clause starts. Without this the first attribution swallows the main clause,
// and a second attribution there ("..., the party called the count a farce") is dropped as nested in it.
import type { Cue } from '../../types.js';
import { alternation, capitalised } from '../alternation.js';
import { SUBORDINATORS, SUBORDINATOR_PHRASES } from '../../lexicon/subordinators.js';
import { REFERRING_SUBJECT_PRONOUNS } from '../../lexicon/pronouns.js';
import { TIME_UNITS } from '../../lexicon/time-words.js';
import { IRREGULAR_PASTS } from '../../lexicon/past-forms.js';

// a subordinator opening the sentence (capitalised), and no comma or colon before the cue ("As X said,
// ..." is left out: its content is the main clause; "Whereas" opens a contrast clause like "While", "Now that" a
// clause of cause)
const OPENERS = capitalised([...SUBORDINATORS.filter((w) => w !== 'as'), 'whereas', 'now\\s+that', ...SUBORDINATOR_PHRASES.split('|')]);
// "As the minister announces that the border will reopen, the truckers ...": "As" with a cue that takes its own
// clause ("that", a question word) opens a fronted clause too; "As the minister said, the border ..." does not
const AS_OPENER = /^[\s“"‘']*(?:(?:But|Yet|And)\s+)?(?:As|as|Just\s+as|just\s+as)\s[^,;:“”"]{0,150}$/;
const OWN_CLAUSE_AFTER = /^\s+(?:that|what|whether|how|why|who|which)\s/;
// what may stand before the subordinator: a conjunction ("But after"), a focus word ("Just before", "Even
// though") or a time measure ("A day after", "Two weeks before", "Hours after"); the subordinator is then lower case
const LEAD = String.raw`(?:(?:But|Yet|And)\s+)?(?:(?:[Jj]ust|[Oo]nly|[Ss]hortly|[Ll]ong|[Hh]ours|[Dd]ays|[Ww]eeks|[Mm]onths|[Yy]ears|[Mm]oments|[Mm]inutes)\s+|(?:[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]everal|\d+)\s+(?:${TIME_UNITS}|night)s?\s+)?`;
const LOWER_OPENERS = OPENERS.map((w) => w.charAt(0).toLowerCase() + w.slice(1));
// (nothing between the subordinator and the cue is fine too: "After repeatedly playing down the risk, ...")
const FRONTED_OPENER = new RegExp(String.raw`^[\s“"‘']*(?:(?:${alternation(OPENERS)})|${LEAD}(?:${alternation(LOWER_OPENERS)}))\s[^,;:“”"]{0,150}$`);
// a preposition opening the sentence, then up to eight words with no comma before the cue
const PHRASE_OPENER = /^[\s“"‘']*(With|In|Despite|Without|Amid|Following|By|On|Through|Upon)\s(?:[^\s,;:“”"]+\s){0,8}$/;
// the cue's own word (after any -ly adverbs): a participle, as a phrase without a finite verb has
const PARTICIPLE_CUE = /^(?:\p{Ll}+ly\s+)*\p{Ll}+ing\b/u;
// a cue that opens with a finite verb (an auxiliary, a present in -s): "With the new rules the league hopes ..."
// has no comma after its phrase, and the cue is the main clause's
const FINITE_CUE = /^(?:\p{Ll}+ly\s+)*(?:(?:is|was|were|are|has|had|have|will|would|could|can|should|may|might|must|did|does|do)\b|\p{Ll}+[^su]s\b)/u;
// a comma, then the main clause: a subject (an article or possessive and a few words, a pronoun, or a
// capitalised word) and a finite verb within five words, or a bare plural right before its verb
// ("engineers closed it"; "pay, hours and leave are" is a list); or a counted subject ("most schools have one",
// "fewer than half of the stations are open", "40 families have moved", "fewer than half have one"): an auxiliary right
// after the count, or one to five words and a finite verb, with no "and" or "or" among them (a list of counts inside the
// content goes on: "two piers, three roads and a dam were safe"; a plural right after the count is its noun, not a verb)
const QUANTITY = String.raw`(?:(?:fewer|more|less)\s+than\s+|only\s+|nearly\s+|almost\s+|about\s+)?(?:most|many|few|some|all|half|none|both|several|\d[\d,.]*%?|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands)`;
// (an irregular past is as finite as one in -ed: ", Ms. Berg gave one more reason"; a pronoun may carry its auxiliary:
// ", they'd have little power")
const FINITE = `is|was|were|are|has|had|have|will|would|could|can|should|may|might|must|did|does|do|${alternation(IRREGULAR_PASTS)}`;
const CONTRACTED = String.raw`(?:${alternation(REFERRING_SUBJECT_PRONOUNS)})['’](?:d|ll|ve|re|s)\s`;
const MAIN_CLAUSE_AFTER_COMMA = new RegExp(String.raw`,\s+(?:(?:the|a|an|his|her|its|their|this|these|those|${alternation(REFERRING_SUBJECT_PRONOUNS)}|there|\p{Lu}[\p{L}’'.-]*)\s+(?:[^\s,;:]+\s+){0,4}?|\p{Ll}+s\s+)(?:${FINITE}|\p{Ll}+ed|\p{Ll}+s)\b|,\s+${CONTRACTED}|,\s+${QUANTITY}\s+(?:${FINITE}|(?:(?!(?:and|or)\s)[^\s,;:]+\s+){1,5}?(?:${FINITE}|\p{Ll}+ed|\p{Ll}+s))\b`, 'u');

/** Whether the cue stands in a fronted clause or phrase that opens its sentence (no comma before the cue; `after`: the
 *  text right after the cue). */
function inFrontedPart(head: string, cue: Cue, after: string): boolean {
  if (FRONTED_OPENER.test(head) || (AS_OPENER.test(head) && OWN_CLAUSE_AFTER.test(after))) return true;
  const phrase = PHRASE_OPENER.exec(head);
  // ("With prices rising and tenants angry about it, ...": after 'with' the phrase is an absolute one, any cue;
  // after another preposition only a participle: "In March the council warned that ..." is the main clause)
  return phrase !== null && (phrase[1] === 'With' ? !FINITE_CUE.test(cue.text) : PARTICIPLE_CUE.test(cue.text));
}

/** The content's end for a cue in a fronted subordinate clause or phrase: the comma before the main clause, else `end`. */
export function frontedClauseEnd(text: string, sentenceStart: number, cue: Cue, end: number): number {
  if (cue.start - sentenceStart > 160 || !inFrontedPart(text.slice(sentenceStart, cue.start), cue, text.slice(cue.end, cue.end + 12))) return end;
  const m = MAIN_CLAUSE_AFTER_COMMA.exec(text.slice(cue.end, end));
  return m === null ? end : cue.end + m.index;
}
