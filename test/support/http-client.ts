// A minimal HTTP client for testing the stand-in servers themselves: one request, no keep-alive,
// and every failure mode reported as data (the point is to observe resets and refusals).
import * as http from 'http';

export type CallResult =
  | { kind: 'response'; status: number; headers: http.IncomingHttpHeaders; body: string }
  | { kind: 'error'; code: string; status?: number; partialBody?: string };

export function httpCall(
  origin: string,
  method: string,
  pathAndQuery: string,
  body?: string,
  headers: Record<string, string> = {},
): Promise<CallResult> {
  return new Promise((resolve) => {
    const req = http.request(
      `${origin}${pathAndQuery}`,
      { method, headers, agent: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            kind: 'response',
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        res.on('error', (e: NodeJS.ErrnoException) =>
          resolve({
            kind: 'error',
            code: e.code ?? e.message,
            status: res.statusCode,
            partialBody: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      },
    );
    req.on('error', (e: NodeJS.ErrnoException) =>
      resolve({ kind: 'error', code: e.code ?? e.message }),
    );
    if (body !== undefined) req.write(body);
    req.end();
  });
}
