// End-to-end probe, speakers: who says each quote when another name stands near the cue, pronouns and
// surnames, organisations and their acronyms, and the speaker entities the run reports, on short invented
// news texts (tests/e2e/probe-docs.ts) run once through the built command.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { itFindsQuotes, itRunsCleanly, pick, runProbe, type ProbeRun, type QuoteRow } from './probe-run.js';

// [doc, type, content text, speaker, speakerKind (null: not checked), role, cue]
const QUOTES: QuoteRow[] = [
  // A second name near the cue must not take the quote: the outlet told, the person met, the one contrasted.
  ['outlet', 'indirect', 'the border would stay open', 'Ana Feld', 'person', null, 'told'],
  ['meeting', 'indirect', 'the border would stay open', 'Feld', 'person', null, 'said'],
  ['unlike', 'indirect', 'the border should stay open', 'Feld', 'person', null, 'believes'],
  ['possessive', 'indirect', 'the border would stay open', 'Dana Holt', 'person', 'spokeswoman', 'said'],
  ['radio', 'direct', 'The border stays open,', 'Feld', 'person', null, 'told'],
  ['doctor', 'indirect', 'Prices will rise', 'Omar Quist', 'person', null, 'said'],
  // A pronoun inside the quoted words refers to someone else and must not block the speaker's pronoun.
  ['inner', 'direct', 'He told me twice,', 'Tova Rask', 'person', null, 'added'],
  // The speaker's organisation (with a plural possessive) does not take her pronoun.
  ['member', 'direct', 'We cannot pay,', 'Tara Singh', 'person', null, 'said'],
  // The author of a review, the body the data come from, the group after its descriptor.
  ['review', 'indirect', 'the scheme had failed', 'Tamsin Gale', 'person', 'professor', 'found'],
  ['bureau', 'indirect', '4,100 ships docked last year', 'Bureau of Harbour Statistics', 'organization', null, 'show'],
  ['descriptor', 'indirect', 'shareholders took too much', 'WaterWatch', 'organization', null, 'argues'],
  ['descriptor', 'indirect', 'the rules were weak', 'Norbridge Institute', 'organization', null, 'said'],
  ['estimates', 'indirect', 'Leaks cost £2 billion a year', 'Aqualine', null, null, 'estimates'],
  // Relatives sharing a surname: "Mr. Harrowby" right after a paragraph about Ernest is Ernest, not his son.
  ['surname', 'direct', 'Solar panels need no farmer,', 'Ernest Harrowby', 'person', null, 'said'],
  // An acronym in parentheses names the same agency later; a police force is an organisation.
  ['agency', 'indirect', 'Transport costs fell 1.4% on the month', 'National Statistics Office', 'organization', null, 'said'],
  ['police', 'indirect', 'three men entered the shop', 'Westmere Police', 'organization', null, 'According to'],
  // The organisation in the speaker's apposition, or the whole name with its plural possessive ("Nurses' Union").
  ['union', 'indirect', 'the wait was too long', 'Ada Voss', 'person', 'head', 'said'],
  ['union', 'indirect', 'pay was too low', "Nurses' Union", 'organization', null, 'said'],
  ['union', 'partial', 'the wait was "too long"', 'Ida Brandt', 'person', 'chair', 'said'],
  ['sp8', 'indirect', 'the mill had polluted the river', 'the agency', 'organization', null, 'said'],
  ['sp8', 'indirect', 'the fine was fair', 'the agency', 'organization', null, 'said'],
  ['statement', 'indirect', 'the fine was unfair', 'Tarvo Oil', 'organization', null, 'said'],
  ['statement', 'indirect', 'the field kept', 'Local schools', 'group', null, 'want'],
  ['daughter', 'indirect', 'Ada Voss was born in 1950', 'Ilse Voss', 'person', 'daughter', 'said'],
  ['earnings', 'indirect', 'its net profit fell 18% to $412 million', 'Tovarik Foods', 'organization', null, 'said'],
];

// [canonical name, kind, an alias it must carry (or null), a role it must carry (or null)]
const SPEAKERS: [string, string, string | null, string | null][] = [
  ['Ida Strand', 'person', 'Strand', 'mayor'],
  ['Nia Brandreth', 'person', null, 'councillor'],
  ['Ferrowind Energy', 'organization', null, null],
  ['Prosecutors', 'group', null, null],
  ['National Statistics Office', 'organization', 'NSO', null],
  ['Ernest Harrowby', 'person', 'Mr. Harrowby', null],
];
// The texts the speaker entities above come from.
const ENTITY_DOCS = ['wire', 'uk-single', 'inverted', 'agency', 'surname'];

let run: ProbeRun;
beforeAll(() => { run = runProbe(pick(new Set([...QUOTES.map((q) => q[0]), ...ENTITY_DOCS]))); });
afterAll(() => run.cleanup());

describe('attrib probe: speakers (built, invented news)', { timeout: 60_000 }, () => {
  itRunsCleanly(() => run);

  itFindsQuotes(QUOTES, () => run);

  it.each(SPEAKERS)('speaker %s is one %s entity', (name, kind, alias, role) => {
    const found = run.envelopes.filter((e) => e.type === 'speaker' && e.data.name === name).map((e) => e.data);
    expect(found).toHaveLength(1);
    expect(found[0]?.kind).toBe(kind);
    if (alias) expect(found[0]?.aliases).toContain(alias);
    if (role) expect(found[0]?.roles).toContain(role);
  });
});
