// Time spent in each analysis stage, so a slow stage can be named and handed to its owner.
// The order mirrors src/analysis/index.ts (the one place that declares it); if a stage is
// renamed there, this prints a note instead of failing the bench.
const STAGES = [
  ['segment', 'segment'], ['findQuoteMarks', 'quote-marks'], ['findCues', 'cues'],
  ['findMentions', 'mentions'], ['resolveSpeakers', 'speakers'], ['attributeQuotes', 'quotes'],
  ['findFigures', 'figures'], ['sourceFigures', 'sources'], ['summarizeSpeakers', 'summary'],
];

export async function timeStages(articles) {
  let fns;
  try {
    fns = await Promise.all(STAGES.map(async ([name, dir]) => {
      const fn = (await import(`../dist/analysis/${dir}/index.js`))[name];
      if (typeof fn !== 'function') throw new Error(`${dir} exports no ${name}`);
      return [name, fn];
    }));
  } catch (e) {
    console.log(`  (no per-stage times: ${e.message})`);
    return null;
  }
  const seconds = fns.map(() => 0);
  for (const a of articles) {
    let state = { id: a.id, text: a.text };
    fns.forEach(([, fn], i) => {
      const t = performance.now();
      state = fn(state);
      seconds[i] += (performance.now() - t) / 1000;
    });
  }
  return fns.map(([name], i) => ({ name, seconds: seconds[i] }));
}
