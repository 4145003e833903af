// addEventCallback and getClientName: what the container knows about the event around the template.
//
// [doc] addEventCallback's callback runs "at the end of an event ... when all the tags for the event
// have executed", with the container id and {tags: [{id, status, executionTime}]}. Here the event's one
// tag is the template itself: its callbacks run once it has called gtmOnSuccess or gtmOnFailure (a client
// template's, once it has returned its response), in the order they were added.
import type { Host } from '../host';
import { enforceApi } from '../permissions';

/** How often the runtime looks whether the tag has ended. */
const POLL_MS = 1;

/** [unsure] GTM names the tag by its container id; the runtime's one tag has this one. */
export const TEMPLATE_TAG_ID = 'template';

export const createEventCallbackApis = (
  host: Pick<Host, 'permissions' | 'tasks' | 'trace' | 'containerVersion' | 'now' | 'clientName'>,
) => {
  const callbacks: ((containerId: string, eventData: unknown) => void)[] = [];
  const started = host.now();
  let waiting = false;
  const ended = () => host.trace.callbacks > 0 || host.trace.response !== undefined;
  const runCallbacks = () => {
    const status = host.trace.outcome === 'failure' ? 'failure' : 'success';
    const eventData = {
      tags: [{ id: TEMPLATE_TAG_ID, status, executionTime: host.now() - started }],
    };
    for (const callback of callbacks.splice(0)) {
      host.tasks.guard(() =>
        callback(host.containerVersion.containerId ?? 'GTM-XXXXXXX', eventData),
      );
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
      callbacks.push(callback as (containerId: string, eventData: unknown) => void);
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
