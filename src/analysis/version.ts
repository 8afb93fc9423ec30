// The analysis version on its own, so that readers of cached analyses (src/cache/) can key on it
// without importing the stages (which pull in compromise, ~150 ms at start-up).

/** Bumped whenever a rule changes what the analysis returns (cached analyses key on it). */
export const ANALYSIS_VERSION = '0.30.0';
