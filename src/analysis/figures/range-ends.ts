// The two ends of a range of two numbers, once the first has taken the second's scale word where
// it should. "between 2 and 3 million" is millions at both ends; "between 500 and 3 million"
// keeps 500 (a millions reading would run backwards over a hundredfold gap). A first number
// above the second's own figure but close to it ("between 5 and 3 million", "from 12 to 8
// billion") is in the same scale: a reversed pair, not a span from 5 to 3,000,000.
// "between A and B" names the same stretch whatever the order ("between 5 and 3 per cent" is
// 3 to 5 per cent); "from A to B" or "A-B" written high to low is a change or a score, not a range.
import { tidy, type Candidate } from './candidate.js';

/** How far apart two numbers of one scale may be and still be read as a reversed pair. */
const SAME_SCALE_SPREAD = 10;

export type RangeEnds =
  | { range: true; low: number; high: number }
  // no range: the first number alone, with the value it means (its scale taken from the second)
  | { range: false; firstValue: number };

/** `symmetric`: the pair was written "between A and B". Values must not be null. */
export function rangeEnds(a: Candidate, b: Candidate, symmetric: boolean): RangeEnds {
  const first = a.value!;
  const second = b.value!;
  if (a.scale === 1 && b.scale > 1) {
    const scaled = tidy(first * b.scale);
    if (scaled <= second * 1.0001 && first < second) return { range: true, low: scaled, high: second };
    const ownFigure = second / b.scale;
    if (first > ownFigure && first < ownFigure * SAME_SCALE_SPREAD) {
      return symmetric ? { range: true, low: second, high: scaled } : { range: false, firstValue: scaled };
    }
  }
  if (symmetric && first > second) return { range: true, low: second, high: first };
  return { range: true, low: first, high: second };
}
