// The bodies court reporting names as the hearer of a claim: "a court has heard", "the inquest heard that ...",
// "an employment tribunal heard on Tuesday", "the jury heard". They are where the claim was told, not who made it
// (cues/heard-by-hearing.ts finds the cue; quotes/speaker-hearer.ts keeps them out of the speaker).
export const HEARING_BODIES: readonly string[] = ['court', 'inquest', 'tribunal', 'hearing', 'jury', 'jurors', 'trial', 'inquiry'];
// The bodies a legal appeal is lodged with: "appealed to the high court to overturn the verdict" asks a court to rule,
// not the public to act (cues/frames.ts APPEAL_FOR).
export const APPEAL_BODIES: readonly string[] = ['courts?', 'tribunals?', 'judges?', 'justices?', 'panels?', 'bench', 'magistrates?'];
