// A standing in an opinion poll names the poll as its source, as "according to the poll" would: "Dunne has led
// in every poll since March", "where she is ahead in every survey", "In a poll released Monday, Dunne
// leads by nine points". Annotated news draws "in" as the cue, the poll phrase after it as the source, and the
// standing clause as the content (quotes/according-to.ts reads both sides as for "according to").
// Only where the clause reports a standing (lexicon/poll-standings.ts): "voters questioned in the survey said",
// "turnout in the poll" vouch for nothing; and no election ("leading in the assembly polls"). Not where another cue
// stands earlier in the clause: "mocking an opponent who trails badly in the surveys", "said Dunne tops every poll"
// report the standing inside that cue's own content. One regex pass.
import type { Cue } from '../../types.js';
import { ELECTION_POLL_MODIFIERS, POLL_NOUNS, STANDING_WORDS } from '../../lexicon/poll-standings.js';
import { alternation } from '../alternation.js';

// "in", a determiner or a quantifier, up to five words (no relative, conjunction or punctuation between: "in the
// town where polls open" is no poll phrase), and the poll noun
const BRIDGE = String.raw`(?!(?:where|which|who|that|and|or|but|when|while|after|before|since)\s)[\p{L}\p{N}'’/.&-]+\s+`;
const IN_POLL = new RegExp(String.raw`\b([Ii]n)\s+(?:the|a|an|every|each|all|most|several|many|some|both|recent|new|latest|\p{Lu}[\p{L}'’/.&-]*)\s+(?:${BRIDGE}){0,5}?(?:${alternation(POLL_NOUNS)})\b`, 'gu');
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

/** `others`: the other cues, sorted by start; a poll cue with one of them earlier in its clause is left out. */
export function findPollStandingCues(text: string, inside: (at: number) => boolean, others: readonly Cue[]): Cue[] {
  const out: Cue[] = [];
  IN_POLL.lastIndex = 0;
  for (let m = IN_POLL.exec(text); m !== null; m = IN_POLL.exec(text)) {
    if (inside(m.index)) continue;
    const phrase = m[0];
    if (ELECTION.test(phrase.slice(0, phrase.search(/\S+$/u)))) continue;
    const opening = OPENS.test(text.slice(Math.max(0, m.index - 3), m.index));
    const clause = opening ? CLAUSE_AFTER.exec(text.slice(m.index + phrase.length, m.index + phrase.length + 240))?.[1] : CLAUSE_BEFORE.exec(text.slice(Math.max(0, m.index - 160), m.index))?.[0];
    if (clause === undefined || !STANDING.test(clause) || (!opening && ASIDE.test(clause))) continue;
    // (the clause: before the cue, or after an opening phrase's comma to where the clause match ends: "In the survey,
    // 62 percent of nurses said ..." is the verb's report, whose speaker the survey questioned)
    const phraseEnd = m.index + phrase.length;
    const [from, to] = opening ? [phraseEnd, phraseEnd + text.slice(phraseEnd).indexOf(clause) + clause.length] : [m.index - clause.length, m.index];
    if (others.some((c) => c.start >= from && c.start < to)) continue;
    out.push({ text: m[1] ?? 'in', start: m.index, end: m.index + 2, lemma: 'in', kind: 'according-to' });
  }
  return out;
}
