// The clock and randomness, both taken from the execution so runs are reproducible.
import type { Host } from '../host';

export const createTimeApis = (host: Pick<Host, 'now' | 'random'>) => ({
  getTimestampMillis: (): number => host.now(),
  /** Deprecated in GTM; also milliseconds. */
  getTimestamp: (): number => host.now(),
  /** An integer in [min, max], both inclusive. */
  generateRandom: (min: unknown, max: unknown): number => {
    const lo = Math.ceil(Number(min));
    const hi = Math.floor(Number(max));
    return lo + Math.floor(host.random() * (hi - lo + 1));
  },
});
