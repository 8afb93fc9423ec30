import { describe, expect, it } from 'vitest';
import { speakers } from '../speaker-mentions.js';

// "X, a maker of tiles, today announced ...", "X, the captain, has also said ...": the auxiliaries and adverbs between
// an apposition's closing comma and the verb are no subject; the phrase before the apposition is (positions.ts stripAux
// read its window with the blank before the cue still on it, so it never took them off).

describe('quotes/positions: adverbs and auxiliaries after an apposition', () => {
  it.each([
    ['Orlan Solar, a developer of wind and solar farms, today announced the start of work on the Kessby plant.', 'Orlan Solar'],
    ['Mira Tal, a lawyer for the drivers, yesterday said the offer was too low.', 'Mira Tal'],
    ['The mill, a maker of fine paper, has also said it would cut 40 jobs.', 'The mill'],
  ])('%s', (text, speaker) => {
    expect(speakers(text)).toEqual([speaker]);
  });

  it.each([
    ['Ivo Lind, the club captain, later told reporters the pitch was poor.', 'Ivo Lind'],
    ['The ferry firm today said sailings would resume on Friday.', 'The ferry firm'],
  ])('keeps: %s', (text, speaker) => {
    expect(speakers(text)).toEqual([speaker]);
  });
});
