// Whether a speech form the gates let through (verb-gates.ts) reads as a verb where it stands: a form that
// is also a noun ("report", "claim") needs a verb's context (a pronoun, an auxiliary, a name or a closed quote
// before it, a clause after it); forms that count only after a quote or with a clause are checked here too.
import type { SpeechWord } from '../quote-marks/speech-words.js';
import { EVIDENCE_NOUNS, PLURAL_SUBJECTS } from '../../lexicon/cue-contexts.js';
import {
  AFTER_CLOSED_QUOTE, BE_BEFORE, CLAUSE_AFTER, DETERMINER, FIGURE_NOUN_OBJECT, FINAL_ATTRIBUTION_BEFORE, BARE_CLAUSE, FINAL_FORMS,
  JUST_AFTER_QUOTE, NAMED_VERB_OBJECT, OBJECT_RELATIVE, NAME_CLAUSE, NAME_THEN_CUE, SUBJECT_THEN_OBJECT, VERB_BEFORE, ASIDE_THEN_THAT,
} from './verb-contexts.js';
import { passiveComplement } from './impersonal-passive.js';
import { PARTICLES } from './verb-span-words.js';
import { sentenceCaseHeadline, titleLine, titlePromise } from './headline.js';
import { nounFrame, objectPronounAfter, verbBefore } from './noun-or-verb.js';
import { nameSubject } from './name-subject.js';
import { pluralRelative } from './plural-relative.js';
import { ingClause } from './ing-clause.js';
import { AS_NOT_DESCRIPTION } from './frames.js';
import { CAST_DOUBT } from './phrasal-frames.js';
import { isEvidenceRelative } from './verb-gates.js';
import { prepositionNoun, verbAfterStrandedIn } from './preposition-noun.js';
import { PERSON_ROLES } from '../../lexicon/roles.js';
import { ORGANIZATION_WORDS } from '../../lexicon/organisations.js';
import { POSSESSIVE_DETERMINERS } from '../../lexicon/pronouns.js';
import { alternation } from '../alternation.js';
import { coordinatedPresent } from './coordinated-verb.js';
import { verbAfterSubjectAdverb } from './subject-adverb.js';
import { OBJECT_NAMING_VERBS } from '../../lexicon/speech-verbs-stance.js';
import { pluralHeadClause, pluralHeadParticle } from './plural-head-clause.js';
import { evidenceHeadPhrase } from './evidence-head-phrase.js';
import { singularHeadClause } from './singular-head-clause.js';
import { rulingBody } from './ruling-holds.js';

// a name of one to three capitalised words, then the naming: a quote mark or "a"/"an" ("calls Ivo Berg ‘a disgrace’",
// "Calls Ivo Berg ‘A Disgrace’", "labels Ada Kim a liar"); "calls Ivo Berg every day" has no naming after the name
const NAME_THEN_NAMING = /^\s+(?:\p{Lu}[\p{L}.’'-]*\s+){0,2}\p{Lu}[\p{L}.’'-]*\s+(?:[‘“"']|(?:a|an|A|An)\s)/u;

const PROMISE_LEMMAS = /^(?:vow|promise|pledge)$/;
// "to" and a verb, or a quoted verb: not a determiner or pronoun ("pledges to the fund")
const PROMISE_TO = new RegExp(String.raw`^\s+to\s+['‘"“]?(?!(?:the|a|an|${alternation([...POSSESSIVE_DETERMINERS])}|this|that|these|those)\b)\p{Ll}`, 'u');
// an object of one to six words, then "as" and a description
const VIEWED_AS = new RegExp(String.raw`^\s+(?!as\b)(?:[\p{L}’'-]+\s+){1,6}?as\s+(?!(?:${AS_NOT_DESCRIPTION}|for|in|on|at)\b)`, 'u');

// a preposition right before the role or body noun: the noun is its object, not a subject
const PREPOSITION_BEFORE_BODY = /^(?:under|by|with|of|in|on|for|from|to|at|into|about|against|over|without)$/i;

/** Whether the speech form `w` (with `prev` and `next`, the forms around it in the text) is a verb cue in its context. */
export function readsAsVerb(text: string, w: SpeechWord, next: SpeechWord | undefined, prev?: SpeechWord): boolean {
  const { word, form, before, before2, before2At } = w;
  const at = w.start;
  // "“...,” Ann Lee continued." / "“...?” she asked": right after a closed quote and a short subject
  // the form attributes that quote, whatever else it could be
  const lead = text.slice(Math.max(0, at - 60), at);
  // "..., Aqualine estimates." / "..., the council fears.": a form that ends the sentence after a comma
  // and a short subject attributes the clause before it, like a closed quote
  const finalAttribution = FINAL_FORMS.test(form.lemma) && FINAL_ATTRIBUTION_BEFORE.test(lead) && /^\s*[.!?]/.test(text.slice(at + word.length, at + word.length + 3));
  const afterQuote = AFTER_CLOSED_QUOTE.test(lead) || JUST_AFTER_QUOTE.test(lead) || finalAttribution;
  // "read", "went on": cues only right after a quote, with or without a subject between
  if (form.afterQuoteOnly && !afterQuote) return false;
  if (form.lemma === 'go on' && !/^\s+on\b/.test(text.slice(at + word.length, at + word.length + 4))) return false;
  // "“...,” she continued." / "He continued: “...”": going on speaking; elsewhere "continue" goes on doing
  // ("The trial continues on Thursday", "continues to lead the field"; the chain "continued to criticize"
  // is read at its second verb)
  if (form.lemma === 'continue' && !afterQuote && !CLAUSE_AFTER.test(text.slice(at + word.length, at + word.length + 12))) return false;
  // "Having said that": an idiom, not speech
  if (/^having$/i.test(before) && word.toLowerCase() === 'said') return false;
  // "Amid calls for her resignation, ...", "Hopes of a deal faded": a preposition's plural object is a noun
  if (!afterQuote && prepositionNoun(text, w)) return false;
  // a form that is no noun needs no verb's context: what follows reads noun-like forms only (every speech
  // form of the text passes here, so the readings are not made for the others)
  if (!form.nounLike) return true;
  if (next !== undefined && next.start - (at + word.length) < 60 && NAME_THEN_CUE.test(text.slice(at + word.length, next.start))) return false;
  // "“We are ready,” Hope said": a capitalised noun-like form right before a plain speech verb is a name (outside a headline)
  if (next !== undefined && /^\p{Lu}\p{Ll}/u.test(word) && !next.form.nounLike && /^[ \t]+$/.test(text.slice(at + word.length, next.start)) && !titleLine(text, at)) return false;
  // "fares, which advocates say hurt pensioners", "reports say": a noun-like plural right before a plain speech verb is its subject
  // ("emails show", "records reveal": a record noun before an evidence verb is its subject too)
  if (next !== undefined && /s$/i.test(word) && ((!next.form.nounLike && !next.form.framed) || (next.form.group === 'evidence' && EVIDENCE_NOUNS.has(word.toLowerCase())))
    && /^[ \t]+$/.test(text.slice(at + word.length, next.start))) return false;
  const evidenceRelative = isEvidenceRelative(w);
  const named = nameSubject(text, w); // a capitalised word before the form as its subject ("Novak vows")
  // a progressive ("is backing", "are looking") is a verb whatever the form could also be
  const progressive = /ing$/i.test(word) && BE_BEFORE.test(before);
  const finding = (form.group === 'evidence' && EVIDENCE_NOUNS.has(before.toLowerCase())) || evidenceRelative;
  // "is thought to have", "was claimed that", "it is thought the fire started": a passive participle with its complement (impersonal-passive.ts)
  const passive = BE_BEFORE.test(before) && /(?:ed|ght|wn|en)$/i.test(word) && passiveComplement(text, at, at + word.length);
  // "the ministry estimates the cost at ...", "the company disputes the account": after a determiner and a bare
  // noun, a form in -s with an object right after it is the noun's verb (a noun compound has its verb next instead)
  // (the determiner may be a possessive: "the nurses' union doubts the plan", "the city's board expects a"; and
  // the past "forecast" with a figure's noun: "the company forecast revenue of $2 billion")
  const determined = DETERMINER.test(before2) || /^(?:['’]s?)$/.test(text.slice(before2At + before2.length, before2At + before2.length + 1)) || /['’]s$/.test(before2);
  const objectAfter = SUBJECT_THEN_OBJECT.test(text.slice(at + word.length, at + word.length + 8))
    || (FINAL_FORMS.test(form.lemma) && BARE_CLAUSE.test(text.slice(at + word.length, at + word.length + 60)))
    || (word === 'forecast' && FIGURE_NOUN_OBJECT.test(text.slice(at + word.length, at + word.length + 40)));
  // (a form that is not a final-attribution verb is more often a plural noun there, so a relative clause with no
  // "that" after it keeps it a noun: "the renewed calls the union made"; the final forms take a clause with no
  // "that" as often: "the agency estimates the cost reached $5 million")
  const nounSubject = (/s$/i.test(word) || word === 'forecast') && determined && /^\p{Ll}+$/u.test(before) && objectAfter
    && (FINAL_FORMS.test(form.lemma) || !OBJECT_RELATIVE.test(text.slice(at + word.length, at + word.length + 40)));
  // "the council plans to vote", "she hopes to win": an intention with its infinitive is a verb
  // (a noun would follow a determiner: "his plans to build", left out above)
  // (a liking with its infinitive too: "his nephew likes to paint", "critics love to say"; not "favors to old
  // friends", where "to" opens a noun's complement)
  const intends = (form.group === 'intent' || /^(?:hope|like|love|hate|prefer)$/.test(form.lemma)) && /^\s+to\s+\p{Ll}/u.test(text.slice(at + word.length, at + word.length + 6));
  // "Ada Kim vows to clean house", "Kim wins primary, promises to 'clean house'": a promise in -s with its infinitive after
  // a name, or after a headline's comma (its subject elided), is the verb ("campaign promises to cut taxes" stays a noun)
  // (in a Title Case headline the infinitive's verb is capitalised too: "Mayor Vows to Cut Fares", headline.ts titlePromise)
  const promisesTo = PROMISE_LEMMAS.test(form.lemma) && /s$/.test(word)
    && (PROMISE_TO.test(text.slice(at + word.length, at + word.length + 8)) || titlePromise(text, at, at + word.length))
    && (named || (/\p{Ll},[ \t]$/u.test(text.slice(at - 3, at)) && sentenceCaseHeadline(text, at)));
  // "the league views Ida Lind as an outsider", "some view the plan as a betrayal": a view with its object and "as"
  // is the verb ("his views as a senator" has no object between)
  const viewedAs = form.lemma === 'view' && VIEWED_AS.test(text.slice(at + word.length, at + word.length + 64));
  // "The audit casts fresh doubt over the deal": the idiom is the verb's (phrasal-frames.ts CAST_DOUBT), not the noun "cast"
  const castDoubt = form.lemma === 'cast' && CAST_DOUBT.test(text.slice(at + word.length, at + word.length + 40));
  const next12 = text.slice(at + word.length, at + word.length + 12);
  // an object, a clause or the lemma's own particle right after the form (read only when the words before ask for it)
  // (a naming verb may take a name as its object before what it names it: "Ana Ruiz calls Ivo Berg ‘a disgrace’")
  const objectNext = (): boolean => NAMED_VERB_OBJECT.test(next12) || PARTICLES[form.lemma]?.test(next12) === true
    || (OBJECT_NAMING_VERBS.has(form.lemma) && NAME_THEN_NAMING.test(text.slice(at + word.length, at + word.length + 60)))
    // (a final-attribution form may take a name's clause, "Reuters reports Acme will cut jobs"; any form its "that" after an aside)
    || (FINAL_FORMS.test(form.lemma) && NAME_CLAUSE.test(text.slice(at + word.length, at + word.length + 60))) || ASIDE_THEN_THAT.test(text.slice(at + word.length, at + word.length + 80));
  // "Ida Strand claims the bridge is safe", "Ana Ruiz vows to stay": after a name, a speech form in -s with
  // a clause or an object right after it is the name's verb ("Strand comments start at noon" is a noun compound)
  // ("Ida Strand calls for calm", "Lee calls on voters to ...": the lemma's own particle is a verb's frame too)
  const namedSays = named && form.group === 'speech' && /s$/.test(word) && objectNext();
  // "Former board chairman calls for an audit", "The union calls the offer an insult", "Regional court rules against the
  // permit": after a singular noun of a role or a body, a form in -s with an object, a clause or its particle after it is
  // that noun's verb (the roles and bodies are the speaker lexicons' own lists)
  // (not after a preposition, whose object the noun is: "Under court rules against hoarding, ...", "by party calls for unity";
  // a court's "rules against" only where the court opens its clause: ruling-holds.ts rulingBody)
  const bodySays = /s$/.test(word) && !/s$/.test(before) && (PERSON_ROLES.has(before.toLowerCase()) || ORGANIZATION_WORDS.has(before.toLowerCase()))
    && !PREPOSITION_BEFORE_BODY.test(before2) && objectNext() && (form.lemma !== 'rule' || rulingBody(text, at, word));
  // "the reality show “Dune Kitchen”", "states that border the lake", "the Harbor plan is": a noun's frame
  if (!afterQuote && !progressive && !passive && !bodySays && nounFrame(text, w)) return false;
  // ("The Harbour Board reports that track spending": a relative clause with a plural verb after a body's noun; noun-or-verb.ts)
  if (!afterQuote && bodySays && pluralRelative(text, w)) return false;
  if (!progressive && !passive && !nounSubject && !finding && !afterQuote && !intends && !promisesTo && !viewedAs && !castDoubt && !bodySays && !(named && form.group !== "speech") && !namedSays && !ingClause(text, w) && !VERB_BEFORE.test(before) && !PLURAL_SUBJECTS.has(before.toLowerCase()) && !verbBefore(text, w) && !objectPronounAfter(text, w) && !CLAUSE_AFTER.test(next12)
    // ("Economists at the bank estimate growth will slow", "Shop owners point to the closure": a clause, or the form's own
    // particle, after a plural head; plural-head-clause.ts)
    && !pluralHeadClause(text, w) && !pluralHeadParticle(text, w)
    // ("Polls in the state show Ruiz ahead", "The regional housing agency estimates 12,000 homes were built": a clause after
    // an evidence noun's phrase or a singular head; evidence-head-phrase.ts, singular-head-clause.ts)
    && !evidenceHeadPhrase(text, w) && !singularHeadClause(text, w)
    // ("defends the plan and calls for a vote": a present verb joined to the speech verb before it; coordinated-verb.ts)
    && !coordinatedPresent(text, w, prev)
    // ("The coach now claims ...", "Some economists, however, question ...": an adverb after the subject; subject-adverb.ts)
    && !verbAfterSubjectAdverb(text, w)
    // ("The town she grew up in remarks how quiet it is": preposition-noun.ts)
    && !verbAfterStrandedIn(text, w)) return false;
  return true;
}
