// With several jobs, a corpus starts the workers from its first document, while a single
// document is analysed in this thread (a worker would first load the analysis, for nothing).
// Its own file, so the analysis is not already loaded into this module graph by another test.
import { describe, expect, it } from 'vitest';
import { analysisLoaded, analyzeCorpus, HELP_MAX_CHARS } from '../../src/run/analyze-corpus.js';
import { workerScript } from '../../src/run/worker-script.js';
import type { CorpusEvent } from '../../src/corpus/index.js';

async function* docs(texts: string[]): AsyncGenerator<CorpusEvent> {
  for (const [i, text] of texts.entries()) yield { type: 'doc', doc: { id: `d${i}`, text } };
}
const run = async (texts: string[]): Promise<string[]> => {
  const ids: string[] = [];
  for await (const ev of analyzeCorpus(docs(texts), { jobs: 2, cache: false })) if (ev.type === 'analysis') ids.push(ev.analysis.doc.id);
  return ids;
};

describe.skipIf(!workerScript())('where the first document is analysed (jobs 2)', { timeout: 60_000 }, () => {
  it('a corpus of long texts: in the worker, this thread never loads the analysis', async () => {
    // Over the size this thread takes beside the workers, every document is the worker's.
    const long = (s: string): string => `${s} `.repeat(Math.ceil(HELP_MAX_CHARS / s.length) + 1);
    expect(await run([long('“Yes,” Al Reyes said.'), long('No, she said.')])).toEqual(['d0', 'd1']);
    expect(analysisLoaded()).toBe(false);
  });

  it('a single document: in this thread', async () => {
    expect(await run(['“Yes,” Al Reyes said.'])).toEqual(['d0']);
    expect(analysisLoaded()).toBe(true);
  });
});
