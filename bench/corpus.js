// The bench's articles: the evaluation texts when ../shared/eval sits beside the project (read
// for measuring only, never copied), topped up with synthetic articles to `count`; a clone
// without the eval data measures on synthetic articles alone.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generateArticles } from './generate.js';

const EVAL = fileURLToPath(new URL('../../shared/eval/polnear.dev.jsonl', import.meta.url));

export function benchArticles(count) {
  const real = existsSync(EVAL)
    ? readFileSync(EVAL, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)).map((r) => ({ id: r.id, text: r.text }))
    : [];
  const taken = real.slice(0, count);
  const synthetic = generateArticles(count - taken.length);
  return {
    articles: [...taken, ...synthetic],
    label: taken.length > 0
      ? `${taken.length} news articles from ../shared/eval (measured, not copied) + ${synthetic.length} synthetic`
      : `${synthetic.length} synthetic news-like articles (no ../shared/eval beside the project)`,
  };
}
