// A body of members named by its kind word ("the association", "the league", "the guild") refers back to the
// organisation whose name ends in that word (lexicon/organisation-heads.ts ORGANIZATION_HEADS).
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index.js';

const last = (text: string): string => {
  const q = analyze({ id: 't', text }).quotes.at(-1);
  return `${q?.speaker ?? null}/${q?.speakerKind ?? null}/${q?.speakerMention?.text ?? null}`;
};

describe('speakers: a member body by its kind word', () => {
  it.each([
    ['The Kestrel Pilots Association called the ban unsafe. The association said it would sue.', 'Kestrel Pilots Association/organization/The association'],
    ['The Ostby Chess League fined the club. The league said the fine was fair.', 'Ostby Chess League/organization/The league'],
    ['The Harbour Pilots Guild called the ban unsafe. The guild said it would sue.', 'Harbour Pilots Guild/organization/The guild'],
    // the kind words of lexicon/body-kinds.ts
    ['The Norby Water Trust called the ban unsafe. The trust said it would sue.', 'Norby Water Trust/organization/The trust'],
    ['The Tarnby Cycling Federation banned the rider. The federation said the test was clear.', 'Tarnby Cycling Federation/organization/The federation'],
    ['The Harlow Teachers Syndicate called a strike. The syndicate said pay had stalled.', 'Harlow Teachers Syndicate/organization/The syndicate'],
    // a fund: the body, not the money, when it speaks; its kind word ends a compound ("the pension fund")
    ['The Corlan Miners Relief Fund opened a new round. The fund said it had 900 applications.', 'Corlan Miners Relief Fund/organization/The fund'],
    ['The trust fund said the grants would be paid in March.', 'the trust fund/organization/The trust fund'],
    ['The teachers\' pension fund said returns had fallen for a second year.', 'the teachers\' pension fund/organization/The teachers\' pension fund'],
  ])('%s', (text, expected) => {
    expect(last(text)).toBe(expected);
  });

  it.each([
    // another kind of body: a body of its own, not the union
    ['The Kestrel Pilots Union called the ban unsafe. The association said it would sue.', 'the association/organization/The association'],
    ['The Norby Water Trust called the ban unsafe. The federation said it would sue.', 'the federation/organization/The federation'],
    ['The Velm Angling Fund called the ban unsafe. The trust said it would sue.', 'the trust/organization/The trust'],
  ])('leaves alone: %s', (text, expected) => {
    expect(last(text)).toBe(expected);
  });
});
