// Matching predicted quotes to gold ones, as the Gender Gap Tracker scores its extractor: a gold
// quote is found when one prediction covers more than `threshold` of its characters; gold quotes are
// taken in order, each takes the unused prediction covering it most, and a prediction matches at most
// one gold quote.

export interface GoldQuote {
  start: number;
  end: number;
  type: 'direct' | 'partial' | 'indirect';
  speakerStart: number | null;
  speakerEnd: number | null;
  cue: string | null;
}

export interface PredictedQuote {
  start: number;
  end: number;
  type: 'direct' | 'partial' | 'indirect';
  speakerMention: { start: number; end: number } | null;
  speakerKind: string;
  cue: { text: string } | null;
}

export interface Match {
  gold: number;
  pred: number;
  speakerOk: boolean;
  cueOk: boolean;
}

function covered(g: GoldQuote, p: PredictedQuote): number {
  const overlap = Math.min(g.end, p.end) - Math.max(g.start, p.start);
  return overlap <= 0 ? 0 : overlap / Math.max(1, g.end - g.start);
}

export function speakerOk(g: GoldQuote, p: PredictedQuote): boolean {
  if (g.speakerStart === null || g.speakerEnd === null) return p.speakerMention === null;
  const m = p.speakerMention;
  return m !== null && m.start < g.speakerEnd && g.speakerStart < m.end;
}

export function cueOk(g: GoldQuote, p: PredictedQuote): boolean {
  if (g.cue === null) return p.cue === null;
  return p.cue !== null && p.cue.text.trim().toLowerCase() === g.cue.trim().toLowerCase();
}

export function matchQuotes(gold: GoldQuote[], pred: PredictedQuote[], threshold: number): Match[] {
  const used = new Set<number>();
  const out: Match[] = [];
  gold.forEach((g, gi) => {
    let best = -1;
    let bestCover = threshold;
    pred.forEach((p, pi) => {
      if (used.has(pi)) return;
      const c = covered(g, p);
      if (c > bestCover) { best = pi; bestCover = c; }
    });
    if (best < 0) return;
    used.add(best);
    const p = pred[best] as PredictedQuote;
    out.push({ gold: gi, pred: best, speakerOk: speakerOk(g, p), cueOk: cueOk(g, p) });
  });
  return out;
}
