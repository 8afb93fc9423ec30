// Stage 4: every mention of a possible speaker or source, in text order, never overlapping. Regex and lexicon
// passes only (compromise's lexicon as data), so the stage stays linear in the text's length.
import type { Cued, Mentioned } from '../state.js';
import type { Mention } from '../../types.js';
import type { Candidate } from './candidate.js';
import { tokenize } from './tokens.js';
import { findRuns } from './runs.js';
import { placesByContext, promoteSpeakerWords } from './run-context.js';
import { findDescriptions } from './descriptions.js';
import { findPronouns } from './pronouns.js';
import { namesFromRuns } from './names.js';
import { applyAppositions } from './appositions.js';
import { governedPlaces } from './governed-places.js';

/** Keeps, of overlapping candidates, the one starting first and then the longest. */
function merge(text: string, candidates: Candidate[]): Mention[] {
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Mention[] = [];
  let lastEnd = -1;
  for (const c of candidates) {
    if (c.start < lastEnd || c.end <= c.start) continue;
    const m: Mention = { text: text.slice(c.start, c.end), start: c.start, end: c.end, kind: c.kind, entity: null, role: c.role, gender: c.gender };
    if (c.name !== undefined) m.name = c.name;
    if (c.head !== undefined) m.head = c.head;
    out.push(m);
    lastEnd = c.end;
  }
  return out;
}

export function findMentions(s: Cued): Mentioned {
  const text = s.doc.text;
  // 1. words and punctuation with offsets, sentence starts, possessives
  const tokens = tokenize(text);
  // 2. capitalised runs: titles split from names, each classed (person, organisation, country, place...)
  //    (a run ends where a cue starts: a headline's capitalised verb is no word of a name)
  const { runs, runAt } = findRuns(text, tokens, new Set(s.cues.map((c) => c.start)));
  //    then towns by context ("Tarnby, Ohio", "in Quillford"), and single common words used as surnames or standing
  //    beside a cue ("Rice said")
  placesByContext(text, tokens, runs, runAt);
  promoteSpeakerWords(text, tokens, runs, runAt, s.cues);
  // 3. descriptions and groups on a head noun; role nouns right before a name title it
  const descriptions = findDescriptions(text, tokens, runs, runAt, s.cues);
  // 4. pronouns with gender and number
  const pronouns = findPronouns(text, tokens);
  // 5. names of persons, organisations, countries and political camps
  const names = namesFromRuns(text, tokens, runs);
  //    and the bodies named "the city of X", "the town of Y"
  const governed = governedPlaces(text, tokens, runs, runAt);
  // 6. one mention per stretch of text: the earliest, then the longest
  const mentions = merge(text, [...descriptions, ...pronouns, ...names, ...governed]);
  // 7. appositions lend their role to the name beside them
  applyAppositions(text, mentions);
  return { ...s, mentions };
}
