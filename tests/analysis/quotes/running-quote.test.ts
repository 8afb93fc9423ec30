import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index.js';

// quotes/running-quote.ts: a quote run over paragraphs, attributed in a later paragraph (its first steps are read by
// standalone.ts; the plain case, a run that opens its paragraph, is tested in standalone.test.ts). Invented texts.

// A running quote may open after narration in its paragraph ("She turned to the crowd. “A.¶“B,” she said."): it is
// one quote from its first paragraph, by the later paragraph's attribution. After an attribution in its paragraph
// it is an interrupted quote instead, and a quote that does not open a sentence is left as it was.
describe('standalone: a running quote opening after narration in its paragraph', () => {
  const rows = (text: string) => analyze({ id: 't', text }).quotes.map((q) => [q.type, q.text, q.cue?.text ?? null]);
  it.each([
    ['The minister folded her notes and looked up. “We built this port with borrowed money.\n\n“We will not sell it to pay the interest,” she said.',
      [['direct', 'We built this port with borrowed money.\n\n“We will not sell it to pay the interest,', 'said']]],
    ['Rain fell on the square as the count went on. Then Tomas Ek took the stage. “It was close. Closer than anyone thought.\n\n“But a win is a win,” Ek told supporters.',
      [['direct', 'It was close. Closer than anyone thought.\n\n“But a win is a win,', 'told']]],
    ['The coach paused for a long time. “Nobody here is giving up.\n\n“Nobody,” said the coach, Ilse Marr.',
      [['direct', 'Nobody here is giving up.\n\n“Nobody,', 'said']]],
  ])('one quote: %j', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });

  it.each([
    // an attribution before it in the paragraph: the interrupted quote goes on over the run (the later paragraph's
    // own attribution stays as it was)
    ['“The port is ours,” the minister said. “We built it.\n\n“We will keep it,” she added.',
      [['direct', 'The port is ours,” the minister said. “We built it.\n\n“We will keep it,', 'said'], ['direct', 'We will keep it,', 'added']]],
    // a report in the narration before it: not narration only, left as it was
    ['The minister said the port was safe. “We built it.\n\n“We will keep it,” she added.',
      [['partial', 'the port was safe. “We built it.\n\n“We will keep it,”', 'said'], ['direct', 'We will keep it,', 'added']]],
  ])('leaves alone: %j', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });
});
