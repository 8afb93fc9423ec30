// speakers/pronoun-reference.ts: he/she/it/they and a relative who/which to the nearest fitting entity; an "it"
// that stands for no one and first-person pronouns to nobody. Whole speakers stage on invented texts.
import { describe, expect, it } from 'vitest';
import { who } from './resolve-text.js';

describe('speakers/pronoun-reference: pronouns', () => {
  it.each([
    ['Foreign Minister Tomasz Wrenski met reporters. He said the talks went well.', 'He', 'Tomasz Wrenski'],
    ['Ingrid Solberg-Haas met her colleague. She said the talks went well.', 'She', 'Ingrid Solberg-Haas'],
    ['Kim Do Hyun met reporters. He said the talks went well.', 'He', 'Kim Do Hyun'],
    ['John Okafor met Emily Rourke. She said it was late.', 'She', 'Emily Rourke'],
    ['John Okafor met Emily Rourke. He said it was late.', 'He', 'John Okafor'],
    ['In a talk with Emily Rourke, John Okafor said he would go.', 'he', 'John Okafor'],
    ['Brightwater Corp. said its profits rose.', 'its', 'Brightwater Corp.'],
    ['Brightwater Corp. met. It said sales fell.', 'It', 'Brightwater Corp.'],
    ['Canadian officials met on Monday. They said nothing.', 'They', 'Canadian officials'],
    ['Brightwater Corp. said they would appeal.', 'they', 'Brightwater Corp.'],
    ['Ann Pell and Rob Lind met on Monday. They said nothing.', 'They', 'Ann Pell and Rob Lind'],
    ['Emily Rourke, who leads the team, said so.', 'who', 'Emily Rourke'],
    ['Emily Rourke spoke. She’s sure of it.', 'She', 'Emily Rourke'],
    ['They met Emily Rourke — who said no.', 'who', 'Emily Rourke'],
    // someone known to be a woman beats someone whose gender is unknown, and the unknown one stays unknown
    ['Okonkwo is praising Emily Rourke and her plans.', 'her', 'Emily Rourke'],
    ['Okonkwo is praising Emily Rourke and her plans. He said so.', 'He', 'Okonkwo'],
  ])('%s', (text, mention, name) => {
    expect(who(text, mention)).toBe(name);
  });

  it.each([
    ['Brightwater Corp. met. It is believed that sales fell.', 'It'],
    ['Brightwater Corp. met. It was unclear why.', 'It'],
    ['I said we would win.', 'I'],
    ['I said we would win.', 'we'],
    ['The weather was bad. He said so.', 'He'],
    ['Emily Rourke spoke. He said so.', 'He'],
  ])('leaves unresolved: %s (%s)', (text, mention) => {
    expect(who(text, mention)).toBeNull();
  });
});
