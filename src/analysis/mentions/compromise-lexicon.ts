// compromise's lexicon, read as data from a snapshot (data/compromise-lexicon.json, written by
// scripts/compromise-lexicon.mjs) rather than by importing compromise. Importing compromise builds the
// lexicon by conjugating and inflecting its packed word lists: about 0.7 s of CPU in every process and every
// worker thread, nearly half of a one-document CLI run, for a table that is the same each time. Parsing the
// snapshot takes some 30 ms. tests/analysis/mentions/compromise-lexicon.test.ts checks that the snapshot
// equals what the installed compromise builds, so an upgrade that changes the lexicon fails until the
// snapshot is written again.
import { readFileSync } from 'node:fs';

export interface CompromiseLexicon {
  /** word or phrase, lower case -> its tag or tags ("Actor", ["Noun", "Singular"]) */
  lexicon: Record<string, string | string[]>;
  /** compromise's words that end organisation names ("inc", "party") */
  orgWords: Record<string, boolean>;
}

// (the same path from src/analysis/mentions/ and from dist/analysis/mentions/: data/ sits beside both)
export const SNAPSHOT_FILE = new URL('../../../data/compromise-lexicon.json', import.meta.url);

export const compromiseLexicon: CompromiseLexicon = JSON.parse(readFileSync(SNAPSHOT_FILE, 'utf8')) as CompromiseLexicon;
