// Starts the type check in a worker thread and collects its result later, synchronously, so that
// `buildTemplate` stays a plain function while TypeScript (the slowest step) runs in parallel.
import { join } from 'node:path';
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';
import type { Diagnostic } from './diagnostic';

let worker: Worker | undefined;

function typecheckWorker(): Worker {
  if (!worker) {
    worker = new Worker(join(__dirname, 'typecheck-worker.js'));
    worker.unref();
    worker.on('error', () => {
      worker = undefined;
    });
    worker.on('exit', () => {
      worker = undefined;
    });
  }
  return worker;
}

/** Starts the worker (it loads TypeScript) while the caller does other work. */
export function prewarmTypecheck(): void {
  if (process.env.SGTM_TYPECHECK_INLINE === '1') return;
  try {
    typecheckWorker();
  } catch {
    // startTypecheck falls back to checking in process.
  }
}

function inProcess(entry: string, rootDir: string, tsconfig?: string): Diagnostic[] {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { typecheck } = require('./typecheck') as typeof import('./typecheck');
  return typecheck(entry, rootDir, tsconfig);
}

const TIMEOUT_MS = 120_000;

/** Starts checking; the returned function waits for and returns the diagnostics. */
export function startTypecheck(
  entry: string,
  rootDir: string,
  tsconfig?: string,
): () => Diagnostic[] {
  if (process.env.SGTM_TYPECHECK_INLINE === '1') return () => inProcess(entry, rootDir, tsconfig);
  const signal = new Int32Array(new SharedArrayBuffer(4));
  const { port1, port2 } = new MessageChannel();
  try {
    typecheckWorker().postMessage({ entry, rootDir, tsconfig, signal, port: port2 }, [port2]);
  } catch {
    port1.close();
    return () => inProcess(entry, rootDir, tsconfig);
  }
  return () => {
    const outcome = Atomics.wait(signal, 0, 0, TIMEOUT_MS);
    const reply = receiveMessageOnPort(port1)?.message as
      { diagnostics?: Diagnostic[]; error?: string } | undefined;
    port1.close();
    if (outcome === 'timed-out' || !reply || reply.error !== undefined) {
      // The worker failed: check here instead, so a build never silently skips the type check.
      return inProcess(entry, rootDir, tsconfig);
    }
    return reply.diagnostics ?? [];
  };
}
