// Client-template APIs: claiming the request, running the container, and writing the response.
// The container here has no tags: runContainer calls onStart and onComplete right after the code, and
// then the event's run is over (what addEventCallback bound to it waits for: event-callback.ts).
import type { Host } from '../host';
import { enforceApi } from '../permissions';
import type { ContainerEvents } from './event-callback';

export interface ResponseState {
  claimed: boolean;
  status: number;
  headers: Record<string, string>;
  body: string;
  returned: boolean;
}

export function emptyResponse(): ResponseState {
  return { claimed: false, status: 200, headers: {}, body: '', returned: false };
}

// A 1x1 transparent GIF, what setPixelResponse answers with.
const PIXEL_GIF = 'R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7';

export const createResponseApis = (
  host: Pick<Host, 'permissions' | 'tasks' | 'trace'>,
  state: ResponseState,
  events: ContainerEvents,
) => {
  const write = () => {
    if (state.returned)
      throw new Error('The response was already returned (returnResponse was called)');
  };
  return {
    claimRequest: (): void => {
      state.claimed = true;
    },
    runContainer: (_event: unknown, onComplete?: unknown, onStart?: unknown): void => {
      enforceApi(host.permissions, 'runContainer');
      if (!state.claimed) throw new Error('Request must be claimed before calling runContainer.');
      const run = events.start();
      const bindToEvent = (fn: unknown) => run.bindToEvent(fn);
      host.tasks.later(() => {
        try {
          if (typeof onStart === 'function') onStart(bindToEvent);
          if (typeof onComplete === 'function') onComplete(bindToEvent);
        } finally {
          host.tasks.later(() => run.end());
        }
      });
    },
    setResponseStatus: (status: unknown): void => {
      enforceApi(host.permissions, 'setResponseStatus', 'write', 'status');
      write();
      state.status = Number(status);
    },
    setResponseHeader: (name: unknown, value: unknown): void => {
      enforceApi(host.permissions, 'setResponseHeader', 'write', 'header', String(name));
      write();
      state.headers[String(name).toLowerCase()] = String(value);
    },
    setResponseBody: (body: unknown): void => {
      enforceApi(host.permissions, 'setResponseBody', 'write', 'body');
      write();
      state.body = String(body);
    },
    setPixelResponse: (): void => {
      for (const part of ['status', 'header', 'body'])
        enforceApi(host.permissions, 'setPixelResponse', 'write', part);
      write();
      state.status = 200;
      state.headers['content-type'] = 'image/gif';
      state.headers['cache-control'] = 'no-store';
      state.body = Buffer.from(PIXEL_GIF, 'base64').toString('latin1');
    },
    returnResponse: (): void => {
      enforceApi(host.permissions, 'returnResponse');
      write();
      state.returned = true;
      host.trace.response = {
        status: state.status,
        headers: { ...state.headers },
        body: state.body,
      };
    },
    /** An opaque credential; sendHttpRequest accepts it as `authorization` (not used when replaying). */
    getGoogleAuth: (options: unknown): Record<string, unknown> => {
      const scopes =
        options && typeof options === 'object'
          ? (options as { scopes?: unknown }).scopes
          : undefined;
      const list = Array.isArray(scopes) ? scopes.map(String) : [];
      enforceApi(host.permissions, 'getGoogleAuth', list);
      return { scopes: list };
    },
    /** [unsure] Nothing reaches a browser here; GTM answers true when the pixel was queued. */
    sendPixelFromBrowser: (url: unknown): boolean => {
      enforceApi(host.permissions, 'sendPixelFromBrowser', String(url));
      return true;
    },
  };
};
