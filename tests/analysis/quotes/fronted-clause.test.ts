// A sentence opening with a subordinate clause (quotes/speaker-fronted.ts): a main-clause cue with no subject of its
// own takes the main clause's subject, after the clause's comma, not the subordinate clause's; and a subject pronoun
// after "after"/"before" is a subordinate clause's subject, not a preposition's object (quotes/subjects.ts).
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index.js';

const byCue = (text: string, cue: string): string | null =>
  analyze({ id: 't', text }).quotes.find((x) => x.cue?.text === cue)?.speakerMention?.text ?? null;

describe('quotes: the subject after a fronted subordinate clause', () => {
  it.each([
    ['When Ada Lind took the stage, Ivo Berg walked out, saying the vote was rigged.', 'saying', 'Ivo Berg'],
    ['Although the miners went home, the union held firm, insisting that pay must rise.', 'insisting', 'the union'],
    ['Hours after he met the dockers and promised them a raise, the port chief resigned.', 'promised', 'he'],
    // a participle of the main clause continues no cue inside the fronted clause (continued-draft.ts continuedDraft)
    ['When asked, Ivo Berg shrugged, saying the vote was fair.', 'saying', 'Ivo Berg'],
    ['Before Ada Lind announced that the depot would shut, Ivo Berg left early, warning that fares would double.', 'warning', 'Ivo Berg'],
  ])('%s', (text, cue, expected) => {
    expect(byCue(text, cue)).toBe(expected);
  });

  it.each([
    // no subordinator: the sentence's own subject
    ['After the vote, Ada Lind left, saying the plan was sound.', 'saying', 'Ada Lind'],
    // the subordinate clause after the main clause's subject: the sentence's subject
    ['Ivo Berg walked out when Ada Lind took the stage, saying the vote was rigged.', 'saying', 'Ivo Berg'],
    // the cue inside the fronted clause keeps the clause's subject
    ['When Ada Lind left the hall and warned that fares would rise, the crowd booed.', 'warned', 'Ada Lind'],
    // no fronted clause: the participle continues the sentence's cue
    ['Ada Lind said the vote was fair, adding that she was proud.', 'adding', 'Ada Lind'],
  ])('leaves alone: %s', (text, cue, expected) => {
    expect(byCue(text, cue)).toBe(expected);
  });
});
