// Money a loss names is an amount, not a change (src/analysis/figures/loss-amount.ts): "the firm lost $6 million"
// reports the loss, "shares lost $1.20" a price that moved. Texts are invented.
import { describe, expect, it } from 'vitest';
import { figureAt } from './figure-at.js';

describe('loss amount: the qualifier of money after a loss', () => {
  it.each<[string, string, string]>([
    // the loss itself: an amount
    ['The bakery lost $6 million last year.', '$6 million', 'exact'],
    ['The club posted a loss of $3 million.', '$3 million', 'exact'],
    ['It posted a $9 million loss.', '$9 million', 'exact'],
    // a price that moved: a change
    ['Shares lost $1.20 to $30.50.', '$1.20', 'down'],
    ['The stock lost $4 on Monday.', '$4', 'down'],
    ['The bakery lost $2 billion in market value.', '$2 billion', 'down'],
  ])('%s (%s)', (text, span, qualifier) => expect(figureAt(text, span).qualifier).toBe(qualifier));
});
