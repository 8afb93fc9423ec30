// A he/she right after a speaker only described ("The minister denied it."), whom the resolver tied to no one, is not
// someone named earlier who holds another office (speakers/antecedent.ts otherOffice, salience.ts rememberUnnamed).
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index.js';

/** The canonical speaker of the quote whose speaker mention is `mention` (the last such quote). */
const speakerOf = (text: string, mention: string): string | null =>
  analyze({ id: 't', text }).quotes.filter((q) => q.speakerMention?.text === mention).pop()?.speaker ?? null;

describe('speakers: a pronoun after an unnamed office holder', () => {
  it.each([
    ['Lawyer Anna Brisk filed the complaint on Monday. The minister denied the claims. She insisted the contract was lawful.', 'She'],
    ['Prosecutor Lena Varo opened the case. The judge told jurors to ignore the press. She said they must weigh the evidence alone.', 'She'],
  ])('%s', (text, mention) => {
    expect(speakerOf(text, mention)).toBeNull();
  });

  it.each([
    // an office holder named after a body ("the club's chairman", speakers/body-possessor.ts) is someone: the pronoun is them
    ['Coach Ivo Rensk was sacked on Sunday. The club’s chairman said results had been poor. He thanked Rensk for his work.', 'He', "the club's chairman"],
    // the description fits the named person's office: the same person
    ['Finance Minister Tilde Marsk presented the budget. The minister said growth would slow. She added that taxes would stay.', 'She', 'Tilde Marsk'],
    // a judge named by a justice's title is who "the judge" means
    ['Mr Justice Orrin Hale heard the case. The judge said the claim failed. He ordered the bank to pay costs.', 'He', 'Orrin Hale'],
    ['Mr Justice Orrin Hale heard the case. The judge said the claim failed. He ordered the bank to pay costs.', 'The judge', 'Orrin Hale'],
    // no office known for the one named: the resolver may only have missed the link
    ['Ana Velt arrived late. The director said the plan was sound. She added that it would cost more.', 'She', 'Ana Velt'],
    // an epithet or a standing refers back to the one named; it is no office holder who stands between
    ['Coach Ivo Rensk arrived at the ground on Monday. The veteran told reporters the squad was ready. He said the pitch was heavy.', 'He', 'Ivo Rensk'],
    ['Coach Ivo Rensk arrived at the ground on Monday. The former striker told reporters the squad was ready. He said the pitch was heavy.', 'He', 'Ivo Rensk'],
  ])('leaves alone: %s', (text, mention, speaker) => {
    expect(speakerOf(text, mention)).toBe(speaker);
  });
});
