// An execution's asynchronous work in one queue that the runtime drains itself, so that HTTP answers,
// promise callbacks, callLater and timers always run in the same order (docs/runtime.md, "The order of
// asynchronous work"). Node's own timers (setTimeout, setImmediate) run in no fixed order relative to
// each other, so nothing the sandbox code schedules goes to them directly.
//
// Time in the queue is virtual: a task is due `ms` after the moment it was scheduled, and the queue
// jumps to the next due task once everything before it has run. A recorded answer delayed 3 s or a
// request that times out after 15 s therefore costs no real time. Work outside the process (a live
// HTTP request, serve's handler) is waited for in real time; virtual time does not advance past it.

export interface Tasks {
  /**
   * Work done outside the sandbox (a live HTTP request): pending until `work` settles, then
   * `then(value)` is queued as a task due at once. `work` must not reject.
   */
  external<T>(work: Promise<T>, then: (value: T) => void): void;
  /** Runs a callback of the sandbox code, recording what it throws instead of crashing the host. */
  guard(fn: () => void): void;
  /** Queues fn to run after the current code and its promise callbacks, like GTM's callLater. */
  later(fn: () => void): void;
  /**
   * Queues fn due `ms` virtual milliseconds from now; the returned function cancels it. A task that
   * does not `count` runs in its turn but does not keep the execution from settling.
   */
  timer(fn: () => void, ms: number, counts?: boolean): () => void;
  /**
   * Drains the queue: resolves once nothing is pending, or rejects when the next task is due after
   * `timeoutMs` (virtual) or `timeoutMs` real milliseconds have passed.
   */
  idle(timeoutMs: number): Promise<void>;
  /** Counted tasks queued, external work outstanding and work begun and not ended. */
  readonly pending: number;
  /** Virtual milliseconds since the execution started. */
  readonly now: number;
  /** Drops every queued task; whoever waits in idle() stops waiting. */
  close(): void;
}

interface Task {
  due: number;
  seq: number;
  fn: () => void;
  counts: boolean;
}

interface Waiter {
  until: number;
  timeoutMs: number;
  resolve: () => void;
  reject: (error: Error) => void;
}

/** One turn of Node's event loop: every microtask (promise callback) queued before it has run. */
const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

export function createTasks(onError: (error: unknown) => void): Tasks {
  let queue: Task[] = [];
  let seq = 0;
  let clock = 0;
  let outstanding = 0;
  let closed = false;
  let draining = false;
  const waiters = new Set<Waiter>();
  // Wakes the drain loop when it waits for outside work and something changes.
  let wake: (() => void) | undefined;

  const counted = () => queue.reduce((n, t) => n + (t.counts ? 1 : 0), 0) + outstanding;

  const enqueue = (fn: () => void, ms: number, counts: boolean): Task => {
    const task: Task = { due: clock + Math.max(0, ms), seq: seq++, fn, counts };
    queue.push(task);
    // A drain waiting for outside work looks again: this task may be due now.
    wake?.();
    return task;
  };

  /** The task to run next: the earliest due, and of those the first scheduled. */
  const nextTask = (): Task | undefined =>
    queue.reduce<Task | undefined>(
      (best, t) =>
        !best || t.due < best.due || (t.due === best.due && t.seq < best.seq) ? t : best,
      undefined,
    );

  const release = (waiter: Waiter, error?: Error) => {
    waiters.delete(waiter);
    if (error) waiter.reject(error);
    else waiter.resolve();
  };

  async function drain(): Promise<void> {
    draining = true;
    try {
      while (!closed && waiters.size > 0) {
        await turn();
        if (closed) break;
        if (counted() === 0) {
          // One more turn: a rejection nobody handled is reported one turn after it happened.
          await turn();
          if (counted() === 0) break;
          continue;
        }
        const next = nextTask();
        if (!next || (outstanding > 0 && next.due > clock)) {
          // Only outside work can make progress: wait for it in real time; the real time limit ends
          // the wait.
          await new Promise<void>((resolve) => (wake = resolve));
          wake = undefined;
          continue;
        }
        for (const w of [...waiters]) {
          if (next.due > w.until) {
            release(w, new Error(`the code did not settle within ${w.timeoutMs} ms`));
          }
        }
        if (waiters.size === 0) break;
        queue = queue.filter((t) => t !== next);
        clock = Math.max(clock, next.due);
        tasks.guard(next.fn);
      }
    } finally {
      draining = false;
    }
    if (closed || counted() === 0) for (const w of [...waiters]) release(w);
  }

  const tasks: Tasks = {
    get pending() {
      return counted();
    },
    get now() {
      return clock;
    },
    external(work, then) {
      outstanding++;
      void work.then((value) => {
        outstanding--;
        if (!closed) enqueue(() => then(value), 0, true);
        wake?.();
      });
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
      if (!closed) enqueue(fn, 0, true);
    },
    timer(fn, ms, counts = true) {
      if (closed) return () => undefined;
      const task = enqueue(fn, ms, counts);
      return () => {
        queue = queue.filter((t) => t !== task);
      };
    },
    idle(timeoutMs) {
      return new Promise<void>((resolve, reject) => {
        const realLimit = setTimeout(
          () => release(waiter, new Error(`the code did not settle within ${timeoutMs} ms`)),
          timeoutMs,
        );
        const waiter: Waiter = {
          until: clock + timeoutMs,
          timeoutMs,
          resolve: () => {
            clearTimeout(realLimit);
            resolve();
          },
          reject: (error) => {
            clearTimeout(realLimit);
            reject(error);
          },
        };
        waiters.add(waiter);
        if (!draining) void drain();
      });
    },
    close() {
      closed = true;
      queue = [];
      wake?.();
      for (const w of [...waiters]) release(w);
    },
  };
  return tasks;
}
