// The gates of the verb pass that rule a speech form out whatever its sentence: a frame the lemma needs
// and lacks, a noun after a determiner or a count, a name word, an imperative or a label, an idiom, an act,
// a participle that describes a noun, a compound. Each gate says why; the verb pass (verbs.ts) runs them
// before it reads the form's verb context (verb-reading.ts).
import type { SpeechWord } from '../quote-marks/speech-words.js';
import { EVIDENCE_NOUNS, PREPOSITION_FORMS } from '../../lexicon/cue-contexts.js';
import {
  BE_THEN_ADVERBS, COUNT_DETERMINER, DEMONSTRATIVE, DETERMINER, KNOWN_DEGREE, PRONOUN_OR_AUX, QUANTIFIER,
  SENTENCE_OPENING, THANKS_TO, NAMED_VERB_OBJECT,
} from './verb-contexts.js';
import { titleLine, titlePromise } from './headline.js';
import { verbBefore } from './noun-or-verb.js';
import { actNotSpeech } from './acts.js';
import { describesNoun } from './participles.js';
import { absoluteWith } from './absolute-with.js';
import { impersonalClause, passiveComplement } from './impersonal-passive.js';
import { notRetort } from './retort.js';
import { contactClauseVerb } from './contact-clause.js';
import { objectRelativeVerb } from './object-relative-verb.js';
import { personObjectRelative } from './person-object-relative.js';
import { convenedPassive } from './convened-passive.js';
import { postponedPassive } from './postponed-passive.js';
import { missingFrame } from './frames.js';
import { askedByQuestion } from './asked-by.js';
import { perfectCoordinated } from './perfect-coordinated.js';
import { feelingAsAdjective } from './caused-feeling-frame.js';
import { possessiveModifier } from './possessive-modifier.js';

// a capitalised word after "Said", then the rest of the sentence with no quotation mark or colon
const SAID_AS_NAME = /^[ \t]+\p{Lu}\p{Ll}[^.!?:“”"‘«»]*(?:[.!?]|$)/u;

/** "polls that show", "records that show": after an evidence noun, "that" is the relative, the form a finding. */
export function isEvidenceRelative(w: SpeechWord): boolean {
  return w.form.group === 'evidence' && /^that$/i.test(w.before) && EVIDENCE_NOUNS.has(w.before2.toLowerCase());
}

/** Whether the speech form `w` (after `prevWord`, the form before it in the text) is no cue wherever it stands. */
export function ruledOut(text: string, w: SpeechWord, prevWord: SpeechWord | undefined): boolean {
  const { word, form, before, before2, joined } = w;
  const at = w.start;
  // "see X as Y", "looks to build": lemmas that are cues only in their frame (frames.ts); checked
  // first, since these forms ("saw", "put", "played") are common words that are mostly no cue
  if (missingFrame(form.lemma, word, text, at + word.length)) return true;
  // ("Residents were surprised the pier closed": a verb of causing a feeling as the feeler's adjective; caused-feeling-frame.ts)
  if (feelingAsAdjective(w)) return true;
  // ("fired back" is a retort only next to the words that came back: retort.ts)
  if (notRetort(text, w)) return true;
  // (the verb of a contact clause: "Growers I spoke to said", contact-clause.ts; "The tweets she posted were", object-relative-verb.ts)
  if (contactClauseVerb(text, w) || objectRelativeVerb(text, w)) return true;
  // ("The witness, whom police questioned, said": the clause's verb takes the person as its object; person-object-relative.ts)
  if (personObjectRelative(text, w)) return true;
  // ("a snap election was called for June": convening, not saying; convened-passive.ts)
  if (convenedPassive(text, w)) return true;
  // ("The final was pushed back on Friday": postponing, not a stance; postponed-passive.ts)
  if (postponedPassive(text, w)) return true;
  // ("known" only as a passive: "is best known for", not "a group known as X")
  const knownDegree = form.lemma === 'know' && KNOWN_DEGREE.test(before);
  if (form.lemma === 'know' && !knownDegree && !BE_THEN_ADVERBS.test(text.slice(Math.max(0, at - 40), at))) return true;
  // ("rumoured" only as a passive with "to", "that" or an impersonal clause: "is rumoured to", lexicon/speech-verbs-mind.ts)
  if (form.lemma === 'rumour' && !(BE_THEN_ADVERBS.test(text.slice(Math.max(0, at - 40), at)) && passiveComplement(text, at, at + word.length))) return true;
  const needsContext = form.nounLike;
  // "the senator like(s) ...": as a preposition ("critics like Ann Lee") the form is no verb;
  // it counts only right after a pronoun or an auxiliary ("they like", "would like")
  // (the preposition never takes "to" and a verb: "critics like to say" is the verb)
  if (PREPOSITION_FORMS.has(word.toLowerCase()) && !PRONOUN_OR_AUX.test(before) && !/^\s+to\s+\p{Ll}/u.test(text.slice(at + word.length, at + word.length + 6))) return true;
  // (a demonstrative before a form that is no noun is a pronoun subject or a relative: "that suggests",
  // "records that reveal"; but "That said," is an idiom)
  const evidenceRelative = isEvidenceRelative(w);
  const pronounSubject = (!needsContext || evidenceRelative) && DEMONSTRATIVE.test(before) && !/^said,/i.test(text.slice(at, at + 5));
  // ("was first reported", "has last said": after "be" or "have", "first" and "last" are adverbs)
  // ("Police first said", "Ida Lind last spoke to", "The council first claimed": after a subject, "first" and "last"
  // are adverbs too; a determiner, a possessive or a preposition before them makes them the noun's ("the first
  // reported case", "in its first report"), and a noun-like form after them is that noun ("first reports said"))
  const adverbFirst = /^(?:first|last)$/i.test(before) && (/^(?:is|are|was|were|be|been|has|have|had)$/i.test(before2)
    || (before2 !== '' && !DETERMINER.test(before2) && !/^(?:of|in|on|for|at|by|with|from|to|into|over|after|before|since|'s|’s)$/i.test(before2)
      && !/['’]s?$/.test(before2) && (!form.nounLike || /ed$/i.test(word))));
  // (a determiner only right before the form: '“No,” said a spokeswoman' has a quote's end between them)
  const determinerNext = DETERMINER.test(before) && /^\s+$/.test(text.slice(text.lastIndexOf(before, at - 1) + before.length, at));
  if ((determinerNext && !pronounSubject && !adverbFirst) || (needsContext && QUANTIFIER.test(before) && !verbBefore(text, w))) return true;
  // "four states that border it", "in 12 states that", "two reports that": after a count, a form that is
  // also a plural noun is that noun, and "that" opens its relative clause
  if (needsContext && (COUNT_DETERMINER.test(before) || /\p{N}[ \t]+$/u.test(text.slice(Math.max(0, at - 3), at)))) return true;
  // "won with 58% support: ...", "has 40 percent backing.": so after a share, a form with no object is what the share measures
  // (with one it is the verb of the share as its subject: "but 40 percent blame the council")
  if (needsContext && (/%[ \t]+$/.test(text.slice(Math.max(0, at - 3), at)) || /\bper[ \t]*cent[ \t]+$/i.test(text.slice(Math.max(0, at - 10), at)))
    && !NAMED_VERB_OBJECT.test(text.slice(at + word.length, at + word.length + 12))) return true;
  // "thanks to the storm", "thanks in great part to": a compound preposition, nobody thanks anyone
  if (form.lemma === 'thank' && THANKS_TO.test(text.slice(at + word.length, at + word.length + 32))) return true;
  // a capitalised form after a capitalised word is part of a name ("The Harbor Post")
  // (except in a headline in Title Case: "Harbor Mayor Says Bridge Will Open")
  // (or a promise with its capitalised infinitive in one that leaves its short words in lower case: "Mayor Vows to Cut Fares")
  if (/^\p{Lu}/u.test(word) && /^\p{Lu}/u.test(before) && !/[.!?:"“”]\s*$/.test(text.slice(Math.max(0, at - 3), at)) && !titleLine(text, at)
    && !(/^(?:vow|promise|pledge)$/.test(form.lemma) && titlePromise(text, at, at + word.length))) return true;
  // "the Department of State", "Secretary of State": a capitalised form after "of" is a name word
  if (/^\p{Lu}/u.test(word) && before === 'of') return true;
  // "secretary of state Ann Lee", "a point of note": after "of" a noun-like form (not a gerund) is the noun
  if (form.nounLike && /^of$/i.test(before) && !/ing$/i.test(word)) return true;
  // "that kind of thinking", "this line of reasoning", "a way of thinking": after a word of manner and "of" the -ing form
  // is the noun the phrase names, a habit of mind nobody voices here
  if (/ing$/i.test(word) && /^of$/i.test(before) && /^(?:kind|kinds|sort|sorts|type|types|line|lines|way|ways|mode|school|pattern)$/i.test(before2)) return true;
  // "Say you earn $40,000.", "Tell your mayor what you think.", "Think tank Norbridge said ...": a bare
  // form opening a sentence is an imperative (the writer's) or a noun's modifier, never someone's report
  // (a noun of stance with its complement stays: "Support for the plan has grown")
  if (/^\p{Lu}\p{Ll}/u.test(word) && word.toLowerCase() === form.lemma && SENTENCE_OPENING.test(text.slice(Math.max(0, at - 4), at)) && !titleLine(text, at)
    && !(needsContext && /^\s+(?:for|of|from|among)\b/i.test(text.slice(at + word.length, at + word.length + 8)))) return true;
  // "Said Omrani, the keeper, saved twice.": "Said" opening a sentence before a capitalised word, with no quotation mark or
  // colon in the sentence, is a first name (an inverted "Said Ida Lind: ..." or '“...,” said' brings its quote)
  if (word === 'Said' && SENTENCE_OPENING.test(text.slice(Math.max(0, at - 4), at)) && SAID_AS_NAME.test(text.slice(at + 4, at + 300))) return true;
  // "Now tell me who pays.", "So say the voters": after an opening "Now/So/Just/Please/Then" a bare form is the
  // writer's imperative too; so after an opening conjunction ("Or consider the ferry tax, which ...", "But think of the
  // cost"): no subject stands between the conjunction and the form, so nobody but the reader is asked to do it
  if (word.toLowerCase() === form.lemma && /^(?:Now|So|Just|Please|Then|And|But|Or|Yet)$/.test(before) && /^\p{Ll}/u.test(word)
    && SENTENCE_OPENING.test(text.slice(Math.max(0, at - before.length - 5), at - before.length - 1))) return true;
  // "(think Ivo Sarn in 1988)", "(see page 4)": a bare form opening a parenthesis is the writer's aside
  if (word.toLowerCase() === form.lemma && /\(\s*$/.test(text.slice(Math.max(0, at - 3), at))) return true;
  // "WARNING: flashing lights", "UPDATE:": a capitalised label before a colon, not a verb
  if (/^\p{Lu}{2,}$/u.test(word) && text[at + word.length] === ':' && !titleLine(text, at)) return true;
  // "he told applauding fans": an -ing form right after a speech verb modifies that verb's object
  if (/ing$/i.test(word) && prevWord !== undefined && /^[ \t]+$/.test(text.slice(prevWord.end, at)) && /^[ \t]+\p{Ll}+s\b/u.test(text.slice(at + word.length, at + word.length + 30))) return true;
  // "Asked about the plan, she said ...": the participle frames a question of its own (annotated news
  // counts it, with nobody named as the asker); "said" stays the cue of the main clause
  // ("Asked by reporters whether ...": the asker named, the question after: asked-by.ts)
  if (word === 'Asked' && /^\s+(?:by|for)\b/.test(text.slice(at + 5, at + 10)) && askedByQuestion(text, at, at + 5) < 0) return true;
  // ("It is understood that ...", "it was revealed on Tuesday that ...": with its clause the impersonal
  // passive reports a claim whose source is left unnamed, as annotated news marks it)
  if (impersonalClause(text, at, at + word.length) === -1) return true;
  // acts, not speech: the same verbs with an object or frame that makes them a deed (acts.ts)
  if (actNotSpeech(text, w)) return true;
  // ("says it has hired 90 drivers and offered bonuses": the second participle of the reported perfect; perfect-coordinated.ts)
  if (perfectCoordinated(text, w, prevWord)) return true;
  // participles that describe a noun: adjectives, reduced relatives and passives (participles.ts)
  if (describesNoun(text, w)) return true;
  // "..., with 38% opposed.": a past form closing an absolute "with" phrase (absolute-with.ts)
  if (absoluteWith(text, w)) return true;
  // "must-do list", "tell-all book", "self-described": a form inside a hyphenated compound is no verb
  // (a prefix like "co-" or "re-" still makes one: "co-wrote", "re-posted")
  if (joined || /^-\p{L}/u.test(text.slice(at + word.length, at + word.length + 2))) return true;
  // ("the judge’s alleged error": after a possessive the form modifies a noun; possessive-modifier.ts)
  if (possessiveModifier(text, w)) return true;
  // "so-called": an adjective
  if (/so-$/i.test(text.slice(Math.max(0, at - 3), at))) return true;
  return false;
}
