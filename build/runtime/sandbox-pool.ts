// Prepared sandboxes kept for the next firing: making a realm (vm.createContext and the script that
// strips it) costs more than the tag's own code, and so does collecting it. A sandbox comes back reset
// to how it was prepared (see Sandbox.reset); one whose firing did not settle, or that cannot be reset,
// is dropped, never reused.
import { createSandbox, type Sandbox } from './sandbox';

/** Sandboxes kept idle; a server runs about this many firings at once. */
export const DEFAULT_POOL_SIZE = 8;

export interface SandboxPool {
  /** A prepared sandbox: an idle one, or a new one. */
  acquire(): Sandbox;
  /** Gives it back after its firing; `reusable: false` (the firing did not settle) drops it. */
  release(sandbox: Sandbox, reusable: boolean): void;
  /** How many sandboxes the pool has made so far. */
  readonly created: number;
}

export function createSandboxPool(size = DEFAULT_POOL_SIZE): SandboxPool {
  const idle: Sandbox[] = [];
  let created = 0;
  return {
    acquire() {
      const sandbox = idle.pop();
      if (sandbox) return sandbox;
      created++;
      return createSandbox();
    },
    release(sandbox, reusable) {
      if (reusable && idle.length < size && sandbox.reset()) idle.push(sandbox);
    },
    get created() {
      return created;
    },
  };
}
