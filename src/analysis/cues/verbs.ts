// Speech verbs from the lexicon, in every form, outside quotes. A form that is also a common noun
// ("report", "claim") counts only in a verb's context: after a pronoun, an auxiliary or an adverb,
// or before "that" or a quotation. Any form right after a determiner is a noun ("the report"). The cue's
// span around a form that passes is read in verb-span.ts.
import type { Cue } from '../../types.js';
import type { SpeechWord } from '../quote-marks/speech-words.js';
import { ASPECT_VERBS, EVIDENCE_NOUNS, PREPOSITION_FORMS } from '../../lexicon/cue-contexts.js';
import {
  AFTER_CLOSED_QUOTE, BE_BEFORE, BE_THEN_ADVERBS, chainStart, CLAUSE_AFTER, COUNT_WORD, DEMONSTRATIVE, DETERMINER, FIGURE_NOUN_OBJECT,
  FINAL_ATTRIBUTION_BEFORE, FINAL_FORMS, IMPERSONAL, IMPERSONAL_CLAUSE, JUST_AFTER_QUOTE, KNOWN_DEGREE, NAME_THEN_CUE, PARTICLES,
  PEOPLE_BEFORE, PRONOUN_OR_AUX, QUANTIFIER, SENTENCE_OPENING, THANKS_TO, VERB_BEFORE, titleLine,
} from './verb-contexts.js';
import { ingClause, nameSubject, nounFrame, objectPronounAfter, verbBefore } from './noun-or-verb.js';
import { actNotSpeech } from './acts.js';
import { describesNoun } from './participles.js';
import { missingFrame, NAMED_VERB_OBJECT, PASSIVE_COMPLEMENT, SUBJECT_THEN_OBJECT } from './frames.js';
import { cueEnd, cueStart } from './verb-span.js';

export function findVerbCues(text: string, words: readonly SpeechWord[], inside: (at: number) => boolean): Cue[] {
  const out: Cue[] = [];
  for (const [i, w] of words.entries()) {
    const { word, form, before, before2, before2At, joined } = w;
    const at = w.start;
    if (inside(at)) continue;
    // "see X as Y", "looks to build": lemmas that are cues only in their frame (frames.ts); checked
    // first, since these forms ("saw", "put", "played") are common words that are mostly no cue
    if (missingFrame(form.lemma, word, text, at + word.length)) continue;
    // ("known" only as a passive: "is best known for", not "a group known as X")
    const knownDegree = form.lemma === 'know' && KNOWN_DEGREE.test(before);
    if (form.lemma === 'know' && !knownDegree && !BE_THEN_ADVERBS.test(text.slice(Math.max(0, at - 40), at))) continue;
    const needsContext = form.nounLike;
    // a form already read into the cue before it ("reported back", "hit back at") is no cue of its own
    if ((out[out.length - 1]?.end ?? -1) > at) continue;
    // "the senator like(s) ...": as a preposition ("critics like Ann Lee") the form is no verb;
    // it counts only right after a pronoun or an auxiliary ("they like", "would like")
    if (PREPOSITION_FORMS.has(word.toLowerCase()) && !PRONOUN_OR_AUX.test(before)) continue;
    // (a demonstrative before a form that is no noun is a pronoun subject or a relative: "that suggests",
    // "records that reveal"; but "That said," is an idiom)
    // ("polls that show", "records that show": after an evidence noun, "that" is the relative, the form a finding)
    const evidenceRelative = form.group === 'evidence' && /^that$/i.test(before) && EVIDENCE_NOUNS.has(before2.toLowerCase());
    const pronounSubject = (!needsContext || evidenceRelative) && DEMONSTRATIVE.test(before) && !/^said,/i.test(text.slice(at, at + 5));
    // ("was first reported", "has last said": after "be" or "have", "first" and "last" are adverbs)
    const adverbFirst = /^(?:first|last)$/i.test(before) && /^(?:is|are|was|were|be|been|has|have|had)$/i.test(before2);
    // (a determiner only right before the form: '“No,” said a spokeswoman' has a quote's end between them)
    const determinerNext = DETERMINER.test(before) && /^\s+$/.test(text.slice(text.lastIndexOf(before, at - 1) + before.length, at));
    if ((determinerNext && !pronounSubject && !adverbFirst) || (needsContext && QUANTIFIER.test(before) && !verbBefore(text, w))) continue;
    // "four states that border it", "in 12 states that", "two reports that": after a count, a form that is
    // also a plural noun is that noun, and "that" opens its relative clause
    if (needsContext && (COUNT_WORD.test(before) || /\p{N}[ \t]+$/u.test(text.slice(Math.max(0, at - 3), at)))) continue;
    // "thanks to the storm", "thanks in great part to": a compound preposition, nobody thanks anyone
    if (form.lemma === 'thank' && THANKS_TO.test(text.slice(at + word.length, at + word.length + 32))) continue;
    // a capitalised form after a capitalised word is part of a name ("The Harbor Post")
    // (except in a headline in Title Case: "Harbor Mayor Says Bridge Will Open")
    if (/^\p{Lu}/u.test(word) && /^\p{Lu}/u.test(before) && !/[.!?:"“”]\s*$/.test(text.slice(Math.max(0, at - 3), at)) && !titleLine(text, at)) continue;
    // "the Department of State", "Secretary of State": a capitalised form after "of" is a name word
    if (/^\p{Lu}/u.test(word) && before === 'of') continue;
    // "Say you earn $40,000.", "Tell your mayor what you think.", "Think tank Norbridge said ...": a bare
    // form opening a sentence is an imperative (the writer's) or a noun's modifier, never someone's report
    // (a noun of stance with its complement stays: "Support for the plan has grown")
    if (/^\p{Lu}\p{Ll}/u.test(word) && word.toLowerCase() === form.lemma && SENTENCE_OPENING.test(text.slice(Math.max(0, at - 4), at)) && !titleLine(text, at)
      && !(needsContext && /^\s+(?:for|of|from|among)\b/i.test(text.slice(at + word.length, at + word.length + 8)))) continue;
    // "(think Ivo Sarn in 1988)", "(see page 4)": a bare form opening a parenthesis is the writer's aside
    if (word.toLowerCase() === form.lemma && /\(\s*$/.test(text.slice(Math.max(0, at - 3), at))) continue;
    // "WARNING: flashing lights", "UPDATE:": a capitalised label before a colon, not a verb
    if (/^\p{Lu}{2,}$/u.test(word) && text[at + word.length] === ':' && !titleLine(text, at)) continue;
    // "he told applauding fans": an -ing form right after a speech verb modifies that verb's object
    const prevWord = words[i - 1];
    if (/ing$/i.test(word) && prevWord !== undefined && /^[ \t]+$/.test(text.slice(prevWord.end, at)) && /^[ \t]+\p{Ll}+s\b/u.test(text.slice(at + word.length, at + word.length + 30))) continue;
    // "Asked about the plan, she said ...": the participle frames a question of its own (annotated news
    // counts it, with nobody named as the asker); "said" stays the cue of the main clause
    if (word === 'Asked' && /^\s+(?:by|for)\b/.test(text.slice(at + 5, at + 10))) continue;
    // ("It is understood that ...", "it was revealed on Tuesday that ...": with its clause the impersonal
    // passive reports a claim whose source is left unnamed, as annotated news marks it)
    if (IMPERSONAL.test(text.slice(Math.max(0, at - 30), at)) && !IMPERSONAL_CLAUSE.test(text.slice(at + word.length, at + word.length + 40))) continue;
    // an infinitive ("vowed to build", "wants to respond to") belongs to the clause around it;
    // as cues they cost more speakers and cues than the quotes they find (measured on PolNeAR dev)
    // except after a verb of going on or starting ("continued to criticize", "began to question"): the
    // cue is the whole chain, as annotated news marks it
    const aspect = /^to$/i.test(before) && ASPECT_VERBS.has(before2.toLowerCase()) && /^\s+to\s+$/i.test(text.slice(before2At + before2.length, at));
    // "went on to thank", "took to social media to say": the chain's first verb heads the cue (CHAIN_TO_SPEECH)
    const chainAt = /^to$/i.test(before) && !aspect ? chainStart(text, at) : -1;
    if (/^to$/i.test(before) && !aspect && chainAt < 0) continue;
    // acts, not speech: the same verbs with an object or frame that makes them a deed (acts.ts)
    if (actNotSpeech(text, w)) continue;
    // participles that describe a noun: adjectives, reduced relatives and passives (participles.ts)
    if (describesNoun(text, w)) continue;
    // "must-do list", "tell-all book", "self-described": a form inside a hyphenated compound is no verb
    // (a prefix like "co-" or "re-" still makes one: "co-wrote", "re-posted")
    if (joined || /^-\p{L}/u.test(text.slice(at + word.length, at + word.length + 2))) continue;
    // "the judge’s alleged error": after a possessive the form modifies a noun ("he’s said" is a contraction)
    if (/['’]s$/i.test(before) && !/^(?:he|she|it|that|there|who|what|here|where|one)['’]s$/i.test(before)) continue;
    // "so-called": an adjective
    if (/so-$/i.test(text.slice(Math.max(0, at - 3), at))) continue;
    const named = nameSubject(text, w); // a capitalised word before the form as its subject ("Novak vows")
    // a progressive ("is backing", "are looking") is a verb whatever the form could also be
    const progressive = /ing$/i.test(word) && BE_BEFORE.test(before);
    const finding = (form.group === 'evidence' && EVIDENCE_NOUNS.has(before.toLowerCase())) || evidenceRelative;
    // "is thought to have", "was claimed that": a passive participle with its complement (frames.ts)
    const passive = BE_BEFORE.test(before) && PASSIVE_COMPLEMENT.test(text.slice(at + word.length, at + word.length + 8)) && /(?:ed|ght|wn|en)$/i.test(word);
    // "the ministry estimates the cost at ...": after a determiner and a bare noun, a final-attribution
    // form with an object right after it is the noun's verb (a noun compound has its verb next instead)
    // (the determiner may be a possessive: "the nurses' union doubts the plan", "the city's board expects a"; and
    // the past "forecast" with a figure's noun: "the company forecast revenue of $2 billion")
    const determined = DETERMINER.test(before2) || /^(?:['’]s?)$/.test(text.slice(before2At + before2.length, before2At + before2.length + 1)) || /['’]s$/.test(before2);
    const objectAfter = SUBJECT_THEN_OBJECT.test(text.slice(at + word.length, at + word.length + 8))
      || (word === 'forecast' && FIGURE_NOUN_OBJECT.test(text.slice(at + word.length, at + word.length + 40)));
    const nounSubject = FINAL_FORMS.test(form.lemma) && (/s$/i.test(word) || word === 'forecast') && determined && /^\p{Ll}+$/u.test(before) && objectAfter;
    // "the council plans to vote", "she hopes to win": an intention with its infinitive is a verb
    // (a noun would follow a determiner: "his plans to build", left out above)
    const intends = (form.group === 'intent' || form.lemma === 'hope') && /^\s+to\s+\p{Ll}/u.test(text.slice(at + word.length, at + word.length + 6));
    // "“...,” Ann Lee continued." / "“...?” she asked": right after a closed quote and a short subject
    // the form attributes that quote, whatever else it could be
    const lead = text.slice(Math.max(0, at - 60), at);
    // "..., Aqualine estimates." / "..., the council fears.": a form that ends the sentence after a comma
    // and a short subject attributes the clause before it, like a closed quote
    const finalAttribution = FINAL_FORMS.test(form.lemma) && FINAL_ATTRIBUTION_BEFORE.test(lead) && /^\s*[.!?]/.test(text.slice(at + word.length, at + word.length + 3));
    const afterQuote = AFTER_CLOSED_QUOTE.test(lead) || JUST_AFTER_QUOTE.test(lead) || finalAttribution;
    // "read", "went on": cues only right after a quote, with or without a subject between
    if (form.afterQuoteOnly && !afterQuote) continue;
    if (form.lemma === 'go on' && !/^\s+on\b/.test(text.slice(at + word.length, at + word.length + 4))) continue;
    // "“...,” she continued." / "He continued: “...”": going on speaking; elsewhere "continue" goes on doing
    // ("The trial continues on Thursday", "continues to lead the field"; the chain "continued to criticize"
    // is read at its second verb)
    if (form.lemma === 'continue' && !afterQuote && !CLAUSE_AFTER.test(text.slice(at + word.length, at + word.length + 12))) continue;
    const next = words[i + 1];
    if (needsContext && next !== undefined && next.start - (at + word.length) < 60 && NAME_THEN_CUE.test(text.slice(at + word.length, next.start))) continue;
    // "“We are ready,” Hope said": a capitalised noun-like form right before a plain speech verb is a name (outside a headline)
    if (needsContext && next !== undefined && /^\p{Lu}\p{Ll}/u.test(word) && !next.form.nounLike && /^[ \t]+$/.test(text.slice(at + word.length, next.start)) && !titleLine(text, at)) continue;
    // "which advocates say burdens commuters", "reports say": a noun-like plural right before a plain speech verb is its subject
    // ("emails show", "records reveal": a record noun before an evidence verb is its subject too)
    if (needsContext && next !== undefined && /s$/i.test(word) && ((!next.form.nounLike && !next.form.framed) || (next.form.group === 'evidence' && EVIDENCE_NOUNS.has(word.toLowerCase())))
      && /^[ \t]+$/.test(text.slice(at + word.length, next.start))) continue;
    // "Ida Strand claims the bridge is safe", "Ana Ruiz vows to stay": after a name, a speech form in -s with
    // a clause or an object right after it is the name's verb ("Strand comments start at noon" is a noun compound)
    // ("Ida Strand calls for calm", "Lee calls on voters to ...": the lemma's own particle is a verb's frame too)
    const namedSays = named && form.group === 'speech' && /s$/.test(word)
      && (NAMED_VERB_OBJECT.test(text.slice(at + word.length, at + word.length + 12)) || PARTICLES[form.lemma]?.test(text.slice(at + word.length, at + word.length + 12)) === true);
    // "the reality show “Dune Kitchen”", "states that border the lake", "the Harbor plan is": a noun's frame
    if (needsContext && !afterQuote && !progressive && !passive && nounFrame(text, w)) continue;
    if (needsContext && !progressive && !passive && !nounSubject && !finding && !afterQuote && !intends && !(named && form.group !== "speech") && !namedSays && !ingClause(text, w) && !VERB_BEFORE.test(before) && !PEOPLE_BEFORE.test(before) && !verbBefore(text, w) && !objectPronounAfter(text, w) && !CLAUSE_AFTER.test(text.slice(at + word.length, at + word.length + 12))) continue;
    // "Having said that": an idiom, not speech
    if (/^having$/i.test(before) && word.toLowerCase() === 'said') continue;
    // ("is best known for": the degree word before "known" is the cue's, as an -ly adverb would be)
    const degree = knownDegree && text.slice(at - before.length - 1, at) === `${before} `;
    const head = aspect ? before2At : chainAt >= 0 ? chainAt : degree ? at - before.length - 1 : at;
    if (aspect && (out[out.length - 1]?.end ?? -1) > before2At) out.pop(); // "continued" alone was taken as a cue
    const start = cueStart(text, head);
    const end = cueEnd(text, at, word, form.lemma);
    out.push({ text: text.slice(start, end), start, end, lemma: form.lemma, kind: 'verb' });
  }
  return out;
}
