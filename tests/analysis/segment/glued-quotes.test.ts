// A closing double mark glued to the next opening one ('“It is over.”“We lost,” the coach said.': the space or line
// break lost in the copy) ends the sentence as a space would (segment/sentences.ts gluedQuotes), so each quote keeps
// its own attribution; a straight mark, a comma before the mark, or a lower-case word after it changes nothing.
import { describe, expect, it } from 'vitest';
import { segment } from '../../../src/analysis/segment/index.js';
import { runQuotes } from '../quote-run.js';

const sentences = (text: string): string[] => segment({ id: 't', text }).sentences.map((s) => text.slice(s.start, s.end));

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
