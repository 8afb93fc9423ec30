// Speakers found without a subject right before the cue: the subject of the sentence ("He scolded
// X, mocked Y") and the antecedent of a relative pronoun ("Ann Lee, who says ...", relative-subject.ts); and when the
// subject before a cue is no speaker at all (passive and raising cues, see lexicon/non-speaker-subjects.ts). Which
// attribution a participle or coordinated cue continues ("X said A, adding B") is continued-draft.ts.
import type { Cue, Mention } from '../../types.js';
import type { Ctx } from './cue-context.js';
import { stripAux, type Range } from './positions.js';
import { phraseAfter } from './phrase-after.js';
import { speakerIn } from './speaker.js';
import { agentAfter } from './speaker-agent.js';
import { fromMention, mentionsIn, NO_SPEAKER, type SpeakerFields } from './speaker-fields.js';
import { PREPOSITION_OBJECT_BEFORE } from '../speakers/preposition-object.js';
import { pairSpeaker } from './speaker-pairs.js';
import { documentBeforeAside } from './speaker-aside.js';
import { cueVoice, type Voice } from './speaker-voice.js';
import { listenerPassive, reducedPassive } from './reduced-passive.js';
import { relativeSubject } from './relative-subject.js';
import { closedWhoseStart, whoseSubject } from './whose-subject.js';
import { whatSubject } from './what-subject.js';
import { withSubject } from './speaker-with.js';
import { DATELINE, openingClauseSubject } from './speaker-opening.js';
import { frontedClauseEnd } from './speaker-fronted.js';
import { alternation } from '../alternation.js';
import { GERUND_LEAD_PREPOSITIONS, NOUN_FRAME_PREPOSITIONS } from '../../lexicon/prepositions.js';
import { PERSON_SUBJECT_PRONOUNS, POSSESSIVE_DETERMINERS } from '../../lexicon/pronouns.js';
import { PASSIVE_BY } from './passive-by.js';
import { infinitiveSubject } from './infinitive-subject.js';
import { PLURAL_END } from '../../lexicon/plurals.js';

const NOUN_AFTER = new RegExp(String.raw`\b(?:${alternation(NOUN_FRAME_PREPOSITIONS)})\s+(?:the\s+|new\s+|fresh\s+)?$`, 'i');
const PLURAL_CUE = new RegExp(String.raw`^\p{Ll}+${PLURAL_END}\b`, 'u');
// one or two lower-case words, no preposition among them, between a subject and a possessive: its verb ("cut its",
// "has cut its"; not "the head of its")
const VERB_BEFORE_POSSESSIVE = /^\s+(?:(?!(?:of|in|on|at|for|with|from|by|to|into|about|over|under|after|before|and|or|but)\b)\p{Ll}+\s+){1,2}$/u;
const SUBJECT_PRONOUN = new RegExp(`^(?:${alternation(PERSON_SUBJECT_PRONOUNS)})$`, 'i');

/** The first naming mention of the sentence before `at`, outside quotes: the subject of its main clause. */
export function sentenceSubject(ctx: Ctx, at: number, known?: Voice): SpeakerFields | null {
  // "Asked about reports that ..., he said", "Amid claims that ..., the club": a plural cue word right after a
  // preposition is a noun, whose source is no one named, not the main clause's subject (a gerund there is: "after saying").
  // It is decided here, not in the cue stage: the record stays (its clause is still reported), only its speaker differs;
  // reading the form as a noun there (cues/noun-or-verb nounFrame) lost one matched PolNeAR dev record, measured session 8
  if (PLURAL_CUE.test(ctx.s.doc.text.slice(at, at + 30)) && NOUN_AFTER.test(ctx.s.doc.text.slice(Math.max(ctx.sentence.start, at - 16), at))) return null;
  // a passive or raising cue gives its speaker to no one before it ("..., expected to win", "has been criticized");
  // verbSpeaker passes the voice it has already worked out for the cue
  const cue: Cue | undefined = known !== undefined ? undefined : ctx.cues.find((c) => c.start === at);
  const voice = known ?? (cue !== undefined ? cueVoice(ctx.s.doc.text, ctx.sentence.start, cue) : 'active');
  if (cue !== undefined && voice !== 'active') return voice === 'passive' ? agentAfter(ctx.s, cue.end, ctx.sentence.end) : null;
  const text = ctx.s.doc.text;
  // a dateline ("TARNBY, Ohio (Wire) — ") names the place and the agency, not the subject
  const dateline = DATELINE.exec(text.slice(ctx.sentence.start, Math.min(at, ctx.sentence.start + 80)));
  const from = ctx.sentence.start + (dateline?.[0].length ?? 0);
  let outside = mentionsIn(ctx.s, from, at).filter((x) => ctx.speech.containing(x.start) === undefined);
  // "When Ada Lind spoke, Ivo Berg left, saying ...": a fronted subordinate clause's mentions are its own subject's
  const clauseEnd = frontedClauseEnd(text, from, at);
  if (clauseEnd >= 0 && outside.some((x) => x.start > clauseEnd)) outside = outside.filter((x) => x.start > clauseEnd);
  // a mention after a preposition is no subject ("In an interview with a radio station he named ..."); a subject
  // pronoun there was after a subordinator ("a day after he met X and said")
  const free = outside.filter((x) => SUBJECT_PRONOUN.test(x.text) || !PREPOSITION_OBJECT_BEFORE.test(text.slice(Math.max(ctx.sentence.start, x.start - 12), x.start)));
  // every mention before the cue sits in a prepositional phrase ("In a letter naming the winner, the union
  // called ..."): the cue opens the sentence's adverbial, whose subject is the main clause's, after the comma
  if (free.length === 0) {
    const main = openingClauseSubject(ctx, at, true);
    if (main !== null) return main;
    const doc = documentBeforeAside(text, from, at);
    if (doc !== null) return doc;
  }
  let m = free[0] ?? outside.find((x) => x.kind !== 'description') ?? outside[0];
  // "Shares of Ormsby fell after the snack maker cut its forecast, saying ...": a possessive determiner is no subject;
  // the subject of a possessive's own clause, right before its verb, is ("the snack maker")
  if (m !== undefined && POSSESSIVE_DETERMINERS.has(m.text.toLowerCase())) {
    const owner = free.filter((p) => POSSESSIVE_DETERMINERS.has(p.text.toLowerCase()))
      .map((p) => outside.find((x) => x.end < p.start && VERB_BEFORE_POSSESSIVE.test(text.slice(x.end, p.start))))
      .find((x) => x !== undefined);
    if (owner !== undefined) m = owner;
  }
  // "the rival speaker at the forum, Ann Lee, said": the name in apposition to the description (not a relative clause's
  // or a preposition's object: "The witness, to whom the police spoke, said")
  const named = m?.kind === 'description' ? free.find((x) => x.kind !== 'description' && x.start > (m as Mention).end) : undefined;
  if (named !== undefined && APPOSED_NAME_GAP.test(text.slice((m as Mention).end, named.start))) m = named;
  // "Ana Ruiz and Tom Fenn call the levy a scam and describe ...": the pair, as for a subject right before its cue
  if (m !== undefined) return pairSpeaker(ctx.s, m, from, at, 'sentence-subject') ?? fromMention(ctx.s, m, 'sentence-subject');
  return openingClauseSubject(ctx, at);
}

// between a description and the name in apposition to it: a comma and at most two lower-case words ("former"), none
// a relative pronoun or a preposition
const APPOSED_NAME_GAP = /^[^,.;:]{0,40},\s*(?:(?!(?:who|whom|whose|which|that|to|with|by|for|from|of|in|on|at|about)\s)\p{Ll}+\s+){0,2}$/u;

// a preposition right before a gerund cue ("aside from saying", "in addition to warning")
const PREPOSITION_LEAD = new RegExp(String.raw`(?:^|\s)(?:${alternation(GERUND_LEAD_PREPOSITIONS)})\s*$`, 'i');

// words that may stand between a coordinating conjunction and a verb without being its subject
const ADVERBS_ONLY = /^(?:\s*(?:instead|yet|also|then|later|still|so|thus|now|again|even|just|only|not|never|and|but|or|nor|often|repeatedly|publicly|privately|\p{Ll}+ly)\b)+\s*$/iu;

/**
 * The speaker of a verb cue from the subject the rules found before it (or none): a passive or raising
 * cue's subject is not its speaker, the agent after "by" is; an infinitive's speaker is the subject of the
 * sentence ("X wants to respond"); a relative pronoun's is its antecedent ("Ann Lee, who says").
 */
export function verbSpeaker(ctx: Ctx, cue: Cue, subj: Range | null, infinitive: boolean): SpeakerFields {
  const { s, sentence } = ctx;
  const text = s.doc.text;
  const voice = cueVoice(text, sentence.start, cue);
  if (voice === 'raising') return NO_SPEAKER;
  if (voice === 'passive') {
    // "was endorsed by X", and a few words between within the clause ("was endorsed on Monday by X", "are
    // considered unclean by X")
    const by = PASSIVE_BY.exec(text.slice(cue.end, Math.min(sentence.end, cue.end + 60)));
    const agent = by !== null ? phraseAfter(text, cue.end + by[0].length, sentence.end) : null;
    return agent !== null ? speakerIn(s, agent.start, agent.end, 'passive-agent') : NO_SPEAKER;
  }
  if (listenerPassive(text, cue) || reducedPassive(text, sentence.start, cue)) return NO_SPEAKER;
  // the voice is worked out once, here, and handed on (it is 'active' from this point)
  if (infinitive) return infinitiveSubject(ctx, cue) ?? sentenceSubject(ctx, cue.start, voice) ?? NO_SPEAKER;
  // where the cue's subject ends, before any auxiliary ("whose son has said"): found once for the look-ups below
  const subjectEnd = stripAux(text, sentence.start, cue.start);
  const own = whoseSubject(ctx, subjectEnd) ?? withSubject(ctx, cue) ?? whatSubject(ctx, subjectEnd);
  if (own !== null) return own;
  if (subj !== null) {
    // (a whose-phrase with its own verb closed before the cue: its nouns are no subject, closedWhoseStart)
    const who = speakerIn(s, subj.start, closedWhoseStart(text, subj.start, subjectEnd) ?? subj.end, 'subject', { cue, voice });
    // "She refused, and instead insisted ...", "X demands ..., yet refuses ...": adverbs are no subject; the
    // verb shares the subject of the sentence
    if (who.speakerMention === null && ADVERBS_ONLY.test(text.slice(subj.start, subj.end))) return sentenceSubject(ctx, cue.start, voice) ?? NO_SPEAKER;
    // "She gave few details, aside from saying ...", "apart from noting ...": a gerund after a preposition
    // has the sentence's subject
    if (who.speakerMention === null && /ing$/i.test(cue.text) && PREPOSITION_LEAD.test(text.slice(Math.max(subj.start, subj.end - 20), subj.end))) {
      return sentenceSubject(ctx, cue.start, voice) ?? NO_SPEAKER;
    }
    return who;
  }
  // "in a move she said was ...": a subject pronoun right before the cue is its subject, whatever the rules read before it
  const pronoun = mentionsIn(s, Math.max(sentence.start, subjectEnd - 8), subjectEnd).pop();
  if (pronoun !== undefined && SUBJECT_PRONOUN.test(pronoun.text) && /^\s*$/.test(text.slice(pronoun.end, subjectEnd))) return fromMention(s, pronoun, 'subject-pronoun');
  return relativeSubject(ctx, subjectEnd, voice) ?? NO_SPEAKER;
}
