// What a side-effecting API needs from the execution it runs in. The vm runtime, the test runner and
// the jest 'sgtm' module each build one; the APIs never touch process state directly.
import type { PermissionPolicy } from './permissions';
import type { ContainerVersion, HttpMode, RequestInput, Trace } from './types';
import type { TemplateStorage } from './apis/storage';
import type { Tasks } from './tasks';
import type { ResponseState } from './apis/response';
import type { PrivateKeys } from './apis/private-keys';

export interface Host {
  permissions: PermissionPolicy;
  event: Record<string, unknown>;
  request: RequestInput;
  now(): number;
  random(): number;
  http: HttpMode;
  storage: TemplateStorage;
  containerVersion: ContainerVersion;
  trace: Trace;
  tasks: Tasks;
  /** Sandbox promises left pending this long reject (GTM's 5 s limit [unsure]). */
  promiseTimeoutMs: number;
  /** Where errors thrown in promise callbacks that nobody handled go (default: the trace's errors). */
  onUnhandledError?: (error: unknown) => void;
  /** What a client template has written to the response so far. */
  response?: ResponseState;
  /** Record responses in the trace (ExecutionInput.inspect). */
  inspect?: boolean;
  /** What getClientName answers (default 'Client'). */
  clientName?: string;
  /** hmacSha256's keys by id, base64 (default: the SGTM_CREDENTIALS file, as GTM reads them). */
  privateKeys?: PrivateKeys;
}
