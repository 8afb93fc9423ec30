// Nouns whose number names a class rather than counting things: "type 2 diabetes", "stage 4", "category 5",
// "phase 3 trials", "grade 8 pupils", "level 2", "tier 1". The figures stage makes such a number an identifier
// (figures/class-labels.ts).

export const CLASS_LABELS: ReadonlySet<string> = new Set(['type', 'stage', 'category', 'phase', 'grade', 'level', 'tier']);

// the labels that are also verbs: after "to" or a modal they are the verb, and the number counts ("plans to stage
// 3 rallies", "will level 2 charges"); "tier", "category" and "phase" are nouns there too ("moved to tier 3")
export const VERB_LABELS: ReadonlySet<string> = new Set(['type', 'stage', 'grade', 'level']);

// the words a verb's bare form follows: "to", the modals, and "do" ("they did stage 2 shows")
export const BEFORE_BARE_VERB: ReadonlySet<string> = new Set(['to', 'will', 'would', 'can', 'could', 'may', 'might', 'shall', 'should', 'must', 'did', 'does', 'do']);
