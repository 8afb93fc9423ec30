// Step 5, a check of the qualify step: money a loss names is an amount, not a change. "The firm lost $61 million"
// reports the loss itself; "shares lost $1.20" reports a price that moved.
import type { Candidate } from './candidate.js';

// "The firm lost $61 million", "posted a loss of $4 million", "a $9 million loss": the money is what was
// lost, an amount, not a change in one ...
const LOSS_BEFORE = /(?<![\p{L}])(?:lost|lose|loses|losing|a[ \t]+loss[ \t]+of)[ \t]+$/iu;
const LOSS_AFTER = /^[ \t-]{1,2}loss(?![\p{L}])/u;
// ... unless a price moved: "shares lost $1.20 to $30.50", "lost $2 billion in market value", "lost $3 a share",
// "the stock lost $4"
const PRICE_MOVE_AFTER = /^[ \t]+(?:(?:to|at)[ \t]+\p{Sc}?\d|in[ \t]+(?:market[ \t]+)?value|of[ \t]+(?:its|their)[ \t]+value|a[ \t]+share|per[ \t]+share)/iu;
const PRICE_BEFORE = /(?:^|[^\p{L}])(?:shares?|stocks?|prices?|index|futures|oil|crude|gold|bitcoin|dollar|euro|currency)[ \t]+(?:\p{L}+[ \t]+)?$/iu;

/** Money a loss names, not a price that fell. */
export function lossAmount(text: string, c: Candidate, start: number): boolean {
  const before = text.slice(Math.max(0, start - 20), start);
  const loss = LOSS_BEFORE.exec(before);
  if (!loss && !LOSS_AFTER.test(text.slice(c.end, c.end + 8))) return false;
  if (PRICE_MOVE_AFTER.test(text.slice(c.end, c.end + 24))) return false;
  const verbAt = loss ? start - loss[0].length : start;
  return !(loss && PRICE_BEFORE.test(text.slice(Math.max(0, verbAt - 30), verbAt)));
}
