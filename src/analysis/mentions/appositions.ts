// Step 7: appositions give a name its role: "Jane Roe, a doctor, said" and "Acme's chief executive, Jane Roe,
// said". The description stays a mention of its own; the name takes its role (quote attribution prefers the name).
import type { Mention } from '../../types.js';

// a comma or a dash, and maybe an age between: "Jane Roe, 45, a doctor,"
const COMMA_ONLY = /^\s*[,―—–]\s*(?:\d{1,3}\s*,\s*)?$/;
const CLOSES = /^\s*(?:[,;:.)—–]|$)/;

function isPersonName(m: Mention): boolean {
  return (m.kind === 'name' || m.kind === 'title-name') && m.role === null;
}
function isPersonDescription(m: Mention): boolean {
  return m.kind === 'description' && m.role !== null && m.gender !== 'neuter';
}

export function applyAppositions(text: string, mentions: Mention[]): void {
  for (let i = 0; i + 1 < mentions.length; i++) {
    const a = mentions[i]!;
    const b = mentions[i + 1]!;
    if (!COMMA_ONLY.test(text.slice(a.end, b.start))) continue;
    const after = text.slice(b.end, b.end + 2);
    if (isPersonName(a) && isPersonDescription(b) && CLOSES.test(after)) a.role = b.role;
    else if (isPersonDescription(a) && isPersonName(b) && CLOSES.test(after)) b.role = a.role;
  }
}
