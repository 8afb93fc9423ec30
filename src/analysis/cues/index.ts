// Cues: the words that introduce speech. Verbs from the lexicon, "according to", colon lead-ins and
// dash bylines, the poll a standing is in ("led in every poll"); none inside a speech quote, and no verb inside a
// title or term in marks (titles.ts). Sorted by offset.
import type { Cued, Marked } from '../state.js';
import type { Cue } from '../../types.js';
import { insideQuotes } from './outside.js';
import { insideMarkup } from '../quote-marks/markup.js';
import { insideTitle } from './titles.js';
import { findVerbCues } from './verbs.js';
import { findAccordingTo, findColonsAndDashes } from './lead-ins.js';
import { findNounCues } from './nouns.js';
import { findAdjectiveCues } from './adjectives.js';
import { findCoordinatedAdjectiveCues } from './adjectives-coordinated.js';
import { findPollStandingCues } from './poll-standing.js';
import { findProvisionCues } from './provisions.js';
import { findAgentParticipleCues } from './agent-participle.js';

/** The cues of `xs` that overlap none of `ys` (both sorted by start): one merge pass. */
function withoutOverlap(xs: Cue[], ys: Cue[]): Cue[] {
  let j = 0;
  return xs.filter((x) => {
    while (j < ys.length && (ys[j]?.end ?? 0) <= x.start) j++;
    const y = ys[j];
    return y === undefined || y.start >= x.end;
  });
}

const length = (c: Cue): number => c.end - c.start;

/** Two cue lists sorted by start, as one (the second is mostly empty). */
const mergeSorted = (xs: Cue[], ys: Cue[]): Cue[] => (ys.length === 0 ? xs : [...xs, ...ys].sort((a, b) => a.start - b.start));

/**
 * Of a verb cue and a noun cue that overlap, the shorter goes: "has voiced his desire to" (a light verb and its
 * noun) keeps the verb cue over the noun "desire" inside it; "repeated her criticism of" (a verb governing a
 * possessed stance noun) keeps the noun cue over the verb "repeated". A verb ending where a noun ends is the noun
 * read again ("her latest claim that"), so it goes too. One sweep: both lists are sorted by start.
 */
function longerOfOverlaps(verbs: Cue[], nouns: Cue[]): { verbs: Cue[]; nouns: Cue[] } {
  const lostNouns = new Set<Cue>();
  let j = 0;
  const keptVerbs = verbs.filter((v) => {
    while (j < nouns.length && (nouns[j]?.end ?? 0) <= v.start) j++;
    let keep = true;
    for (let k = j; k < nouns.length; k++) {
      const n = nouns[k];
      if (n === undefined || n.start >= v.end) break;
      if (n.end <= v.start) continue;
      if (n.end === v.end || length(n) > length(v)) keep = false;
      else if (length(v) > length(n)) lostNouns.add(n);
    }
    return keep;
  });
  return { verbs: keptVerbs, nouns: lostNouns.size === 0 ? nouns : nouns.filter((n) => !lostNouns.has(n)) };
}

export function findCues(s: Marked): Cued {
  const text = s.doc.text;
  // 1. speech verbs in all their forms (found once, in the quote-marks stage), outside quotes and markup tags
  // (one reader of the spans for every pass: it walks them with a cursor that goes back as well as on)
  const quoted = insideQuotes(s.quoteSpans);
  const inTag = insideMarkup(s.markup);
  // (and outside titles and terms in marks: a novel "Tell Me Nothing" has no cue; titles.ts)
  const inTitle = insideTitle(text, s.quoteSpans);
  const spoken = findVerbCues(text, s.speechWords, (at) => inTag(at) || quoted(at) || inTitle(at));
  // (and a written rule's verbs of laying down, "the law requires", with the rule as the source: provisions.ts)
  const verbs = withoutOverlap(findProvisionCues(text, quoted), spoken).concat(spoken).sort((a, b) => a.start - b.start);
  // 2. "according to"
  const according = findAccordingTo(text, quoted);
  // 3. colon lead-ins and dash bylines, read off the quotes themselves
  const marks = findColonsAndDashes(text, s.quoteSpans);
  // 4. nouns of saying between a possessor and "that" ("her claim that ...")
  // (and a stance participle describing a noun, its holder after "by": "a plan backed by the unions"; agent-participle.ts)
  const nouns = mergeSorted(findNounCues(text, quoted), withoutOverlap(findAgentParticipleCues(text, quoted), verbs));
  // 5. predicate adjectives of belief and feeling ("is confident that", "were worried about")
  // (a form the verb pass found already, "were worried about", stays the verb's cue)
  // (and a belief with no "be" of its own: "was happy with X and confident that", "came away convinced that")
  const held = [...findAdjectiveCues(text, quoted), ...findCoordinatedAdjectiveCues(text, quoted)];
  const adjectives = withoutOverlap(held.sort((a, b) => a.start - b.start), verbs);
  // after a possessor the form is the noun ("her latest claim that"), not the verb; of overlapping verb and noun
  // cues the longer stays (longerOfOverlaps)
  const kept = longerOfOverlaps(verbs, nouns);
  const cues = [...kept.verbs, ...according, ...marks, ...kept.nouns, ...adjectives].sort((a, b) => a.start - b.start);
  // 6. a standing in an opinion poll, with the poll as its source ("has led in every poll"), where no other cue
  // stands earlier in its clause (poll-standing.ts)
  const polls = findPollStandingCues(text, quoted, cues);
  return { ...s, cues: polls.length === 0 ? cues : [...cues, ...polls].sort((a, b) => a.start - b.start) };
}
