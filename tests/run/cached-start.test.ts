// A run whose documents all come from the cache must not load the analysis (compromise takes
// ~150 ms to load): that is what makes a repeated question over a corpus answer at once.
// Its own file, so no other test has loaded the analysis into this module graph first.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analysisLoaded, analyzeCorpus } from '../../src/run/analyze-corpus.js';
import { AnalysisStore } from '../../src/cache/store.js';
import { textKey } from '../../src/cache/payload.js';
import type { CorpusEvent } from '../../src/corpus/index.js';

const texts = ['“Rents are too high,” Ada Moss said.', 'Fares rose 3% last year, the agency said.'];
async function* docs(list: string[]): AsyncGenerator<CorpusEvent> {
  for (const [i, text] of list.entries()) yield { type: 'doc', doc: { id: `d${i}`, text } };
}

describe('a fully cached run', () => {
  it('answers without loading the analysis; the first miss loads it', async () => {
    const env = { ATTRIB_CACHE_DIR: mkdtempSync(join(tmpdir(), 'attrib-cached-')) };
    const store = AnalysisStore.open(env.ATTRIB_CACHE_DIR, () => {})!;
    for (const t of texts) store.put(textKey(t), JSON.stringify({ quotes: [], figures: [], speakers: [] }));
    store.close();
    let n = 0;
    for await (const ev of analyzeCorpus(docs(texts), { jobs: 1, env })) if (ev.type === 'analysis') n++;
    expect([n, analysisLoaded()]).toEqual([2, false]);
    for await (const _ev of analyzeCorpus(docs(['An uncached text.']), { jobs: 1, env })) { /* drain */ }
    expect(analysisLoaded()).toBe(true);
  });
});
