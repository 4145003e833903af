// Tracks an execution's pending asynchronous work (HTTP calls, callLater, timers) so the runtime knows
// when the code has settled, and routes errors thrown in callbacks into the trace.

export interface Tasks {
  /** Registers pending work; call the returned function once it is over. */
  begin(): () => void;
  /** Runs a callback of the sandbox code, recording what it throws instead of crashing the host. */
  guard(fn: () => void): void;
  /** Runs fn after the current code and its microtasks, like GTM's callLater. */
  later(fn: () => void): void;
  /** setTimeout that counts as pending work only while `counts` (a timeout guard does not). */
  timer(fn: () => void, ms: number, counts?: boolean): () => void;
  /** Resolves once nothing is pending (microtasks drained), or rejects after timeoutMs. */
  idle(timeoutMs: number): Promise<void>;
  readonly pending: number;
  /** Stops every timer; later work is dropped. */
  close(): void;
}

export function createTasks(onError: (error: unknown) => void): Tasks {
  let pending = 0;
  let closed = false;
  const timers = new Set<NodeJS.Timeout>();
  const waiters = new Set<() => void>();

  const settle = () => {
    if (pending !== 0) return;
    for (const w of [...waiters]) w();
  };

  const tasks: Tasks = {
    get pending() {
      return pending;
    },
    begin() {
      pending++;
      let done = false;
      return () => {
        if (done) return;
        done = true;
        pending--;
        // Let the microtasks the finished work queued run before deciding the code has settled.
        setImmediate(settle);
      };
    },
    guard(fn) {
      if (closed) return;
      try {
        fn();
      } catch (error) {
        onError(error);
      }
    },
    later(fn) {
      const end = tasks.begin();
      setImmediate(() => {
        tasks.guard(fn);
        end();
      });
    },
    timer(fn, ms, counts = true) {
      const end = counts ? tasks.begin() : () => undefined;
      const handle = setTimeout(() => {
        timers.delete(handle);
        tasks.guard(fn);
        end();
      }, ms);
      timers.add(handle);
      return () => {
        clearTimeout(handle);
        timers.delete(handle);
        end();
      };
    },
    idle(timeoutMs) {
      return new Promise<void>((resolve, reject) => {
        const timeout = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`the code did not settle within ${timeoutMs} ms`));
        }, timeoutMs);
        function check() {
          // Two turns: first the microtasks of the last callback, then anything they scheduled.
          setImmediate(() =>
            setImmediate(() => {
              if (pending !== 0 && !closed) return;
              waiters.delete(check);
              clearTimeout(timeout);
              resolve();
            }),
          );
        }
        waiters.add(check);
        check();
      });
    },
    close() {
      closed = true;
      for (const t of timers) clearTimeout(t);
      timers.clear();
      // Whoever waits for the work to settle stops waiting: nothing more will run.
      for (const w of [...waiters]) w();
    },
  };
  return tasks;
}
