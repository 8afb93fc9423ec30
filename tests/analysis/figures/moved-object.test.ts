// A transitive verb of movement with its object before "by" (src/analysis/figures/moved-object.ts).
import { describe, expect, it } from 'vitest';
import { figureAt } from './figure-at.js';

const qualifierOf = (text: string, want: string) => figureAt(text, want).qualifier;

describe('moved-object: verb, object, "by", amount', () => {
  it.each<[string, string, string]>([
    ['The district plans to cut class sizes by a fifth.', 'a fifth', 'down'],
    ['The central bank raised its benchmark rate by 0.5 points.', '0.5 points', 'up'],
    ['Airlines must reduce their carbon output by 30% before 2040.', '30%', 'down'],
    ['The ferry line lifted Harwick fares by £2 on Monday.', '£2', 'up'],
    ['The mill slashed its workforce and its budget by 15%.', '15%', 'down'],
    ['Organisers expanded the festival site by 4 hectares.', '4 hectares', 'up'],
  ])('%s: %s is %s', (text, want, q) => {
    expect(qualifierOf(text, want)).toBe(q);
  });
});

describe('moved-object: leaves alone', () => {
  it.each<[string, string]>([
    // the "by" belongs to a verb of its own inside the phrase
    ['The increase was approved by 40 councillors.', '40'],
    ['The cut in fares was driven by 12 new routes.', '12'],
    ['She raised concerns shared by 30 doctors.', '30'],
    ['They cut ties with firms owned by 3 families.', '3'],
    ['Higher fees, which hit students hardest, were backed by 52 members.', '52'],
    // a relative clause between the verb and "by"
    ['The board will raise the issue that was signed by 200 tenants.', '200'],
    // no verb of movement at all
    ['The hall was filled by 900 supporters.', '900'],
    // punctuation ends the clause
    ['The council cut services, and was sued by 14 families.', '14'],
  ])('%s: %s stays exact', (text, want) => {
    expect(qualifierOf(text, want)).toBe('exact');
  });
});
