// Sentence ends that segment/sentences.ts finds beyond a stop and a space. Invented texts.
// - A closing double mark glued to the next opening one ('“It is over.”“We lost,” the coach said.': the space or line
//   break lost in the copy) ends the sentence as a space would (gluedQuotes), so each quote keeps its own attribution;
//   a straight mark, a comma before the mark, or a lower-case word after it changes nothing.
// - A mid-sentence abbreviation ("Co.", "Inc.", "Ltd.", "U.S.") ends the sentence when an opening quotation mark and a
//   capital follow: the quote is the next sentence. A name, a number or a lower-case word after the abbreviation keeps
//   the sentence going, and so does a quoted title or name (quoted-sentence.ts).
import { describe, expect, it } from 'vitest';
import { segment } from '../../../src/analysis/segment/index.js';
import { runQuotes } from '../quote-run.js';

const sentences = (text: string): string[] => segment({ id: 't', text }).sentences.map((s) => text.slice(s.start, s.end));
const sentenceCount = (text: string): number => segment({ id: 't', text }).sentences.length;

describe('segment: a closing mark glued to the next opening mark', () => {
  it.each<[string, string[]]>([
    ['The council called the tram plan “a fantasy.”“Your numbers are wrong,” Pia Lund wrote.',
      ['The council called the tram plan “a fantasy.”', '“Your numbers are wrong,” Pia Lund wrote.']],
    ['“Is the pier safe?”“Not until the spring storms have passed,” the engineer replied.', ['“Is the pier safe?”', '“Not until the spring storms have passed,” the engineer replied.']],
    ['“Stop the trucks!”“The road belongs to the village,” the farmers said.', ['“Stop the trucks!”', '“The road belongs to the village,” the farmers said.']],
  ])('ends: %s', (text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });

  it.each<[string, string[]]>([
    // a comma before the marks: one sentence, a list of quoted names
    ['She named “Tide,”“Harbour” and “Gull” as her favourite boats.', ['She named “Tide,”“Harbour” and “Gull” as her favourite boats.']],
    // straight marks: which side each is on is a guess
    ['He called it "a fantasy.""Your numbers are wrong," Pia Lund wrote.', ['He called it "a fantasy.""Your numbers are wrong," Pia Lund wrote.']],
    // a space after the mark: one end, as before
    ['“It is late.” “Go home,” she said.', ['“It is late.”', '“Go home,” she said.']],
  ])('leaves alone: %s', (text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });

  it('gives each glued quote its own attribution', () => {
    const quotes = runQuotes('The council called the tram plan “a fantasy.”“Your numbers are wrong,” Pia Lund wrote.', [['The council', 'organization', 0], ['Pia Lund', 'name', 1]]);
    expect(quotes.map((q) => [q.text, q.cue?.text])).toEqual([['the tram plan “a fantasy.”', 'called'], ['Your numbers are wrong,', 'wrote']]);
  });
});

describe('segment: an abbreviation before an opening quotation mark', () => {
  it.each([
    ['Rents will climb again, said Oona Pell, a property analyst at Dray & Co. "Nobody is building," she said.', 2],
    ['The merger is off, said a lawyer for Kestrel Foods Inc. “We walked away,” he said.', 2],
    ['The plant will close in May, wrote Ivo Marr of Tollan Ltd. "It is a sad day."', 2],
    ['Fares are set to rise, said Ada Lund, who follows airlines for Brisk Bros. ‘It was coming,’ she said.', 2],
    ['The tariff hurts exporters in the U.S. "We feel it every week," a grower said.', 2],
  ])('ends: %s', (text, n) => {
    expect(sentenceCount(text)).toBe(n);
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
    expect(sentenceCount(text)).toBe(n);
  });
});
