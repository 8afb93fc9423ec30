// Step 5: the runs that name someone who can speak: persons (with their title), organisations, countries
// (governments speak through them: "France said") and political camps ("Democrats").
import type { Token } from './tokens.js';
import type { Run } from './runs.js';
import type { Candidate } from './candidate.js';

export function namesFromRuns(text: string, tokens: Token[], runs: Run[]): Candidate[] {
  const out: Candidate[] = [];
  for (const r of runs) {
    const first = tokens[r.first]!;
    const nameStart = tokens[r.nameFirst]!.start;
    const end = tokens[r.last]!.nameEnd;
    // a leading "The" belongs to the sentence, not to the name ("The Acme Group said")
    const start = first.lower === 'the' && r.first < r.last && r.kind !== 'person' ? tokens[r.first + 1]!.start : first.start;
    if (r.kind === 'person') {
      const titled = r.nameFirst > r.first && r.role !== null;
      out.push({ start, end, kind: titled ? 'title-name' : 'name', role: r.role, gender: r.gender, name: text.slice(nameStart, end) });
    } else if (r.kind === 'organization' || r.kind === 'country') {
      // a country speaks as its government; its head word tells "the company" not to take it
      const c: Candidate = { start, end, kind: 'organization', role: null, gender: 'neuter', name: text.slice(start, end) };
      if (r.kind === 'country') c.head = 'country';
      out.push(c);
    } else if (r.kind === 'group') {
      out.push({ start, end, kind: 'group', role: null, gender: 'plural', head: text.slice(start, end).toLowerCase() });
    }
  }
  return out;
}
