// Types for hostile-inputs.mjs (plain JavaScript so the timing script can run it under node).
export declare const QUOTE_MARKS: string[];
export declare const HOSTILE: Record<string, (size: number) => string>;
export declare const HOSTILE_NAMES: string[];
