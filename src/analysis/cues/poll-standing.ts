// A standing in an opinion poll names the poll as its source, as "according to the poll" would: "Dunne has led
// in every poll since March", "where she is ahead in every survey", "In a poll released Monday, Dunne
// leads by nine points". Annotated news draws "in" as the cue, the poll phrase after it as the source, and the
// standing clause as the content (quotes/according-to.ts reads both sides as for "according to").
// Only where the clause reports a standing (lexicon/poll-standings.ts): "voters questioned in the survey said",
// "turnout in the poll" vouch for nothing; and no election ("leading in the assembly polls"). Not where another cue
// stands earlier in the clause: "mocking an opponent who trails badly in the surveys", "said Dunne tops every poll"
// report the standing inside that cue's own content. But an opening "In <poll>," is the source of what those it
// polled said or felt in the clause after it too ("In a poll of farmers, 40 percent said ..."). One regex pass.
import type { Cue } from '../../types.js';
import { ELECTION_POLL_MODIFIERS, POLL_NOUNS, STANDING_WORDS } from '../../lexicon/poll-standings.js';
import { alternation } from '../alternation.js';

// "in", a determiner or a quantifier, up to five words (no relative, conjunction or punctuation between: "in the
// town where polls open" is no poll phrase), and the poll noun
const BRIDGE = String.raw`(?!(?:where|which|who|that|and|or|but|when|while|after|before|since)\s)[\p{L}\p{N}'’/.&-]+\s+`;
const IN_POLL = new RegExp(String.raw`\b([Ii]n)\s+(?:the|a|an|every|each|all|most|several|many|some|both|recent|new|latest|exit|\p{Lu}[\p{L}'’/.&-]*)\s+(?:${BRIDGE}){0,5}?(?:${alternation(POLL_NOUNS)})\b`, 'gu');
const ELECTION = new RegExp(String.raw`\b(?:${alternation(ELECTION_POLL_MODIFIERS)})[\s-]+\S+$|\b(?:${alternation(ELECTION_POLL_MODIFIERS)})[\s-]+$`, 'iu');
const STANDING = new RegExp(String.raw`\b(?:${alternation(STANDING_WORDS)})\b`, 'iu');
// the clause before the cue: back to the sentence's start or a semicolon, at most 160 characters
const CLAUSE_BEFORE = /[^.!?;\n]{0,160}$/u;
// an opening "In <poll>," and the clause after its comma (an aside about the poll may stand before it: "released
// Monday"), to the sentence's end
const OPENS = /(?:^|\n|[.!?]["”’']?\s+)$/u;
const CLAUSE_AFTER = /^[^,.;!?\n]{0,60},([^.;!?\n]{0,160})/u;
// a clause before the cue that is an aside about someone: a relative ("Voss, whose margin in state polls shrank") or a
// participle set off by a comma ("Voss, running third in most polls, said ..."): it describes, no one reports it;
// and a clause after "that", someone's message or a relative ("her message is that she leads in the polls", "a
// rival that trails in every poll"), whose holder the standing belongs to
const ASIDE = /(?:^|,)\s*(?:who|which|whose|\p{Ll}+ing)\s[^,]*$|\bthat\s/u;
// those a poll questioned, as the subject of the clause after an opening "In <poll>,": a lower-case start, and a count or
// share ("62 percent of nurses", "a majority") or a plural noun ("voters in both towns", "the town's renters")
const RESPONDENTS = /^\s*(?!\p{Lu})(?=.*?(?:\d|%|\bper\s?cent\b|\b(?:majority|minority|most|half|third|quarter|plurality)\b|\b\p{Ll}{3,}s\b))/u;

/** `others`: the other cues, sorted by start; a closing poll cue with one of them earlier in its clause is left out. */
export function findPollStandingCues(text: string, inside: (at: number) => boolean, others: readonly Cue[]): Cue[] {
  const out: Cue[] = [];
  IN_POLL.lastIndex = 0;
  for (let m = IN_POLL.exec(text); m !== null; m = IN_POLL.exec(text)) {
    if (inside(m.index)) continue;
    const phrase = m[0];
    if (ELECTION.test(phrase.slice(0, phrase.search(/\S+$/u)))) continue;
    const opening = OPENS.test(text.slice(Math.max(0, m.index - 3), m.index));
    const clause = opening ? CLAUSE_AFTER.exec(text.slice(m.index + phrase.length, m.index + phrase.length + 240))?.[1] : CLAUSE_BEFORE.exec(text.slice(Math.max(0, m.index - 160), m.index))?.[0];
    if (clause === undefined || (!opening && ASIDE.test(clause))) continue;
    // (the clause: before the cue, or after an opening phrase's comma to where the clause match ends)
    const phraseEnd = m.index + phrase.length;
    const clauseStart = opening ? phraseEnd + text.slice(phraseEnd).indexOf(clause) : m.index - clause.length;
    const [from, to] = opening ? [phraseEnd, clauseStart + clause.length] : [clauseStart, m.index];
    const inClause = others.filter((c) => c.start >= from && c.start < to);
    const cueInClause = inClause.length > 0;
    // (the first cue must open the clause's own verb, no comma or dash before it: "In the polls, Varn finished third, the
    // agency said." is the agency's report, not the poll's)
    // (and its subject must be those polled, a share or a plural of people, not the pollster: "In a survey published Monday,
    // the institute found ..." is the institute's finding)
    const subject = inClause[0] !== undefined ? text.slice(clauseStart, inClause[0].start) : '';
    const answers = !/[,;:—–]|\s-\s/.test(subject) && RESPONDENTS.test(subject);
    // an opening "In <poll>," is the source of all its clause reports, a standing or what those polled said or felt ("In a
    // survey of nurses, 62 percent said the wards were short-staffed": the poll vouches for the answer; annotated news
    // draws "In" as the cue and no record for the verb inside, 2 of 2 on the dev half we read); a closing "in <poll>"
    // with another cue before it stands inside that cue's content
    if (opening ? (cueInClause ? !answers : !STANDING.test(clause)) : cueInClause || !STANDING.test(clause)) continue;
    out.push({ text: m[1] ?? 'in', start: m.index, end: m.index + 2, lemma: 'in', kind: 'according-to' });
  }
  return out;
}
