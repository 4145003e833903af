// hmacSha256 with the keys the server's administrator configured. [doc] GTM reads them from the JSON
// file the SGTM_CREDENTIALS environment variable names, {"keys": {"<keyId>": "<base64 key>"}}, and the
// use_custom_private_keys permission lists the key ids a template may use. The runtime does the same:
// the keys come from the host when it has them, else from that file, read here at the edge once.
import { createHmac } from 'node:crypto';
import * as fs from 'node:fs';
import type { Host } from '../host';
import { enforceApi } from '../permissions';

export type PrivateKeys = Record<string, string>;

/** The keys of the SGTM_CREDENTIALS file, or {} when the variable is unset. */
export function keysFromEnvironment(env: NodeJS.ProcessEnv = process.env): PrivateKeys {
  const file = env.SGTM_CREDENTIALS;
  if (!file) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(
      `SGTM_CREDENTIALS names ${file}, which is not a readable JSON file (${(error as Error).message}); write it as {"keys": {"keyId": "base64 key"}}`,
    );
  }
  const keys = (parsed as { keys?: unknown })?.keys;
  if (!keys || typeof keys !== 'object') {
    throw new Error(
      `SGTM_CREDENTIALS file ${file} has no "keys" object; write it as {"keys": {"keyId": "base64 key"}}`,
    );
  }
  return Object.fromEntries(Object.entries(keys).map(([id, key]) => [id, String(key)]));
}

const ENCODINGS = ['base64url', 'base64', 'hex'] as const;

export const createPrivateKeyApis = (host: Pick<Host, 'permissions' | 'privateKeys'>) => {
  let keys: PrivateKeys | undefined = host.privateKeys;
  return {
    hmacSha256: (input: unknown, keyId: unknown, options?: unknown): string => {
      const id = String(keyId);
      enforceApi(host.permissions, 'hmacSha256', id);
      keys ??= keysFromEnvironment();
      if (!Object.prototype.hasOwnProperty.call(keys, id)) {
        throw new Error(
          `hmacSha256: no key "${id}" is configured; put it in the JSON file SGTM_CREDENTIALS names ({"keys": {"${id}": "base64 key"}}), or mock hmacSha256 in tests`,
        );
      }
      const wanted = (options as { outputEncoding?: unknown } | undefined)?.outputEncoding;
      // [unsure] Google's reference gives base64url as the default encoding.
      const encoding = ENCODINGS.find((e) => e === wanted) ?? 'base64url';
      return createHmac('sha256', Buffer.from(keys[id], 'base64'))
        .update(String(input), 'utf8')
        .digest(encoding);
    },
  };
};
