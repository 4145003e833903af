// Sandbox promises: opaque objects with then/catch/finally, made by Promise.create/all and by async APIs.
// A wrapper around a native promise so a rejection nobody handles never becomes a Node
// unhandledRejection (which would end the whole process); errors thrown in callbacks are still reported.

import { isErrorObject } from '../values';

export type Settle = (value?: unknown) => void;

export class SandboxPromise {
  private handled = false;

  constructor(
    readonly native: Promise<unknown>,
    private readonly onUnhandledError?: (error: unknown) => void,
  ) {
    native.catch((reason: unknown) => {
      // Only errors thrown by code are reported; plain rejection values are the program's business.
      setImmediate(() => {
        if (!this.handled && isErrorObject(reason)) this.onUnhandledError?.(reason);
      });
    });
  }

  then(onFulfilled?: unknown, onRejected?: unknown): SandboxPromise {
    this.handled = true;
    const f = typeof onFulfilled === 'function' ? (v: unknown) => onFulfilled(v) : undefined;
    const r = typeof onRejected === 'function' ? (e: unknown) => onRejected(e) : undefined;
    return new SandboxPromise(this.native.then(f, r), this.onUnhandledError);
  }

  catch(onRejected?: unknown): SandboxPromise {
    return this.then(undefined, onRejected);
  }

  finally(onFinally?: unknown): SandboxPromise {
    this.handled = true;
    const f = typeof onFinally === 'function' ? () => onFinally() : undefined;
    return new SandboxPromise(this.native.finally(f), this.onUnhandledError);
  }
}

export interface PromiseOptions {
  onUnhandledError?: (error: unknown) => void;
  /** Rejects a Promise.create promise left pending this long; undefined = never. */
  timeoutMs?: number;
  setTimer?: (fn: () => void, ms: number) => () => void;
}

/** The sandbox's `Promise` API object: create(resolver), all(list). */
export function createPromiseApi(options: PromiseOptions = {}) {
  const wrap = (p: Promise<unknown>) => new SandboxPromise(p, options.onUnhandledError);
  const toNative = (v: unknown) => (v instanceof SandboxPromise ? v.native : v);
  return {
    create(resolver: unknown): SandboxPromise {
      return wrap(
        new Promise((resolve, reject) => {
          if (typeof resolver !== 'function') {
            reject(new Error('Promise.create expects a function (resolve, reject) => {...}'));
            return;
          }
          let cancel: (() => void) | undefined;
          if (options.timeoutMs !== undefined && options.setTimer) {
            // [unsure] GTM documents no rejection value for its promise time limit; this one is explicit.
            cancel = options.setTimer(
              () =>
                reject({
                  reason: 'timed_out',
                  message: `promise not settled within ${options.timeoutMs} ms`,
                }),
              options.timeoutMs,
            );
          }
          const done =
            (fn: Settle): Settle =>
            (v) => {
              cancel?.();
              fn(toNative(v));
            };
          try {
            resolver(done(resolve), done(reject));
          } catch (error) {
            cancel?.();
            reject(error);
          }
        }),
      );
    },
    all(list: unknown): SandboxPromise {
      if (!Array.isArray(list))
        return wrap(Promise.reject(new Error('Promise.all expects an array')));
      return wrap(Promise.all(list.map(toNative)));
    },
  };
}
