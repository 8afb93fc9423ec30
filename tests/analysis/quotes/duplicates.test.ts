// One record per span when two cues drew the same content (quotes/duplicates.ts). Invented texts;
// the records are built by hand so each case checks the choice alone.
import { describe, expect, it } from 'vitest';
import { dropDuplicates } from '../../../src/analysis/quotes/duplicates.js';
import type { Quote } from '../../../src/types.js';

/** A record over `content` in `text`, its cue and speaker the first occurrence of each word. */
function rec(text: string, content: string, cue: string | null, speaker: string | null, rule: string): Quote {
  const span = (w: string) => { const start = text.indexOf(w); return { text: w, start, end: start + w.length }; };
  const c = span(content);
  return {
    doc: 't', type: 'indirect', text: content, start: c.start, end: c.end, quoted: [], speaker, speakerKind: 'unknown',
    speakerMention: speaker !== null ? span(speaker) : null, role: null, cue: cue !== null ? span(cue) : null, rule, speakerRule: null,
  };
}
const kept = (qs: Quote[]) => dropDuplicates(qs).map((q) => q.cue?.text ?? null);

describe('quotes: duplicates', () => {
  it.each<[string, Quote[], (string | null)[]]>([
    // the cue nearest the content introduces it
    ['A report published in May found that rents rose.', [
      rec('A report published in May found that rents rose.', 'rents rose', 'published', 'A report', 'X-said-content'),
      rec('A report published in May found that rents rose.', 'rents rose', 'found', 'A report', 'X-said-content')], ['found']],
    // ... unless its speaker is the earlier cue's object
    ['Tom Fenn warned a clerk who hinted that the files were lost to keep quiet.', [
      rec('Tom Fenn warned a clerk who hinted that the files were lost to keep quiet.', 'the files were lost', 'warned', 'Tom Fenn', 'X-said-content'),
      rec('Tom Fenn warned a clerk who hinted that the files were lost to keep quiet.', 'the files were lost', 'hinted', 'a clerk', 'X-said-content')], ['warned']],
    // an attribution after the quote beats the quote taken up after "spoke of the bridge."
    ['The mayor spoke of the bridge. “It will open,” her deputy added.', [
      rec('The mayor spoke of the bridge. “It will open,” her deputy added.', 'It will open,', 'spoke of', 'The mayor', 'X-said-next-quote'),
      rec('The mayor spoke of the bridge. “It will open,” her deputy added.', 'It will open,', 'added', 'her deputy', 'content-X-said')], ['added']],
  ])('keeps one: %s', (_text, qs, expected) => {
    expect(kept(qs)).toEqual(expected);
  });

  it.each<[string, Quote[], (string | null)[]]>([
    // two sources take a stand on one claim
    ['Ola Brenn argued that the plant was unsafe, a claim the firm denies.', [
      rec('Ola Brenn argued that the plant was unsafe, a claim the firm denies.', 'the plant was unsafe', 'argued', 'Ola Brenn', 'X-said-content'),
      rec('Ola Brenn argued that the plant was unsafe, a claim the firm denies.', 'the plant was unsafe', 'denies', 'the firm', 'content-X-said')], ['argued', 'denies']],
    // different spans are never merged
    ['Ida Moss said the roads were bad and Tom Fenn thinks they are fine.', [
      rec('Ida Moss said the roads were bad and Tom Fenn thinks they are fine.', 'the roads were bad', 'said', 'Ida Moss', 'X-said-content'),
      rec('Ida Moss said the roads were bad and Tom Fenn thinks they are fine.', 'they are fine', 'thinks', 'Tom Fenn', 'X-said-content')], ['said', 'thinks']],
  ])('keeps both: %s', (_text, qs, expected) => {
    expect(kept(qs)).toEqual(expected);
  });
});
