// Writes data/compromise-lexicon.json: the two parts of compromise's model the analysis reads as data (its
// lexicon, word -> tag or tags, and its organisation words). compromise builds that lexicon at import by
// conjugating and inflecting its packed word lists, which costs about 0.7 s of CPU in every process and worker;
// the analysis reads the built result from this file instead (src/analysis/mentions/compromise-lexicon.ts).
// Run it after upgrading compromise: `node scripts/compromise-lexicon.mjs` (a test checks the file still matches).
import { writeFileSync } from 'node:fs';
import nlp from 'compromise';

const model = nlp.model();
const snapshot = { lexicon: model.one.lexicon, orgWords: model.two.orgWords ?? {} };
writeFileSync(new URL('../data/compromise-lexicon.json', import.meta.url), `${JSON.stringify(snapshot)}\n`);
