// Quotes introduced by a verb or "according to" in the same sentence. For each cue, decide which
// side the content is on (see positions.ts), then where the speaker is.
import type { Resolved } from '../state.js';
import type { Cue } from '../../types.js';
import type { Draft } from './draft.js';
import { accordingTo } from './according-to.js';
import { charBefore, closesWithPunctuation, MAX_CONTENT, MAX_TAIL_WORDS, OBJECT_VERBS, rightEnd, subjectRelative, tailWords, verbAfterAside, type Ctx } from './cue-context.js';
import { rightStart } from './content-start.js';
import { phraseAfter, phraseBefore, stripAux, subjectBefore, SUBORDINATE_ASIDE } from './positions.js';
import { mentionsIn, NO_SPEAKER, PREPOSITION_BEFORE, speakerIn, type SpeakerFields } from './speaker.js';
import { continuedDraft, sentenceSubject, verbSpeaker } from './subjects.js';
import { cueVoice } from './speaker-voice.js';
import { relativeClause } from './relative-clause.js';
import { CLOSERS, wordCount, type SpeechSpans } from './text-utils.js';
import { firstNotBefore } from '../sorted.js';
import { DISCOVERY_VERBS, PUBLISHING_VERBS } from '../../lexicon/empty-contents.js';

// the cue ends in a participle, perhaps with its particle or channel ("adding", "referring to", "saying in a statement")
const PARTICIPLE_CUE = /\p{L}ing(?:\s+(?:to|on|about|of|for|out|in|with|against|as|before|up|an?|statement|interview|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|morning|afternoon|evening|night|\p{Ll}+ly))*:?$/u;
// a verb or a clause word in the words after an inverted cue: "said Ann Lee was right" is no "said X"
const NOT_A_NOUN_PHRASE = /\b(?:is|was|were|are|has|had|have|will|would|could|can|did|does|do|should|may|might|must|that|it|he|she|they|we|i|you)\b/i;
// verbs news puts before their speaker ("..., said Ann Lee."), and what may follow them there: a name
// or title in capitals ("Sen. Ann Lee of Ohio") or a short description ("the spokeswoman", "a senior aide")
const INVERTING = /^(?:say|add|write|ask|explain|note|continue|recall|insist|argue|reply|respond|conclude|warn|acknowledge|admit|predict)$/;
const NAME_OR_TITLE = /^(?:\p{Lu}[\p{L}.’'-]*(?:\s+(?:\p{Lu}[\p{L}.’'-]*|of|the|and|for|de|van|von|da|al|bin))*|(?:the|a|an|one|another)(?:\s+(?!\p{Ll}+(?:ed|ing)\b)\p{Ll}[\p{L}-]*){1,3})$/u;
// ("said to reporters", "to staff on Monday" are one: a determiner, a pronoun, a name or a plural after
// "to"; "refused to discuss" is the verb's complement, not an adverbial)
const ADVERBIAL_TAIL = /^\s*(?:[,.;:!?)]|to\s+(?:the|a|an|his|her|their|its|our|my|your|me|us|him|them|staff|\p{Lu}|\p{Ll}+[^\ssu]s)\b|(?:in|on|at|during|after|before|from|with|via|through|over|last|this|of|about|when|while|as|yesterday|today|tonight|earlier|later|recently|again|too|also|then|afterward|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Jan|Feb|March|April|May|June|July|Aug|Sept|Oct|Nov|Dec)\b)/u;

// "by" and its agent (a few words, perhaps a time or place phrase before or after it) ending the clause
const AGENT_ENDS = /^\s+(?:(?:on|in|at|last|this|earlier|late|early)\s+(?:[^\s,;:“”"]+\s+){0,3}?)?by\s+(?:(?!(?:as|that|for|to|because|after|when|while|but)\b)[^\s,;:“”"]+\s*){1,8}?(?:(?:on|in|at|last|this|earlier)\s+[^,;:“”"]{1,30})?[\s.!?]*$/u;

// "a claim the agency denies", "an account the mayor disputes": a noun of saying heads the subject
const CLAIM_NOUN_SUBJECT = /^\s*(?:a|an|the)\s+(?:\p{Ll}+\s+)?(?:claim|charge|assertion|accusation|allegation|account|characterization|description|view|figure|estimate|version|contention|suggestion)\s/u;
// a tail that is no clause: a preposition's phrase, or a bare object ("defended the budget")
// a comma and a conjunction or a participle: a new clause after the attribution ("..., X said, but ...")
// ("..., officials said Monday, as rain continued to fall": the "as" clause is the writer's scene)
const SEPARATE_CLAUSE = /,\s*(?:an?(?=\s)|and|but|though|although|while|whereas|yet|because|so|even\s+though|without|despite|adding|noting|citing|as|when|after|amid|before|since)\b/i;
// a preposition or time word and at most seven more words, no comma and no quotation mark: no clause
const FRONTED_ADVERBIAL = /^[\s“"‘']*(?:In|On|At|During|After|Before|Since|Until|Over|For|With|Without|Despite|Amid|Through|Throughout|Following|Earlier|Later|From|Under)\b[^,;:“”"‘’']{0,60}$/u;
// a fronted condition or time clause with a verb of its own, not a question put to the speaker
// (a clause of its own: "While touring the plant, she said: “...”" has no subject and is the frame's)
const FRONTED_CONDITION = /^[\s“"‘']*(?:If|Unless|Once|After|Before|Until|Although|Though|Because|While|Since|Even\s+if)\s(?!\p{Ll}+ing\b)(?![^,]*\b(?:asked|pressed|questioned)\b)[^,;:“”"]{6,200}$/u;
const TAIL_ADVERBIAL = /^(?:of|about|on|in|at|to|with|during|after|before|for|from|over|this|last|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|again|too|also|then|later|earlier)\b/i;
// a description that may stand in apposition before a name: "The mayor, Ida Strand," / "but a spokesman, X,"
// (after a bare comma it follows the content: "Ada Voss was born in 1950, her daughter, Ilse Voss, said.")
const APPOSED_DESCRIPTION = /(^|[,;]\s*(?:and|but|while)\s+|\b(?:and|but)\s+|,\s*)(?:the|a|an|his|her|their|its|our|my|your)\s+(?:[\p{L}’'.-]+\s+){0,3}[\p{L}’'.-]+\s*$/iu;
// a reported clause after the adverbial: "that" and words (not a relative "that was posted"), or a modal
const TAIL_CLAUSE = /(?:^|\s)that\s+(?!(?:was|is|were|are|has|had|have|aired|ran|appeared)\b)\p{L}|\s(?:would|will|could|should|might|must)\s/u;
// a sentence that ends in a question mark outside quotes, and "you" as the subject of its cue
const QUESTION_END = /\?\s*$/;
const YOU_SUBJECT = /\byou\s+(?:(?:really|still|also|ever|actually|honestly|not)\s+)?$/i;
// the gerunds of a credit line ("Reporting by", "Writing by", "Editing by")
const CREDIT_GERUND = /^(?:reporting|writing|editing)$/i;
// a subordinator right before "asked": "when asked", "after being asked", "if asked"
const ASKED_AFTER = /(?:^|[\s,(—–-])(?:when|if|after|once|as|while|upon|before|until)\s+(?:being\s+)?$/i;
// a relative pronoun right before the cue's subject ("which critics say", "whom she called")
const OBJECT_RELATIVE = /(?:\b(in|on|of|for|by|to|with|from|at|about|under|through|during|into|over|among|after|before|within|toward|towards|upon)\s+)?\b(?:which|who|whom)\s*$/i;
const PRONOUN_SUBJECT = /^\s*(?:he|she|they|it|we|I|you)\s*$/i;
const OBJECT_ONLY = /^(?:the|a|an|his|her|their|its|this|that|these|those)\s+(?:[\p{L}’'-]+\s+){0,1}[\p{L}’'-]+[\s.!?:]*$/u;

/** Whether a closed quote has an attribution right after it ("“...,” she said" / "“...,” said Ann Lee"). */
function attributedOnItsOwn(ctx: Ctx, close: number): boolean {
  const text = ctx.s.doc.text;
  if (!/[,?!…—–-]/.test(text[close - 2] ?? '')) return false;
  // the cues starting within 60 characters after the close (a binary search, then a short walk)
  const cues = ctx.s.cues;
  for (let i = firstNotBefore(cues, (c) => c.start <= close); i < cues.length && (cues[i]?.start ?? Infinity) - close <= 60; i++) {
    const c = cues[i] as Cue;
    if (c.kind === 'verb' && !/[.!?;:“”"]/.test(text.slice(close, c.start))) return true;
  }
  return false;
}

function verbCue(ctx: Ctx, k: number, prev: Draft | undefined): Draft | null {
  const cue = ctx.cues[k] as Cue;
  const { s, sentence } = ctx;
  const text = s.doc.text;
  const ss = sentence.start;
  let end = rightEnd(ctx, k);
  // "Asked whether the bridge is safe, Ann Lee said ...": a question put by someone unnamed; its
  // content is the participle clause, up to its comma, and the main clause keeps its own cue
  // ("When asked about the toll, Ann Lee shrugged", "Lee, when asked whether ..., said": the same
  // question after a subordinator, wherever it stands)
  if (/^(?:being\s+)?[Aa]sked\b/.test(cue.text) && (/^[\s“"‘']*$/.test(text.slice(ss, cue.start)) || ASKED_AFTER.test(text.slice(Math.max(ss, cue.start - 16), cue.start)))) {
    const start = rightStart(text, cue, end);
    const comma = text.slice(start, end).search(/,\s/);
    if (start < end) return { start, end: comma > 0 ? start + comma : end, cue, who: NO_SPEAKER, rule: 'asked-lead', sentence: ctx.index };
  }
  // "(Reporting by Tom Fenn; Editing by Jo Kray)", "Additional reporting from ...": a credit line
  if (CREDIT_GERUND.test(cue.text) && /^\s+(?:by|from)\s/i.test(text.slice(cue.end, cue.end + 6))) return null;
  // a nested cue ("said the city expects") finds its subject after the cue before it
  const prevCue = k > 0 ? ctx.cues[k - 1] : undefined;
  const names = (r: { start: number; end: number }): boolean => mentionsIn(s, r.start, r.end).some((m) => m.kind !== 'description' && !PREPOSITION_BEFORE.test(text.slice(Math.max(r.start, m.start - 10), m.start)));
  // (but not a cue in a comma aside before this one: "Lee, when asked whether ..., said" is Lee's,
  // "The union, which had backed the strike, praised" the union's)
  // "The delay, he added, suggests ...": the verb right after an aside's cue is the content's own
  if (prevCue !== undefined && prevCue.kind === 'verb' && verbAfterAside(text, ss, prevCue, cue)) return null;
  const asideLead = prevCue !== undefined ? text.slice(Math.max(ss, prevCue.start - 40), prevCue.start) : '';
  const asideStart = asideLead.slice(asideLead.lastIndexOf(',') + 1);
  const prevAside = prevCue !== undefined && (SUBORDINATE_ASIDE.test(asideStart) || /^\s*(?:which|who|whose)\b/i.test(asideStart))
    && /,\s*$/.test(text.slice(prevCue.end, stripAux(text, prevCue.end, cue.start)));
  // ("The cook who wants to open a cafe said ...": after a relative on the subject, the noun before it)
  const relStart = prevCue !== undefined && prevCue.kind === 'verb' ? subjectRelative(text, ss, prevCue) : -1;
  const subj0 = relStart >= 0 && !/[,;:“”"()]/.test(text.slice(prevCue?.end ?? ss, cue.start)) ? phraseBefore(text, ss, relStart)
    : subjectBefore(text, prevCue !== undefined && !prevAside ? Math.max(ss, prevCue.end) : ss, cue.start, names);
  // "who in 1999 said": a time or place phrase is not a subject
  const subj = subj0 !== null && /^\s*(?:in|on|at|during|after|before|last|this|for|since|earlier|later)\b/i.test(text.slice(subj0.start, subj0.start + 8)) ? null : subj0;
  const beforeCue = charBefore(text, ss, stripAux(text, ss, cue.start));
  // ", adding that CONTENT" / "before insisting CONTENT": a participle continues the previous cue's
  // speaker, or else the subject of the sentence
  const adverbialLead = /\b(?:before|after|while|by|when)\s*$/i.test(text.slice(Math.max(ss, cue.start - 8), cue.start));
  const participleLead = beforeCue.c === ',' || (CLOSERS.includes(beforeCue.c) && text[beforeCue.at - 1] === ',') || adverbialLead;
  if (PARTICIPLE_CUE.test(cue.text) && participleLead) {
    const start = rightStart(text, cue, end);
    // "While visiting the plant, the mayor said ...": an adverbial clause ends at its comma, and the
    // main clause after it has its own cue
    if (adverbialLead) {
      const comma = text.slice(start, end).search(/,\s/);
      if (comma > 0) end = start + comma;
    }
    if (wordCount(text.slice(start, end)) === 0) return null;
    const who = prev !== undefined && prev.sentence === ctx.index ? { ...prev.who, speakerRule: 'participle' } : sentenceSubject(ctx, cue.start) ?? NO_SPEAKER;
    return { start, end, cue, who, rule: 'adding-content', sentence: ctx.index };
  }
  // "CONTENT, said X." / "“CONTENT,” said X": the cue right after the content
  // (even with a subject found further back: "“...” that Lee can win, said Tom Reyes, an analyst." is
  // inverted when the cue follows the comma and a bare noun phrase ends the clause after it)
  const invertedAfter = beforeCue.c === ',' && cue.start - beforeCue.at <= 2 ? phraseAfter(text, cue.end, end) : null;
  const inverted = invertedAfter !== null && INVERTING.test(cue.lemma) && NAME_OR_TITLE.test(text.slice(invertedAfter.start, invertedAfter.end))
    && !NOT_A_NOUN_PHRASE.test(text.slice(invertedAfter.start, invertedAfter.end))
    && (text[invertedAfter.end] === ',' || /^[\s.!?"”’']*$/.test(text.slice(invertedAfter.end, Math.min(sentence.end, invertedAfter.end + 8))));
  if ((subj === null || inverted) && (beforeCue.c === ',' || CLOSERS.includes(beforeCue.c)) && beforeCue.at - ss > 3) {
    const who = phraseAfter(text, cue.end, end);
    // the tail after the name may be an apposition of any length ("said Ann Lee, a doctor at ...")
    // after “...,” the name may be long ("said Ann Lee of the University of X's Center for Y")
    const afterQuote = closesWithPunctuation(text, beforeCue.c, beforeCue.at);
    // (a description opening with its article may run longer: "said a senior engineer at the Water Board")
    const whoWords = who !== null ? wordCount(text.slice(who.start, who.end)) : 0;
    const short = who !== null && (afterQuote || whoWords <= 6 || (whoWords <= 10 && /^(?:a|an|the|one|another)\s/i.test(text.slice(who.start, who.start + 8))));
    // (a clause after the cue is its content, not its speaker: "A neighbour, who ..., said she had noticed")
    const clauseAfter = !afterQuote && who !== null && NOT_A_NOUN_PHRASE.test(text.slice(who.start, who.end));
    if (who !== null && short && !clauseAfter && !/^(?:that|to|in|on|at|for|with|by|of)\b/i.test(text.slice(who.start, who.start + 5))) {
      return { start: Math.max(ss, beforeCue.at - MAX_CONTENT), end: beforeCue.at + (beforeCue.c === ',' ? 0 : 1), cue, who: speakerIn(s, who.start, who.end, 'said-X'), rule: 'content-said-X', sentence: ctx.index };
    }
  }
  // "X said, “...”": a quote right after the cue is its content, whatever stands before the subject
  const quoteNext = /^\s*[,:]?\s*[“"‘'«„]/.test(text.slice(cue.end, cue.end + 4)) && ctx.speech.containing(text.slice(cue.end, cue.end + 4).search(/[“"‘'«„]/) + cue.end) !== undefined;
  if (subj !== null) {
    let lead = charBefore(text, ss, subj.start);
    // "..., Feld said, but she gave no date": a clause joined after the attribution is no part of it
    const joinedClause = SEPARATE_CLAUSE.exec(text.slice(cue.end, Math.min(end, cue.end + 120)));
    const tailEnd = joinedClause !== null ? cue.end + joinedClause.index : end;
    const tail = tailWords(text, cue.end, tailEnd);
    // "The mayor, Ida Strand, said ...", "but a spokesman, Col. Ivo Sarn, denied": a description in
    // apposition to the name is the subject's, not content before it
    const descFrom = Math.max(ss, lead.at - 60);
    const desc = lead.c === ',' && /^[^,;:]*,\s*$/.test(text.slice(subj.end, cue.start)) ? APPOSED_DESCRIPTION.exec(text.slice(descFrom, lead.at)) : null;
    const descAfterComma = desc !== null && /^,/.test(desc[1] ?? '') && !/^[,;]\s*(?:and|but|while)\s/.test(desc[1] ?? '');
    const apposed = desc !== null && !descAfterComma && (desc[1] !== '' || descFrom === ss);
    if (descAfterComma && desc !== null) lead = { c: ',', at: descFrom + desc.index };
    // ("On Friday, the treasurer declined ...", "Before stepping down, Moss replied ...": a fronted
    // time or place phrase, no clause, is the frame's own adverbial, not a content before it)
    const frontedAdverbial = lead.c === ',' && lead.at - ss <= 80 && FRONTED_ADVERBIAL.test(text.slice(ss, lead.at));
    const contentBefore = !apposed && lead.at - ss > 3 && (lead.c === ',' || CLOSERS.includes(lead.c) || lead.c === '?' || lead.c === '!');
    // a quote closed with its own punctuation (“...,” / “...?”) just before the subject: no doubt
    const closedQuote = closesWithPunctuation(text, lead.c, lead.at);
    // "Five years ago, he said, CONTENT": an aside, the content on both sides
    const aside = /^\s*,\s*([\p{L}]+)/u.exec(text.slice(cue.end, cue.end + 30));
    if (quoteNext && !closedQuote) {
      // fall through to "X said, “...”"
    } else if (contentBefore && lead.c === ',' && aside !== null && tail >= 2 && joinedClause?.index !== 0 && (/^including$/i.test(aside[1] ?? '') || !/ing$|^(?:in|on|at|to|for|with|by|from|after|before|during|according|who|which|as|citing)$/i.test(aside[1] ?? ''))) {
      return { start: Math.max(ss, cue.start - MAX_CONTENT), end, cue, who: speakerIn(s, subj.start, subj.end, 'aside'), rule: 'aside', sentence: ctx.index };
    }
    // "CONTENT, X said." and "“CONTENT?” X asked.": after the cue only an adverbial may follow
    // ("said Friday", "said in a statement", "told reporters"), never a clause ("he said he's fine")
    const tailText = text.slice(cue.end, Math.min(tailEnd, cue.end + 60));
    // ("In May, Lee said on Monday that rents would rise": an adverbial, then the clause it reports)
    const tailOk = tail === 0 || (ADVERBIAL_TAIL.test(tailText) || (OBJECT_VERBS.test(cue.lemma) && tail <= 3)) && !TAIL_CLAUSE.test(tailText);
    if ((!quoteNext || closedQuote) && contentBefore && !frontedAdverbial && ((tail <= MAX_TAIL_WORDS && tailOk) || closedQuote)) {
      const contentEnd = lead.c === ',' ? lead.at : lead.at + 1;
      // "X set out her goal: “Fix the roads,” she said.": the quote after the colon
      const lead2 = text.slice(Math.max(ss, contentEnd - MAX_CONTENT), contentEnd);
      const colon = /:\s*[“"‘'«„][^:]*$/.exec(lead2);
      if (colon !== null) {
        const start = contentEnd - lead2.length + colon.index + 1;
        return { start, end: contentEnd, cue, who: speakerIn(s, subj.start, subj.end, 'X-said'), rule: 'content-X-said', sentence: ctx.index };
      }
      // "He argued that A, a claim the agency denies.": the claim is the content of the cue before it,
      // which keeps its own record; this one holds A only, not the first attribution
      const prior = prevCue !== undefined && prevCue.kind === 'verb' && prevCue.end < contentEnd && CLAIM_NOUN_SUBJECT.test(text.slice(subj.start, subj.end)) ? prevCue : undefined;
      const from = prior !== undefined ? rightStart(text, prior, contentEnd) : Math.max(ss, contentEnd - MAX_CONTENT);
      return { start: from, end: contentEnd, cue, who: speakerIn(s, subj.start, subj.end, 'X-said'), rule: 'content-X-said', sentence: ctx.index };
    }
  }
  // "X said (that) CONTENT"
  let start = rightStart(text, cue, end);
  let contentEnd = end;
  // "X said of the plan. “CONTENT”": a short tail, then a quote opening the next sentence
  // (the tail is an adverbial or nothing: "said of the plan", "wrote on Monday"; a clause of its own,
  // "said rents had doubled", is the content)
  const tailText = text.slice(start, Math.min(end, start + 40));
  if (wordCount(tailText) <= 3 && (wordCount(tailText) === 0 || TAIL_ADVERBIAL.test(tailText) || OBJECT_ONLY.test(tailText))) {
    const next = ctx.speech.openingFrom(sentence.end);
    // same paragraph only: a quote paragraph after it has its own attribution or continues another
    // and not when this sentence attributes a quote of its own (“A,” she said, as the crowd cheered. “B.”):
    // the next quote goes on with that one
    const quoted = ctx.speech.within(ss, cue.start).length > 0;
    if (!quoted && next !== undefined && next.open <= sentence.end + 4 && /^[ \t]*$/.test(text.slice(sentence.end, next.open)) && !attributedOnItsOwn(ctx, next.close)) {
      start = next.open;
      contentEnd = next.close;
    }
  }
  if (wordCount(text.slice(start, Math.min(contentEnd, start + 40))) === 0) return null;
  // "X wants to respond ...": an infinitive's speaker is the subject of the sentence
  const infinitive = /^to\s/i.test(cue.text) || /\bto\s+$/i.test(text.slice(Math.max(ss, cue.start - 4), cue.start));
  // who speaks for the cue (passive, raising, infinitive, relative): SPEAKERS' verbSpeaker decides
  let who: SpeakerFields = verbSpeaker(ctx, cue, subj, infinitive);
  const coordinated = /\b(?:and|but)\s+(?:\w+\s+)?$/.test(text.slice(Math.max(ss, cue.start - 20), cue.start));
  // "She said A and said B": a coordinated verb shares the subject
  if (subj === null && coordinated && prev !== undefined && prev.sentence === ctx.index && cue.start - prev.end < 40) {
    who = { ...prev.who, speakerRule: 'shared-subject' };
  } else if (subj === null && who.speakerMention === null) {
    // "Novak cycled home on Monday and says ...", "He scolded X, mocked Y": a verb with no
    // subject of its own shares the subject of the sentence (speakerRule 'sentence-subject')
    who = sentenceSubject(ctx, cue.start) ?? NO_SPEAKER;
  }
  // a quote that runs from the cue to the sentence end is a direct quote: the strong reading
  const q = quoteNext ? ctx.speech.containing(start) ?? ctx.speech.openingFrom(start) : undefined;
  const whole = q !== undefined && q.open <= start + 2 && !/[\p{L}\p{N}]/u.test(text.slice(q.close, Math.min(contentEnd, q.close + 40)));
  // "Ann Lee is expected to win", "the plan was roundly condemned", "the cost seems too high": with no
  // one named as source, a passive or raising cue reports its whole clause, subject included
  const unclaimed = subj !== null && !quoteNext && start < sentence.end && who.speakerMention === null ? cueVoice(text, ss, cue) : 'active';
  if (subj !== null && unclaimed !== 'active' && !/^\s+by\b/i.test(text.slice(cue.end, cue.end + 4))) {
    // "The study was published in a journal": a document put out, no claim (lexicon/empty-contents.ts)
    if (PUBLISHING_VERBS.has(cue.lemma) && unclaimed === 'passive') return null;
    // "The car was found in a ditch": where something turned up, no claim (a finding has a clause: "found to")
    if (DISCOVERY_VERBS.has(cue.lemma) && !/^\s+(?:to|that)\s/i.test(text.slice(cue.end, cue.end + 6)) && unclaimed === 'passive') return null;
    return { start: subj.start, end: contentEnd, cue, who: NO_SPEAKER, rule: 'passive-clause', sentence: ctx.index };
  }
  // "Tom Fenn, who for a decade was described as shy, lost": the relative clause, pronoun included
  // (relative-clause.ts; its cheap look-behind first, the cue's voice only when a pronoun is there)
  if (subj === null && !quoteNext && start < sentence.end && !/^\s+by\b/i.test(text.slice(cue.end, cue.end + 4))) {
    const rel = relativeClause(text, ss, cue, contentEnd);
    const voice = rel !== null ? cueVoice(text, ss, cue) : 'active';
    if (rel !== null && voice !== 'active') return PUBLISHING_VERBS.has(cue.lemma) && voice === 'passive' ? null : { ...rel, cue, who: NO_SPEAKER, rule: 'passive-clause', sentence: ctx.index };
  }
  // "The closure was first reported by the Post.": a passive cue with its agent after "by" reports
  // its subject, and nothing after the agent is content (the speaker rules take the agent)
  if (subj !== null && !quoteNext && who.speakerRule === 'passive-agent' && AGENT_ENDS.test(text.slice(cue.end, contentEnd)) && cueVoice(text, ss, cue) === 'passive') {
    return { start: subj.start, end: stripAux(text, subj.start, cue.start), cue, who, rule: 'passive-agent-subject', sentence: ctx.index };
  }
  const rule = start >= sentence.end ? 'X-said-next-quote' : whole ? 'X-said-quote' : 'X-said-content';
  // "If the levy passes, she said, “we will all pay.”": a condition or time clause fronted before the
  // frame belongs to what was said, so the quote is partial from the sentence start (not "Asked
  // whether ..., she said, “...”": the question is the interviewer's)
  if (rule === 'X-said-quote' && subj !== null && !cue.text.endsWith(':')) {
    const lead = charBefore(text, ss, subj.start);
    if (lead.c === ',' && lead.at - ss <= 200 && FRONTED_CONDITION.test(text.slice(ss, lead.at))) return { start: ss, end: contentEnd, cue, who, rule: 'aside', sentence: ctx.index };
  }
  // "a rule which critics say is unfair", "the judge who she claims lied": the relative pronoun is the
  // reported clause's own subject or object, so the content runs from it, over speaker and cue
  // (but "which he called “a fair offer.”": words in marks that fill the rest are a direct quote)
  if (subj !== null && !whole && start < sentence.end && /^[\s,:]*$/.test(text.slice(cue.end, start)) && wordCount(text.slice(subj.start, subj.end)) <= 4) {
    const relative = OBJECT_RELATIVE.exec(text.slice(Math.max(ss, subj.start - 16), subj.start));
    // the words between pronoun and cue must be a subject ("who attended the rally said" is a
    // relative clause of its own, and "in which he said" relates to something else)
    // ("the plan, which voters want, is fair": the aside closes at the cue, and so does its content)
    const closed = /^\s*[,)—–]/.test(text.slice(cue.end, cue.end + 3));
    if (relative !== null && !relative[1] && (PRONOUN_SUBJECT.test(text.slice(subj.start, subj.end)) || names(subj))) return { start: subj.start - relative[0].length, end: closed ? cue.end : contentEnd, cue, who, rule: 'relative-content', sentence: ctx.index };
  }
  return { start, end: contentEnd, cue, who, rule, sentence: ctx.index };
}

/** "Ann Lee's claim that CONTENT": the possessor before the noun is the source, the clause after "that" the content. */
function nounCue(ctx: Ctx, k: number): Draft | null {
  const cue = ctx.cues[k] as Cue;
  const text = ctx.s.doc.text;
  // the content is the clause after "that", or the infinitive with its "to" ("pledge to cut fares")
  const that = /^\s+that\s+|^\s+(?=to\s)/.exec(text.slice(cue.end, cue.end + 8));
  if (that === null) return null;
  const start = cue.end + that[0].length;
  const end = rightEnd(ctx, k);
  if (wordCount(text.slice(start, Math.min(end, start + 40))) < 2) return null;
  // the possessor: "his"/"her"/... or the capitalised words before "'s"
  const before = text.slice(Math.max(ctx.sentence.start, cue.start - 60), cue.start);
  const owner = /(?:\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur)|(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}\p{Lu}[\p{L}.-]*['’]s|\b[\p{Ll}]+['’]s)\s+(?:\p{Ll}+\s+)?$/u.exec(before);
  const who = owner !== null ? speakerIn(ctx.s, cue.start - before.length + owner.index, cue.start - before.length + owner.index + owner[0].trimEnd().length, 'possessor') : NO_SPEAKER;
  return { start, end, cue, who, rule: 'noun-that', sentence: ctx.index };
}

/** Drafts for every verb and "according to" cue, sentence by sentence. */
export function quotesFromCues(s: Resolved, speech: SpeechSpans): Draft[] {
  const drafts: Draft[] = [];
  let ci = 0;
  s.sentences.forEach((sentence, index) => {
    const cues: Cue[] = [];
    while (ci < s.cues.length && (s.cues[ci]?.start ?? 0) < sentence.start) ci++;
    for (let j = ci; j < s.cues.length && (s.cues[j]?.start ?? 0) < sentence.end; j++) cues.push(s.cues[j] as Cue);
    const ctx: Ctx = { s, speech, sentence, index, cues };
    // "Do you think the bridge is safe?", "Were you worried about the cost?": a question the writer
    // puts (an interviewer's, a headline's) asks about a belief; nobody holds it
    const question = QUESTION_END.test(s.doc.text.slice(Math.max(sentence.start, sentence.end - 3), sentence.end));
    for (const [k, cue] of cues.entries()) {
      // the draft a participle or coordinated cue continues (the outer attribution, not one nested in it)
      const prev = continuedDraft(drafts, index, cue.start);
      const d = question && cue.kind === 'verb' && YOU_SUBJECT.test(s.doc.text.slice(Math.max(sentence.start, cue.start - 24), cue.start)) ? null
        : cue.kind === 'verb' ? verbCue(ctx, k, prev) : cue.kind === 'according-to' ? accordingTo(ctx, cue)
        : cue.kind === 'noun' ? nounCue(ctx, k) : null;
      if (d !== null) drafts.push(d);
    }
  });
  return drafts;
}
