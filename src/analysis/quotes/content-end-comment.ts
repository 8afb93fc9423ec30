// The writer's comment on the whole clause, set after it as a closing appositive: "The farmers' federation endorsed the
// mayor on Monday, another sign of rural groups rallying behind her.", "The firm dropped the tariff, a move that
// has dismayed growers." The noun sums up the act reported ("sign", "example", "move", "blow"); what follows it is the
// writer's comment, not what the speaker said or backed, so the content ends at its comma (content-end.ts). An
// attribution inside the comment ("rural groups rallying behind her") then stands as its own record. Only after a
// bare object: a reported clause may carry such a comment as part of what was said ("said the fare would double, a
// move that has dismayed commuters" is read whole, as annotated news reads it).
import { alternation } from '../alternation.js';
import { REPORTED_CLAUSE } from './content-end-alone.js';

// nouns that sum up an act or a statement as an instance of something, a step, or a hit or a help to someone
const SUMMING_NOUNS = [
  'sign', 'example', 'instance', 'indication', 'signal', 'illustration', 'reminder', 'demonstration', 'testament',
  'move', 'step', 'blow', 'boost', 'setback', 'rebuke', 'reversal', 'snub', 'rebuff',
];
// a determiner ("another", "the latest", "a", "the"), at most one adjective ("a clear sign", "the latest such move"),
// the summing noun, then what it is a sign, step or blow of: a preposition, or "that" opening the comment's clause
const COMMENT_APPOSITIVE = new RegExp(String.raw`,\s+(?:another|yet\s+another|the\s+latest|the\s+newest|a\s+further|one\s+more|a|an|the)\s+`
  + String.raw`(?:[\p{Ll}-]+\s+)?(?:${alternation(SUMMING_NOUNS)})\s+(?:of|that|to|for|in|from|toward|towards)\s`, 'u');
// the comment closes the content: no comma, semicolon, colon, quote mark or parenthesis after it (a summing noun
// between commas, "said the toll, a sign of the times, would rise", is an aside inside the content)
const TO_THE_END = /^[^,;:“”"()]*$/;

/** Where a closing appositive that comments on the reported act starts in `content` (a bare object; it starts at `from`), or -1. */
export function commentAppositiveStart(content: string, from: number): number {
  const m = COMMENT_APPOSITIVE.exec(content);
  if (m === null || m.index === 0 || !TO_THE_END.test(content.slice(m.index + m[0].length)) || REPORTED_CLAUSE.test(content.slice(0, m.index))) return -1;
  return from + m.index;
}
