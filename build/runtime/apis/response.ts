// Client-template APIs: claiming the request, running the container, and writing the response.
// The container here has no tags: runContainer calls onStart and onComplete right after the code.
import type { Host } from '../host';
import { enforce } from '../permissions';

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
) => {
  const write = () => {
    if (state.returned)
      throw new Error('The response was already returned (returnResponse was called)');
  };
  return {
    claimRequest: (): void => {
      enforce(host.permissions, 'read_request');
      state.claimed = true;
    },
    runContainer: (_event: unknown, onComplete?: unknown, onStart?: unknown): void => {
      enforce(host.permissions, 'run_container');
      if (!state.claimed) throw new Error('Request must be claimed before calling runContainer.');
      const bindToEvent = (fn: unknown) => fn;
      host.tasks.later(() => {
        if (typeof onStart === 'function') onStart(bindToEvent);
        if (typeof onComplete === 'function') onComplete(bindToEvent);
      });
    },
    setResponseStatus: (status: unknown): void => {
      enforce(host.permissions, 'access_response', 'write', 'status');
      write();
      state.status = Number(status);
    },
    setResponseHeader: (name: unknown, value: unknown): void => {
      enforce(host.permissions, 'access_response', 'write', 'header', String(name));
      write();
      state.headers[String(name).toLowerCase()] = String(value);
    },
    setResponseBody: (body: unknown): void => {
      enforce(host.permissions, 'access_response', 'write', 'body');
      write();
      state.body = String(body);
    },
    setPixelResponse: (): void => {
      enforce(host.permissions, 'access_response', 'write', 'body');
      write();
      state.status = 200;
      state.headers['content-type'] = 'image/gif';
      state.headers['cache-control'] = 'no-store';
      state.body = Buffer.from(PIXEL_GIF, 'base64').toString('latin1');
    },
    returnResponse: (): void => {
      enforce(host.permissions, 'return_response');
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
      enforce(host.permissions, 'use_google_credentials');
      const scopes =
        options && typeof options === 'object'
          ? (options as { scopes?: unknown }).scopes
          : undefined;
      return { scopes: Array.isArray(scopes) ? scopes.map(String) : [] };
    },
    /** [unsure] Nothing reaches a browser here; GTM answers true when the pixel was queued. */
    sendPixelFromBrowser: (url: unknown): boolean => {
      enforce(host.permissions, 'send_pixel_from_browser', String(url));
      return true;
    },
  };
};
