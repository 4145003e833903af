// The range of generateRandom for generated event IDs: nine digits, so IDs have a constant length.
// Kept free of 'sgtm' imports so Node-side test helpers can load it.
export const RANDOM_MIN = 100000000;
export const RANDOM_MAX = 999999999;
