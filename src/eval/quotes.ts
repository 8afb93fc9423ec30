// Quote scoring (see ../shared/eval/README.md): loose (>30% of the gold characters covered) and strict
// (>80%) precision, recall and F1; on loose matches, speaker accuracy (the predicted speaker mention
// overlaps the gold speaker span) and cue accuracy (same cue text, case aside); the share of
// predictions with an unknown speaker. Rows by quote type: gold `mixed` is our `partial`.
import type { EvalTable } from './index.js';
import type { Quote } from '../types.js';
import { analyze } from '../analysis/index.js';
import { matchQuotes, type GoldQuote, type PredictedQuote } from './quote-match.js';
import { addDocument, COLUMNS, ROWS, row, type Counts } from './quote-table.js';

function num(v: unknown): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

export function readGold(record: Record<string, unknown>): GoldQuote[] {
  const quotes = Array.isArray(record['quotes']) ? (record['quotes'] as Record<string, unknown>[]) : [];
  return quotes.map((q) => ({
    start: num(q['start']) ?? 0,
    end: num(q['end']) ?? 0,
    type: q['type'] === 'direct' ? 'direct' : q['type'] === 'mixed' || q['type'] === 'partial' ? 'partial' : 'indirect',
    speakerStart: num(q['speakerStart']),
    speakerEnd: num(q['speakerEnd']),
    cue: typeof q['cue'] === 'string' ? q['cue'] : null,
  }));
}

/** Scores predictions against gold, one entry per document; pure, for tests and for evalQuotes. */
export function scoreQuotes(docs: { gold: GoldQuote[]; pred: PredictedQuote[] }[]): EvalTable[] {
  const rows = new Map<string, Counts>();
  for (const { gold, pred } of docs) {
    addDocument(rows, gold, pred, matchQuotes(gold, pred, 0.3), matchQuotes(gold, pred, 0.8));
  }
  return [{
    title: `Quotes (${docs.length} documents): loose >30% and strict >80% coverage; speaker and cue on loose matches`,
    columns: COLUMNS,
    rows: ROWS.map(({ label }) => row(label, rows.get(label) as Counts)),
  }];
}

export function evalQuotes(records: Record<string, unknown>[]): EvalTable[] {
  const docs = records.filter((r) => typeof r['text'] === 'string').map((r, i) => {
    const id = typeof r['id'] === 'string' ? r['id'] : `record ${i + 1}`;
    const quotes: Quote[] = analyze({ id, text: r['text'] as string }).quotes;
    return { gold: readGold(r), pred: quotes as PredictedQuote[] };
  });
  return scoreQuotes(docs);
}
