// addEventCallback and getClientName: what the container knows about the event around the template.
//
// [doc] addEventCallback's callback "will be invoked at the end of an event ... when all the tags for the
// event have executed", with the container id and {tags: [{id, status, executionTime}]}. "When this API is
// used in a tag, it is associated to the current event. When this API is used in a client, it must be
// bound to a specific event using the runContainer API's bindToEvent function." So there are two events:
// - a tag's own event: its one tag is the template itself, and its callbacks run once it has called
//   gtmOnSuccess or gtmOnFailure (a client that calls addEventCallback unbound: once it has returned its
//   response), in the order they were added;
// - an event a client ran with runContainer (`ContainerEvents`): it ends when runContainer's run of the
//   container is over, after onStart and onComplete (Google's own example binds the callback inside
//   onComplete, so it must run after it), not when the client answers: a client may answer from the
//   callback itself.
import type { Host } from '../host';
import { enforceApi } from '../permissions';

/** How often the runtime looks whether the tag has ended. */
const POLL_MS = 1;

/** [unsure] GTM names the tag by its container id; the runtime's one tag has this one. */
export const TEMPLATE_TAG_ID = 'template';

type EventCallback = (containerId: string, eventData: unknown) => void;

type CallbackHost = Pick<Host, 'tasks' | 'containerVersion'>;

const containerIdOf = (host: CallbackHost) => host.containerVersion.containerId ?? 'GTM-XXXXXXX';

/** One event runContainer runs: its bindToEvent, and the end of its run. */
export interface ContainerEventRun {
  /** runContainer's bindToEvent: `fn`, called with this event as the one addEventCallback binds to. */
  bindToEvent(fn: unknown): unknown;
  /** The run is over: the callbacks bound to it run, in the order they were added. */
  end(): void;
}

/** The events a client's runContainer calls run, shared by runContainer and addEventCallback. */
export interface ContainerEvents {
  start(): ContainerEventRun;
  /** The event a bound function is being called for, if any. */
  readonly bound: BoundEvent | undefined;
}

interface BoundEvent {
  add(callback: EventCallback): void;
}

export function createContainerEvents(host: CallbackHost): ContainerEvents {
  let bound: BoundEvent | undefined;
  return {
    get bound() {
      return bound;
    },
    start() {
      const callbacks: EventCallback[] = [];
      let ended = false;
      // [unsure] The runtime's container has no tags, so the run reports none. GTM would list the tags
      // the event fired.
      const eventData = () => ({ tags: [] });
      const runAll = () => {
        for (const callback of callbacks.splice(0)) {
          host.tasks.guard(() => callback(containerIdOf(host), eventData()));
        }
      };
      const event: BoundEvent = {
        add(callback) {
          callbacks.push(callback);
          // [unsure] A callback bound to an event that has already ended (a bound function kept and
          // called later): GTM does not say; it runs in the next task rather than never.
          if (ended) host.tasks.later(runAll);
        },
      };
      return {
        bindToEvent(fn) {
          if (typeof fn !== 'function') return fn;
          return (...args: unknown[]) => {
            const outer = bound;
            bound = event;
            try {
              return (fn as (...a: unknown[]) => unknown)(...args);
            } finally {
              bound = outer;
            }
          };
        },
        end() {
          ended = true;
          runAll();
        },
      };
    },
  };
}

export const createEventCallbackApis = (
  host: Pick<Host, 'permissions' | 'tasks' | 'trace' | 'containerVersion' | 'now' | 'clientName'>,
  events: ContainerEvents,
) => {
  const callbacks: EventCallback[] = [];
  const started = host.now();
  let waiting = false;
  const ended = () => host.trace.callbacks > 0 || host.trace.response !== undefined;
  const runCallbacks = () => {
    const status = host.trace.outcome === 'failure' ? 'failure' : 'success';
    const eventData = {
      tags: [{ id: TEMPLATE_TAG_ID, status, executionTime: host.now() - started }],
    };
    for (const callback of callbacks.splice(0)) {
      host.tasks.guard(() => callback(containerIdOf(host), eventData));
    }
  };
  // Counted as pending work until the tag ends, so the execution does not settle before the callbacks
  // ran; a tag that never ends times out as it would without them.
  const wait = () => {
    if (ended()) {
      waiting = false;
      runCallbacks();
      return;
    }
    host.tasks.timer(wait, POLL_MS, true);
  };
  return {
    addEventCallback: (callback: unknown): void => {
      enforceApi(host.permissions, 'addEventCallback');
      if (typeof callback !== 'function') return;
      if (events.bound) {
        events.bound.add(callback as EventCallback);
        return;
      }
      callbacks.push(callback as EventCallback);
      if (waiting) return;
      waiting = true;
      host.tasks.later(wait);
    },
    /** [doc] "the name of the current client"; the runtime's one client is named by the host. */
    getClientName: (): string => {
      enforceApi(host.permissions, 'getClientName');
      return host.clientName ?? DEFAULT_CLIENT_NAME;
    },
  };
};

/** The client name when the host gives none. */
export const DEFAULT_CLIENT_NAME = 'Client';
