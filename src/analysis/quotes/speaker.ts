// Who speaks: the words in the speaker position (found by the rules) matched to SPEAKERS' mentions.
// Within the speaker phrase, a name, title, organisation, group or pronoun is preferred over a
// description ("Jan Novak, a doctor, said" names Jan Novak). Without a mention, a noun phrase there is
// kept as the speaker mention and the speaker is flagged unknown, never guessed; other words name nobody.
import type { Resolved } from '../state.js';
import type { Cue, Mention } from '../../types.js';
import { objectPairStart } from './speaker-object-pair.js';
import { nounPhrase } from '../mentions/noun-phrase.js';
import { insideEscape } from '../mentions/escapes.js';
import { cueAfter, type Voice } from './speaker-voice.js';
import { phraseAt, type Phrase } from './speaker-phrase.js';
import { isVerbForm } from '../mentions/words.js';
import { fromMention, mentionsIn, NO_SPEAKER, NOT_A_SPEAKER, type SpeakerFields } from './speaker-fields.js';
import { PREPOSITION_OBJECT_BEFORE } from '../speakers/preposition-object.js';
import { DISTRIBUTIVE, lastGroupBefore, pairSpeaker } from './speaker-pairs.js';
import { asideSubject } from './speaker-aside.js';
import { agentAfter } from './speaker-agent.js';
import { appositionOwner, groupBeforeList } from './speaker-apposition.js';
import { restrictiveAcross, restrictiveAntecedent } from './speaker-restrictive.js';
import { firstNotBefore } from '../sorted.js';
import { alternation } from '../alternation.js';
import { PHRASE_PREPOSITIONS } from '../../lexicon/prepositions.js';
import { REFLEXIVE_PRONOUNS } from '../../lexicon/pronouns.js';
import { endBeforeTimeTail } from './speaker-time-tail.js';
import { documentAuthor, headBeforeSource, onlyHandledIt, platformPostedOn } from './speaker-document.js';
import { bareGroup, gapSubject } from './speaker-gap-subject.js';
import { outsideRelativeBrackets } from './speaker-bracket.js';

// the speaker fields and mention look-ups, for the rules that import them from here
export { fromMention, mentionsIn, NO_SPEAKER, type SpeakerFields } from './speaker-fields.js';

// C0 and C1 control characters (tab and line breaks aside)
const CONTROL = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]/;

// a possessive ending right after a mention ("Green Party's", "Unions’")
const POSSESSIVE_AFTER = /^['’]s?\s/;
// one lower-case word between a body and a name: the role the body's name modifies
const ROLE_GAP = /^[\s\u00a0]+\p{Ll}{3,}[\s\u00a0]+$/u;

// a name after a preposition, an article and the kind of thing it is ("a study published in the journal Heart Letters",
// "a director at the firm Tallo", "an analyst at the research firm Tallo"): the object's name, no subject; but a pronoun, or a name its cue follows, is the subject
// of a relative clause ("a campaign Ada Kim has called unfair", "a race it hopes to win")
const CLASSIFIED_OBJECT = new RegExp(String.raw`\b(?:${alternation(PHRASE_PREPOSITIONS)})\s+(?:the|a|an)\s+(?:\p{Ll}{3,}\s+){1,2}$`, 'u');

// a relative pronoun, and what may stand between it and the mention it points back to
const RELATIVE_PRONOUN = /^(?:who|which|that)$/i;
const RELATIVE_GAP = /^\s*[,(]?\s*$/;

// "and" between two objects of one preposition, the second with modifiers of its own but no determiner ("a group of
// fishermen and boat owners", "a friend of Ann Roe and Bo Lind"); a determiner or quantifier opens a phrase of its own
const OBJECT_AND_GAP = /^[\s\u00a0]+(?:and|&)[\s\u00a0]+(?:(?!(?:the|a|an|his|her|its|their|our|my|this|that|these|those|several|many|some|other|most|all|both|few)[\s\u00a0])\p{Ll}[\p{Ll}-]*[\s\u00a0]+){0,2}$/u;

// the start of a name up to an "and" inside it ("Soil and " of "Soil and Seed Administration")
const CUT_AFTER_AND = /\S\s+and\s+$/;

/** The speaker named in [start, end) (a phrase the rules put in the speaker position). */
export function speakerIn(s: Resolved, start: number, end: number, rule: string, known?: { cue: Cue; voice: Voice }): SpeakerFields {
  const p = phraseAt(s, start, end, known);
  // "a move unions warned would hit jobs": the subject right before the cue speaks (read with no second gap inside it)
  const gap = p?.cue !== undefined && p.voice === 'active' ? gapSubject(s.doc.text, p.t.start, p.t.end, p.cue.end) : null;
  if (gap === null) return p === null ? NO_SPEAKER : speakerOfPhrase(s, p, end, rule, known);
  const inGap = phraseAt(s, gap.start, gap.end, known);
  return bareGroup(inGap === null ? NO_SPEAKER : speakerOfPhrase(s, inGap, gap.end, rule, known, true));
}

// the speaker of a phrase past the gap test; `end` is the phrase's end before trimming, kept when it is widened; a gap
// subject (`ofGap`) opens no relative clause of its own ("a lift that nurses said was unsafe": its verb is the cue)
function speakerOfPhrase(s: Resolved, { t, cue, voice }: Phrase, end: number, rule: string, known?: { cue: Cue; voice: Voice }, ofGap = false): SpeakerFields {
  const text = s.doc.text;
  // a passive's agent speaks ("was endorsed by X"); a raising verb has none ("X seems to have been hurt by Y")
  if (cue !== undefined && voice !== 'active') return (voice === 'passive' ? agentAfter(s, cue.end, cue.end + 200) : null) ?? NO_SPEAKER;
  // "The leaders of Orvania and Kestrel agreed", "Ana Ruiz, a friend of Tom Fenn and Bo Lind, said": a phrase cut at an
  // "and" that joins two objects of a preposition belongs to the phrase before them, whose head speaks
  const widened = objectPairStart(s, t.start);
  if (widened !== null) return speakerIn(s, widened, end, rule, known);
  // "The head of the union that organised the strike said": the phrase is the relative clause; the subject stands before it
  const sentence = s.sentences[firstNotBefore(s.sentences, (x) => x.end <= t.start)];
  const antecedent = sentence !== undefined && !ofGap ? restrictiveAntecedent(text, sentence.start, t.start, t.end) : null;
  if (antecedent !== null) return speakerIn(s, antecedent.start, antecedent.end, rule, known);
  const aside = asideSubject(s, t.start, t.end, rule);
  if (aside !== undefined) return aside;
  const owner = appositionOwner(s, t.start, t.end);
  if (owner !== undefined) return fromMention(s, owner, `${rule}:apposition`);
  const group = groupBeforeList(s, t.start, t.end);
  if (group !== undefined) return fromMention(s, group, `${rule}:apposition`);
  // (a bracketed relative clause in the phrase names no speaker: "The striker (whom fans voted best) said")
  const found = outsideRelativeBrackets(text, t.start, t.end, mentionsIn(s, t.start, t.end));
  // a phrase cut at an abbreviation's period ("said Dr. Omar Quist." read as "said Dr"): the name it cuts is whole
  const cut = mentionsIn(s, t.start, t.end + 80).find((m) => m.start < t.end && m.end > t.end);
  if (cut !== undefined && text[t.end] === '.') found.push(cut);
  // a phrase cut at an "and" inside a name ("The Soil and | Seed Administration said"): the name it cuts is whole
  const opened = mentionsIn(s, Math.max(0, t.start - 80), t.end).find((m) => m.start < t.start && m.end > t.start);
  if (opened !== undefined && CUT_AFTER_AND.test(text.slice(opened.start, t.start))) found.unshift(opened);
  // the first naming mention ("Jan Novak, a doctor"), but not one after a preposition, which is not
  // the subject ("the official with the port authority said" names the official)
  // (a window wide enough for "of the " before a name, which holds no article of its own, and for "representing the ")
  // and a name joined by "and" to such an object is one too ("a friend of Ann Roe and Bo Lind")
  let object: Mention | undefined;
  const free = found.filter((m) => {
    const after = PREPOSITION_OBJECT_BEFORE.test(text.slice(Math.max(t.start, m.start - 20), m.start)) || (CLASSIFIED_OBJECT.test(text.slice(Math.max(t.start, m.start - 32), m.start)) && m.kind !== 'pronoun' && cueAfter(s, m.end) === undefined)
      || (object !== undefined && OBJECT_AND_GAP.test(text.slice(object.end, m.start)));
    object = after ? m : undefined;
    return !after;
  });
  // a possessor is no head when a name follows it: "The Green Party's Ola Berg said" is Berg's, "the Tarnby Gazette's
  // Ana Roe" Roe's ("Ann Roe's campaign said", with no name after, keeps Ann Roe)
  // (nor is a relative pronoun right after a mention, or anything in its clause: "according to a senior official who
  // asked not to be named" names the official, the pronoun only points back to it, and "said a lawyer who represents
  // the family" names the lawyer, not the family)
  const relative = free.findIndex((m, k) => k > 0 && RELATIVE_PRONOUN.test(m.text) && RELATIVE_GAP.test(text.slice(free[k - 1]!.end, m.start)));
  // (nor a reflexive object inside the phrase: "a gang calling itself Redhook said" names the gang or Redhook)
  const naming = (relative < 0 ? free : free.slice(0, relative)).filter((m) => m.kind !== 'description' && !(m.start > t.start && REFLEXIVE_PRONOUNS.includes(m.text.toLowerCase())));
  // (nor a body before a role noun and a name: "from Velm Council rivals Ada Ek" names the rival; a plural role before a
  // list of names titles the first of them, and a group word before the title it modifies is a word of the title,
  // "Police collision investigator Sgt Ada Ek", in the mentions step: mentions/head-before-name.ts, description-start.ts, sentence-start.ts)
  const modifier = (m: Mention, next: Mention): boolean => (next.kind === 'name' || next.kind === 'title-name')
    && m.kind === 'organization' && ROLE_GAP.test(text.slice(m.end, next.start)) && !isVerbForm(text.slice(m.end, next.start).trim().toLowerCase());
  const head = naming.find((m, k) => k === naming.length - 1 || !(POSSESSIVE_AFTER.test(text.slice(m.end, m.end + 3)) || modifier(m, naming[k + 1]!)));
  // (a mention after a preposition is still the speaker when nothing else is named, but a platform after "on" never
  // is, nor one who only saw the text: "Documents seen by reporters show", unless after "according to")
  // "a report by the agency": a document's author speaks through it (speaker-document.ts)
  const vouched = rule === 'according-to';
  const best = documentAuthor(s, t.start, free[0] ?? found[0], found, vouched) ?? head ?? free[0] ?? found.find((m) => !platformPostedOn(text, t.start, m) && !onlyHandledIt(text, t.start, m, vouched));
  if (best !== undefined) {
    if (best.kind === 'pronoun' && NOT_A_SPEAKER.test(best.text)) return NO_SPEAKER;
    // "Ana Ruiz and Tom Fenn, two engineers, said": a plural description in apposition to a pair is the pair
    const before = best.kind === 'group' && best.start === t.start ? mentionsIn(s, Math.max(0, t.start - 80), t.start).pop() : undefined;
    const apposed = before !== undefined && /^\s*,\s*$/.test(text.slice(before.end, t.start)) ? pairSpeaker(s, before, 0, before.end, rule) : undefined;
    return apposed ?? pairSpeaker(s, best, t.start, Math.max(t.end, best.end), rule) ?? fromMention(s, best, rule);
  }
  // a noun phrase the mention stage did not list still names someone ("A district court", "Exit
  // polls"); words that are no noun phrase ("has been open", "debating a disputed") name nobody
  // words inside a terminal escape (an OSC window title) or cut by control characters are no text
  if (CONTROL.test(text.slice(t.start, t.end)) || insideEscape(text, t.start)) return NO_SPEAKER;
  // "The bakery that has supplied the town since 1998 said": a relative clause ran on past "since"; its subject speaks
  const across = sentence !== undefined ? restrictiveAcross(text, sentence.start, t.start) : null;
  if (across !== null) return speakerIn(s, across.start, across.end, rule, known);
  // ("The audit office on Monday said": the phrase without its time phrase, speaker-time-tail.ts)
  const np = nounPhrase(text, t.start, endBeforeTimeTail(text, t.start, t.end)) ?? headBeforeSource(text, t.start, t.end);
  if (np === null || NOT_A_SPEAKER.test(text.slice(np.start, np.end))) return NO_SPEAKER;
  // "Roe and Doe met. Each said ...": a distributive pronoun speaks for the group named just before it
  if (DISTRIBUTIVE.test(text.slice(np.start, np.end))) {
    const group = lastGroupBefore(s, np.start);
    if (group !== undefined) return { ...group, speakerMention: { text: text.slice(np.start, np.end), start: np.start, end: np.end }, role: null, speakerRule: `${rule}:distributive` };
  }
  return { speaker: null, speakerKind: 'unknown', speakerMention: { text: text.slice(np.start, np.end), start: np.start, end: np.end }, role: null, speakerRule: `${rule}:phrase` };
}
