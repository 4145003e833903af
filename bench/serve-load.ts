// `npm run bench:serve`: load on `sgtm-template serve` as `npm start` runs it (the built template, the
// example fields, the project's serve setup). 2,000 gtag hits of 1–5 events each over 20 concurrent
// connections; prints events/s, the hits' p50/p99 latency and the resident memory afterwards, and
// fails when an event does not get exactly one outcome, a hit gets a 5xx, or memory passes 300 MB.
//   npm run bench:serve -- [--hits 2000] [--connections 20] [--against DIR [--rounds 2]]
// --against DIR runs this benchmark and DIR's (a checkout of an earlier release, with its
// node_modules) in turn, each in its own process, and prints both figures and their ratio.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import type { ProcessedEvent } from '../build/serve/event-log';
import { createPreviewServer } from '../build/serve/preview-server';
import { serveOptions } from '../build/serve/serve-options';
import { loadSetup, setupModuleOf } from '../build/serve/setup';
import { pick, seededRandom } from './event-mix';

const ROOT = path.resolve(__dirname, '..');
const MAX_RSS_MB = 300;
const ENVELOPE = 'AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c';

interface Hit {
  path: string;
  body: string;
  cookie: string;
  events: number;
}

function eventLine(rand: () => number, name: string): string {
  const params = new URLSearchParams({ en: name });
  if (name !== 'page_view') {
    const count = name === 'purchase' ? 1 + Math.floor(rand() * 10) : 1;
    let value = 0;
    for (let i = 1; i <= count; i++) {
      const price = Math.round(rand() * 20000) / 100;
      value += price;
      params.set(`pr${i}`, `idSKU${Math.floor(rand() * 1e5)}~nmProduct ${i}~brNike~pr${price}~qt1`);
    }
    params.set('cu', 'EUR');
    params.set('epn.value', value.toFixed(2));
  }
  if (name === 'purchase') params.set('ep.transaction_id', `T-${Math.floor(rand() * 1e9)}`);
  return params.toString();
}

/** One visitor's hit: the shared URL parameters, one event in the URL or several in the body. */
function makeHit(rand: () => number, i: number, nowMs: number): Hit {
  const events = 1 + Math.floor(rand() * 5);
  const shared = new URLSearchParams({
    v: '2',
    tid: 'G-BENCH',
    cid: `cid.${i}`,
    dl: `https://shop.example/p/${i}?ScCid=clk${i}`,
    gcs: 'G111',
  }).toString();
  const lines = Array.from({ length: events }, () => eventLine(rand, pick(rand)));
  // Every tenth visitor has an old-format envelope (no timestamp): the tag refreshes it.
  const record =
    i % 10 === 0
      ? { envelope: ENVELOPE }
      : { timestamp: nowMs, version: '1.5.0', envelope: ENVELOPE };
  const lrEnv = encodeURIComponent(Buffer.from(JSON.stringify(record)).toString('base64'));
  const cookie = `_lr_env=${lrEnv}; _scid=scid-${i}`;
  return events === 1
    ? { path: `/g/collect?${shared}&${lines[0]}`, body: '', cookie, events }
    : { path: `/g/collect?${shared}`, body: lines.join('\n'), cookie, events };
}

function send(agent: http.Agent, port: number, hit: Hit): Promise<{ status: number; ms: number }> {
  const start = process.hrtime.bigint();
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: hit.path,
        agent,
        headers: { cookie: hit.cookie },
      },
      (res) => {
        res.resume();
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            ms: Number(process.hrtime.bigint() - start) / 1e6,
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(hit.body);
  });
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

interface BenchRun {
  out: string;
  rate: number;
  /** CPU time of the whole process (server and load generator) per event, in ms. */
  cpuPerEvent: number;
}

/** One run of a checkout's benchmark in its own process: its output, events/s and CPU per event. */
function runBench(dir: string, hits: string, connections: string): BenchRun {
  const result = spawnSync(
    process.execPath,
    [
      '-r',
      path.join(__dirname, 'report-cpu.js'),
      'build/run-ts.js',
      'bench/serve-load.ts',
      '--hits',
      hits,
      '--connections',
      connections,
    ],
    { cwd: dir, encoding: 'utf8' },
  );
  const out = `${result.stdout}${result.stderr}`;
  const number = (re: RegExp) => Number(re.exec(out)?.[1] ?? NaN);
  const events = number(/, (\d+) events,/);
  return {
    out,
    rate: number(/events\/s: (\d+)/),
    cpuPerEvent: number(/cpu ms under load: (\d+)/) / events,
  };
}

/**
 * This benchmark and the one of `dir`, in turn, `rounds` times: the best events/s and the least CPU
 * per event of each, and their ratios (CPU per event is the steadier one on a shared machine).
 */
function sideBySide(dir: string, rounds: number, hits: string, connections: string): number {
  const ours: BenchRun[] = [];
  const theirs: BenchRun[] = [];
  let failed = false;
  for (let round = 1; round <= rounds; round++) {
    const before = runBench(dir, hits, connections);
    const now = runBench(ROOT, hits, connections);
    theirs.push(before);
    ours.push(now);
    const line = (r: BenchRun) =>
      `${r.rate} events/s, ${r.cpuPerEvent.toFixed(2)} ms CPU per event`;
    process.stdout.write(`round ${round}: ${dir}: ${line(before)}; this checkout: ${line(now)}\n`);
    if (!/goal met/.test(now.out) || Number.isNaN(before.rate)) {
      failed = true;
      process.stdout.write(`${before.out}\n${now.out}\n`);
    }
  }
  const best = (list: BenchRun[]) => Math.max(...list.map((r) => r.rate));
  const leastCpu = (list: BenchRun[]) => Math.min(...list.map((r) => r.cpuPerEvent));
  process.stdout.write(
    [
      `best events/s of ${rounds}: ${dir}: ${best(theirs)}; this checkout: ${best(ours)}; ratio ${(best(ours) / best(theirs)).toFixed(2)}×`,
      `least CPU per event of ${rounds}: ${dir}: ${leastCpu(theirs).toFixed(2)} ms; this checkout: ${leastCpu(ours).toFixed(2)} ms; ratio ${(leastCpu(theirs) / leastCpu(ours)).toFixed(2)}×`,
      `this checkout's last run:`,
      ...ours[ours.length - 1].out
        .trimEnd()
        .split('\n')
        .map((l) => `  ${l}`),
      '',
    ].join('\n'),
  );
  return failed ? 1 : 0;
}

export async function main(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      hits: { type: 'string', default: '2000' },
      connections: { type: 'string', default: '20' },
      against: { type: 'string' },
      rounds: { type: 'string', default: '2' },
    },
  });
  if (values.against !== undefined) {
    return sideBySide(
      path.resolve(values.against),
      Number(values.rounds),
      values.hits,
      values.connections,
    );
  }
  const hitCount = Number(values.hits);
  const connections = Number(values.connections);
  process.chdir(ROOT);
  const fields = JSON.parse(fs.readFileSync('examples/fields.json', 'utf8')) as Record<
    string,
    unknown
  >;
  const setup = loadSetup(ROOT, setupModuleOf(path.join(ROOT, 'package.json'))!);
  const app = createPreviewServer(
    serveOptions({ file: 'dist/template.tpl', fields, setup }).options,
  );
  const port = Number(new URL(await app.listen(0, '127.0.0.1')).port);

  const outcomes = new Map<number, ProcessedEvent['outcome'][]>();
  app.log.listen((e) => outcomes.set(e.id, [...(outcomes.get(e.id) ?? []), e.outcome]));

  const rand = seededRandom(12);
  const nowMs = Date.now();
  const hits = Array.from({ length: hitCount }, (_, i) => makeHit(rand, i, nowMs));
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const latencies: number[] = [];
  const statuses = new Map<number, number>();
  let next = 0;
  const started = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (next < hits.length) {
        const { status, ms } = await send(agent, port, hits[next++]);
        latencies.push(ms);
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
      }
    }),
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  agent.destroy();
  await app.close();

  const expected = hits.reduce((n, h) => n + h.events, 0);
  const counts = { success: 0, failure: 0, skipped: 0, none: 0 };
  let notExactlyOne = expected - outcomes.size;
  for (const list of outcomes.values()) {
    if (list.length !== 1) notExactlyOne++;
    for (const o of list) counts[o]++;
  }
  const fiveHundreds = [...statuses].filter(([s]) => s >= 500).reduce((n, [, c]) => n + c, 0);
  const rssMb = process.memoryUsage().rss / 1024 / 1024;
  latencies.sort((a, b) => a - b);
  process.stdout.write(
    [
      `hits: ${hitCount} over ${connections} connections, ${expected} events, ${seconds.toFixed(2)} s`,
      `events/s: ${(expected / seconds).toFixed(0)}`,
      `hit latency: p50 ${percentile(latencies, 50).toFixed(1)} ms, p99 ${percentile(latencies, 99).toFixed(1)} ms`,
      `statuses: ${[...statuses].map(([s, c]) => `${s}×${c}`).join(', ')} (5xx: ${fiveHundreds})`,
      `outcomes: success ${counts.success}, failure ${counts.failure}, skipped ${counts.skipped}, none ${counts.none}; events without exactly one outcome: ${notExactlyOne}`,
      `resident memory afterwards: ${rssMb.toFixed(0)} MB (limit ${MAX_RSS_MB} MB)`,
      '',
    ].join('\n'),
  );
  const ok =
    fiveHundreds === 0 && notExactlyOne === 0 && rssMb < MAX_RSS_MB && counts.success === expected;
  process.stdout.write(ok ? 'goal met\n' : 'goal NOT met\n');
  return ok ? 0 : 1;
}
