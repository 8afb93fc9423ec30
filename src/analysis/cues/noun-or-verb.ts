// Noun or verb: forms that are also nouns ("plan", "show", "states", "blame") read from the words right
// around them. The verb pass (verbs.ts) asks two things of a noun-like form: does something before it
// make it a verb although no pronoun or auxiliary stands there ("We can't blame", "experts generally
// favor", "many fear the worst"), and does the frame around it make it a noun although a quote, "that"
// or a capitalised word looked like a verb's context ("the reality show “X”", "states that border the
// lake", "the Harbor plan is", "an Ann Lee email probe"). Each test reads a few words on either side.
// An -ing form read as a verb by what follows it ("..., warning it would fail") is ing-clause.ts; a capitalised word
// before the form as its subject ("Novak vows") is name-subject.ts.
import type { SpeechWord } from '../quote-marks/speech-words.js';
import { COLLECTIVE_NOUNS } from '../../lexicon/cue-contexts.js';
import { LY_ADJECTIVES } from '../../lexicon/ly-words.js';
import { DETERMINER, NAMED_VERB_OBJECT, PRONOUN_OR_AUX, QUANTIFIER, SUBJECT_THEN_OBJECT } from './verb-contexts.js';
import { PURE_OBJECT_PRONOUNS, REFLEXIVE_PRONOUNS, SUBJECT_PRONOUNS } from '../../lexicon/pronouns.js';
import { alternation, capitalised } from '../alternation.js';
import { PARTITIVE_QUANTIFIERS } from '../../lexicon/groups.js';
import { PARTICIPLE_BY } from '../../lexicon/past-forms.js';
import { THAT_RELATIVE_CLAUSE, pluralRelative } from './plural-relative.js';
import { isGroupNoun } from '../mentions/words.js';
import { titleBeforeName } from './title-before-name.js';

// "can't", "didn't", "won't": a negated auxiliary is one word to the word finder
const NEGATED_AUX = /^(?:ca|could|would|should|do|does|did|wo|is|are|was|were|has|have|had|must|might|need)n['’]t$|^cannot$/i;
const SEEMING = /^(?:seem|appear)$/;
const IMPERATIVE_OPENING = /(?:^|[.!?:]["”’']?\s+|\n)(?:Don['’]t|Do\s+not|Never)\s+$/;
// an adverb in -ly ("generally", "publicly") and not an adjective or noun that ends so ("early", "family")
const LY_WORD = /^\p{Ll}{2,}ly$/u;
// a verb or auxiliary right after the form: "the Harbor plan is linear", "the talk show was"
const VERB_NEXT = /^\s+(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must)\b/;
// a relative or a pseudo-cleft before the subject ("which officials fear will fail", "What Lee fears is
// a strike"): there the form is the verb and the auxiliary after it the reported clause's
const RELATIVE_BEFORE = /\b(?:what|which|who|whom|that)\s+(?:[\p{L}’'.-]+\s+){0,3}$/iu;
// names joined by "and" are a plural subject: "Ana Ruiz and Tom Fenn support higher fares"
const AND_NAME_BEFORE = /\band\s+(?:\p{Lu}[\p{L}.’'-]*\s+){1,3}$/u;
const PARTICIPLE_BY_NEXT = new RegExp(String.raw`^\s+${PARTICIPLE_BY}`, 'u');
// an opening quote after the form: a title the compound names ("the reality show “Dune Kitchen”")
const TITLE_NEXT = /^\s*[“"‘«]/;

// a quantifier that is a clause's subject opens it: after a sentence start, a comma or semicolon, a conjunction
// ("..., and some fear", "but many worry"); after a verb or a preposition it is a determiner ("there is some doubt")
const CLAUSE_OPENS = /(?:^|[.!?;:,—–(]["”’']?|\b(?:and|but|or|yet|while|although|though|because|whereas|since|if|when|where|that|what|which|now))\s*$/i;
// a clause right after the form: a pronoun subject and its verb ("many fear it will fail", "some worry they will
// close"), or up to three words of a noun subject (no preposition first) and an auxiliary ("some fear fruit will rot",
// "many doubt the new rules can work")
const BARE_SUBJECT_CLAUSE = new RegExp(String.raw`^\s+(?:(?:${alternation([...SUBJECT_PRONOUNS, 'there'])})\s+(?:\p{Ll}+(?:s|ed)|do|did)|(?!(?:about|for|of|in|on|at|over|to|with|from|by|as|that|what|how|why|whether|if)\b)(?:[\p{Ll}’'-]+\s+){1,3}?(?:would|will|could|can|may|might|should|must|is|are|was|were|has|have|had))\b`, 'u');

// a part of a group as the subject: a quantifier, "of" and a plural ("some of the growers fear prices will rise", "many of
// them doubt the plan", "most of its members back the bid"); not "each of" (singular: its verb takes -s). Capitalised too,
// opening a sentence; the phrase must open its clause (CLAUSE_OPENS, read on the text before it). Or a determiner right
// before a bare plural ("the growers fear", "their lodgers doubt"): with no word between, a singular noun and a verb in -s
// ("the move raises fear the plant will close") cannot pass for it; not "-ss"/"-us" ("the press", "the census").
const PLURAL_END = /^(?:them|us|these|those)$|\p{Ll}s$/u;
const PARTITIVES = [...PARTITIVE_QUANTIFIERS].filter((q) => q !== 'each');
const PARTITIVE_SUBJECT = new RegExp(String.raw`\b(?:(?:${alternation([...PARTITIVES, ...capitalised(PARTITIVES)])})\s+of\s+(?:them|us|these|those|(?:the|these|those|their|its|our|his|her)\s+(?:[\p{L}’'-]+\s+){0,2}?\p{Ll}+s)|(?:[Tt]he|[Tt]hese|[Tt]hose|[Tt]heir|[Ii]ts|[Oo]ur|[Hh]is|[Hh]er)\s+\p{Ll}{2,}(?<![su]s)s)\s+$`, 'u');

// a bare plural opening the sentence and a place or body phrase after it, the form's subject ("Farmers in the valley
// call the levy unfair", "Nurses at the hospital blame the rota"): the phrase's last noun and the form are no compound
// (read on a window with a line break put before it when it starts the text: a window's own start is no sentence's;
// the plural must name people, "Jobs at the plant support the economy" is no stance)
const PLURAL_THEN_PLACE = /(?:\n|[.!?]["”’']?\s+)(\p{Lu}\p{Ll}+(?<![su]s)s)\s+(?:in|at|of|on|from|across|near|outside|around)\s+(?:the|a|an|this|their|its|our)\s+(?:[\p{L}’'-]+\s+){0,2}?\p{Ll}+\s+$/u;
const pluralThenPlace = (window: string): boolean => isGroupNoun(PLURAL_THEN_PLACE.exec(window)?.[1]?.toLowerCase() ?? '');

/** Whether the words before a noun-like form make it a verb: a negated auxiliary, an adverb, a quantified subject with an object or a clause. */
export function verbBefore(text: string, w: SpeechWord): boolean {
  const { before, word, form } = w;
  // the word must stand right before the form ("cautiously, welcoming" is another clause)
  if (!text.slice(Math.max(0, w.start - before.length - 2), w.start).trimEnd().endsWith(before) || !/^[ \t]+$/.test(text.slice(w.start - 1, w.start))) return false;
  // ("didn't seem impressed" is a mood, not a view; "Don't blame the mayor" opening a sentence is the writer's plea)
  if (NEGATED_AUX.test(before)) return !SEEMING.test(form.lemma) && !IMPERATIVE_OPENING.test(text.slice(Math.max(0, w.start - before.length - 4), w.start));
  if (LY_WORD.test(before) && !LY_ADJECTIVES.has(before)) return true;
  // "many fear the worst", "some view the merger as ...": a quantifier standing alone is the subject
  // of a bare form with an object after it ("some reports", "any comment" stay nouns)
  // (only a quantifier that opens its clause: "there is some doubt the plan works" is a noun after a determiner)
  if (word.toLowerCase() !== form.lemma) return false;
  const quantified = QUANTIFIER.test(before) && !/^(?:each|any)$/i.test(before)
    && CLAUSE_OPENS.test(text.slice(Math.max(0, w.start - before.length - 24), w.start).trimEnd().slice(0, -before.length));
  // (the partitive pattern is read only after a plural or an object pronoun, the words it ends with)
  if (!quantified && !(PLURAL_END.test(before) && partitiveSubject(text, w.start)) && !pluralThenPlace((w.start > 60 ? '' : '\n') + text.slice(Math.max(0, w.start - 60), w.start))) return false;
  if (SUBJECT_THEN_OBJECT.test(text.slice(w.end, w.end + 8))) return true;
  // "..., and some fear prices will double", "many worry they will close": a belief with a bare clause
  return form.group === 'belief' && BARE_SUBJECT_CLAUSE.test(text.slice(w.end, w.end + 48));
}

/** Whether a partitive phrase ("some of the growers") that opens its clause ends right at `at`. */
function partitiveSubject(text: string, at: number): boolean {
  const from = Math.max(0, at - 80);
  const m = PARTITIVE_SUBJECT.exec(text.slice(from, at));
  return m !== null && (m.index > 0 || from === 0) && CLAUSE_OPENS.test(text.slice(Math.max(0, from + m.index - 24), from + m.index));
}

// an object pronoun right after the form: "Footage shows him beside ...", "the report backs them" (a plural
// noun is never followed by one; "her" is left out, it may be a determiner: "the claims her rivals made"; and
// "yourself", an imperative's object: "tell yourself it will pass" is no report)
const OBJECT_PRONOUN_NEXT = new RegExp(String.raw`^\s+(?:${alternation([...PURE_OBJECT_PRONOUNS, ...REFLEXIVE_PRONOUNS.filter((w) => !w.startsWith('your'))])})\b`);

/** Whether an object pronoun right after a noun-like form makes it a verb. */
export function objectPronounAfter(text: string, w: SpeechWord): boolean {
  return OBJECT_PRONOUN_NEXT.test(text.slice(w.end, w.end + 14));
}

/** Whether the frame around a noun-like form makes it a noun, whatever else looked like a verb's context. */
export function nounFrame(text: string, w: SpeechWord): boolean {
  const { before, before2, word, form } = w;
  const bare = word.toLowerCase() === form.lemma;
  const after = text.slice(w.end, w.end + 48);
  const subjectWord = PRONOUN_OR_AUX.test(before) || /^I$/.test(before) || COLLECTIVE_NOUNS.has(before.toLowerCase());
  const lead = text.slice(Math.max(0, w.start - 40), w.start);
  // "the candidates' plans", "voters’ fears": after a plural possessive the form is the thing possessed
  if (/s['’]\s+$/.test(lead)) return true;
  // "Plans to widen the road were approved", "Claims that ... were false": a plural form opening a
  // sentence has no subject before it, so it is the subject (a headline may open with a name instead)
  if (/^\p{Lu}\p{Ll}+s$/u.test(word) && /(?:^|\n|[.!?]["”’']?\s+)$/.test(lead)) return true;
  // "a police report showing", "an email probe": after "a"/"an" and a noun, a bare form is that noun's
  // head (a singular subject would take "reports")
  if (bare && /^an?$/i.test(before2) && /^\p{Ll}+$/u.test(before) && !PRONOUN_OR_AUX.test(before)) return true;
  // "the reality show “Dune Kitchen”", "a talk show “X”": a determiner, a singular noun and a bare form
  // before a title (a singular subject would take "shows")
  // (or a name: "host of the Varn TV quiz show “Top Shelf”")
  if (bare && TITLE_NEXT.test(after) && (DETERMINER.test(before2) || /^\p{Lu}/u.test(before2)) && /^\p{Ll}+$/u.test(before) && !/s$/.test(before) && !subjectWord) return true;
  // "an Ann Lee email probe", "the Harbor plan for": after a singular name a bare form with no object is
  // a compound's noun ("Ruiz and Fenn back the plan" keeps its object; "Democrats fear" is plural; a capitalised
  // quantifier opens a sentence as its subject: "Many fear prices will rise")
  if (bare && /^\p{Lu}/u.test(before) && !/s$/.test(before) && !subjectWord && !QUANTIFIER.test(before)
    && /^\s+\p{Ll}/u.test(after) && !NAMED_VERB_OBJECT.test(after) && !AND_NAME_BEFORE.test(lead)) return true;
  // "Defending champion Ria Holm is among the leaders", "Olympic champion Ana Ruiz won": a title before a name
  // (title-before-name.ts)
  if (titleBeforeName(w, { bare, subjectWord, lead, after, namesJoinedBefore: AND_NAME_BEFORE.test(lead) })) return true;
  // "states that border the lake", "Velm, states that have ...": a plural noun and its relative clause
  if (/s$/i.test(word) && !subjectWord && (!/^\p{Lu}/u.test(before) || /,\s*$/.test(lead)) && THAT_RELATIVE_CLAUSE.test(after)) return true;
  if (pluralRelative(text, w)) return true;
  // "Internal emails obtained by the paper suggest ...", "Reports filed by the agency show ...": a plural form with a
  // participle and its "by" agent right after it is a noun the participle describes (a verb would take an object)
  if (/s$/i.test(word) && PARTICIPLE_BY_NEXT.test(after)) return true;
  // "the Harbor plan is linear": a verb right after a form makes the form its subject
  // (not a participle: "Added were two new clauses" is an inverted verb)
  return VERB_NEXT.test(after) && !/ed$/i.test(word) && !subjectWord && !RELATIVE_BEFORE.test(lead);
}
