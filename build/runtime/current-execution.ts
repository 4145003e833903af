// The execution the jest 'sgtm' module's side-effecting APIs act on. Unit tests of tag modules set it:
//   const host = createHost({ event: {...}, request: { cookies: {...} } });
//   setExecution(host); ...call the tag code...; expect(host.trace.requests).toEqual([...]);
import { createApis } from './apis';
import { createHost } from './execution';
import type { Host } from './host';

let current: Host = createHost();
let apis: Record<string, unknown> = createApis(current);

export function setExecution(host: Host): void {
  current = host;
  apis = createApis(host);
}

/** Back to a fresh execution with every permission granted, no event and an empty request. */
export function resetExecution(): Host {
  setExecution(createHost());
  return current;
}

export function currentExecution(): Host {
  return current;
}

export function currentApi<T>(name: string): T {
  return apis[name] as T;
}
