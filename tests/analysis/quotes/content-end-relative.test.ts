// A cue in a restrictive relative on the sentence's subject says no more than its relative clause: the main verb ends
// the content (quotes/content-end-relative.ts). Whole pipeline, [content, cue] of each record. Invented texts.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index.js';

const all = (text: string) => analyze({ id: 'd', text }).quotes.map((q) => [q.text, q.cue?.text ?? null]);

describe('quotes/content-end-relative: the main verb after a subject relative ends its content', () => {
  it.each<[string, string[][]]>([
    ['Residents who spoke angrily were escorted out.', []],
    ['Diners who complained about the noise got a refund.', [['the noise', 'complained about']]],
    // a cue that ends in its preposition takes a noun phrase: the one finite verb is the main one
    ['Tenants who complained about the heating were moved to another block.', [['the heating', 'complained about']]],
    // one word before the verb: how or where they spoke, then the main verb (no record: the medium says nothing)
    ['Viewers who commented online were mostly angry.', []],
  ])('%s', (text, expected) => {
    expect(all(text)).toEqual(expected);
  });
});

describe('quotes/content-end-relative: leaves alone', () => {
  it.each<[string, string[][]]>([
    // one finite verb after a clause-taking cue: the reported clause's own, no cut
    ['Shoppers who say the market is too dear.', [['the market is too dear', 'say']]],
    ['Drivers who think the toll is fair.', [['the toll is fair', 'think']]],
    // a relative between commas is content-end-alone.ts's, which ends at the comma
    ['The mayor, who has said the pool will reopen, was re-elected.', [['the pool will reopen', 'has said']]],
    // no relative: the content runs on as it did
    ['The council said the market was too dear for most families.', [['the market was too dear for most families', 'said']]],
    // the relative on an object, not on the sentence's subject
    ['Police questioned two men who said the van was stolen.', [['the van was stolen', 'said']]],
  ])('%s', (text, expected) => {
    expect(all(text)).toEqual(expected);
  });
});

describe('quotes/content-end-relative: a subject pronoun before the one finite verb opens the reported clause', () => {
  it.each<[string, string[][]]>([
    ['The film follows a baker who says she would have to close.', [['she would have to close', 'says']]],
    ['Voters who say they will stay home.', [['they will stay home', 'say']]],
  ])('%s', (text, expected) => {
    expect(all(text)).toEqual(expected);
  });
});

describe('quotes/content-end-relative: the pronoun as the reported clause\'s subject (gapRelativeEnd)', () => {
  it.each<[string, string[][]]>([
    ['The men who workers say attacked them have fled.', [['who workers say attacked them', 'say']]],
    ['A lift that nurses said was unsafe has been fixed.', [['was unsafe', 'said']]],
  ])('%s', (text, expected) => {
    expect(all(text)).toEqual(expected);
  });

  it.each<[string, string[][]]>([
    // a subject pronoun after the gap's verb opens a clause of its own: its verbs are the content's
    ['The man who police say told officers he was armed has fled.', [['who police say told officers he was armed has fled', 'say']]],
    // the relative on an object: no main verb follows
    ['Police hunt the man who witnesses say told them he was armed.', [['who witnesses say told them he was armed', 'say']]],
    // a cue with its own subject and a clause after it, no gap
    ['The firm that makes tiles said the plant will close.', [['the plant will close', 'said']]],
  ])('leaves alone: %s', (text, expected) => {
    expect(all(text)).toEqual(expected);
  });
});
