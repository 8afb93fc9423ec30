// Stage 9: one Speaker record per entity that says or vouches for something in the document.
import type { Counted, Summarized } from '../state.js';
import type { Speaker } from '../../types.js';

export function summarizeSpeakers(s: Counted): Summarized {
  const byName = new Map<string, Speaker>();
  const get = (name: string, kind: Speaker['kind']): Speaker => {
    let sp = byName.get(name);
    if (!sp) {
      const entity = s.entities.find((e) => e.name === name);
      sp = { name, kind, roles: entity ? [...entity.roles] : [], aliases: entity ? [...entity.aliases] : [], quotes: 0, figures: 0, docs: [s.doc.id] };
      byName.set(name, sp);
    }
    return sp;
  };
  for (const q of s.quotes) if (q.speaker) get(q.speaker, q.speakerKind).quotes++;
  for (const f of s.figures) {
    if (!f.source || f.sourceKind === 'unattributed' || f.sourceKind === 'publication') continue;
    get(f.source, f.sourceKind).figures++;
  }
  return { ...s, speakers: [...byName.values()] };
}
