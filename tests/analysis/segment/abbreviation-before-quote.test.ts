// A mid-sentence abbreviation ("Co.", "Inc.", "Ltd.", "U.S.") ends the sentence when an opening quotation mark and a
// capital follow: the quote is the next sentence (segment/sentences.ts). A name, a number or a lower-case word after
// the abbreviation keeps the sentence going, as before.
import { describe, expect, it } from 'vitest';
import { segment } from '../../../src/analysis/segment/index.js';

const sentences = (text: string): number => segment({ id: 't', text }).sentences.length;

describe('segment: an abbreviation before an opening quotation mark', () => {
  it.each([
    ['Rents will climb again, said Oona Pell, a property analyst at Dray & Co. "Nobody is building," she said.', 2],
    ['The merger is off, said a lawyer for Kestrel Foods Inc. “We walked away,” he said.', 2],
    ['The plant will close in May, wrote Ivo Marr of Tollan Ltd. "It is a sad day."', 2],
    ['Fares are set to rise, said Ada Lund, who follows airlines for Brisk Bros. ‘It was coming,’ she said.', 2],
    ['The tariff hurts exporters in the U.S. "We feel it every week," a grower said.', 2],
  ])('ends: %s', (text, n) => {
    expect(sentences(text)).toBe(n);
  });

  it.each([
    ['Dray & Co. Chairman Ivo Marr said the fund would close.', 1],
    ['The shares of Kestrel Foods Inc. rose 4 percent on Jan. 5, a trader said.', 1],
    ['He called Tollan Ltd. "a shell" in a filing.', 1],
    ['The deal with Dray & Co. "will not close this year," the bank said.', 1],
    ['Officials in the U.S. "are watching closely," she said.', 1],
    // a quoted title or name after the abbreviation is part of the sentence (quoted-sentence.ts)
    ['Critics say the U.S. "Fair Harbor" plan favors big ports.', 1],
    ['Workers at Pollard Bros. "Night of Lanterns" show were paid late, the union said.', 1],
    ['A study by Quill Inc. "Water and the City" found that leaks cost millions, the mayor said.', 1],
    ['He argued the U.S. ‘Stay Home’ order was lawful.', 1],
  ])('leaves alone: %s', (text, n) => {
    expect(sentences(text)).toBe(n);
  });
});
