// `npm run bench`: what one event costs with our built template, next to the floor (a template that
// only stringifies a fixed body and sends it) and the empty template (only a callback: the runtime's
// own cost), plus build time, template size and, with --with-tests, the test-suite time.
//
// CPU time is process.cpuUsage() (user + system) over a realistic event mix, in one process. Two
// settings: a FRESH sandbox per event (what `runTemplate` costs: a new vm realm each time) and a WARM
// sandbox reused across events (closer to a server that keeps its sandbox; isolates the code's cost).
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { readTpl } from '../build/tpl/read';
import type { TplFile } from '../build/tpl/model';
import type { ExecutionInput, HttpMode } from '../build/runtime/types';
import { makeData, runTemplate, settle, startExecution } from '../build/runtime/run-template';
import { createSandbox, type CompiledCode, type Sandbox } from '../build/runtime/sandbox';
import { createHost } from '../build/runtime/execution';
import { createApis } from '../build/runtime/apis';
import { createRequire, prepareSandboxApis } from '../build/runtime/require';
import { eventMix, type BenchEvent } from './event-mix';
import { emptyTemplate, floorTemplate } from './floor-template';
import { profile, type ProfileSummary } from './cpu-profile';

const ROOT = path.resolve(__dirname, '..');
const TEMPLATE_PATH = path.join(ROOT, 'dist', 'template.tpl');

const RECORDED: HttpMode = {
  mode: 'recorded',
  responses: [
    { urlPrefix: 'https://capi.analytics.rlcdn.com/send-events/', status: 200, body: '' },
    { urlPrefix: 'https://api.rlcdn.com/api/identity/v2/envelope/refresh', status: 204, body: '' },
  ],
};

interface Variant {
  name: string;
  fileName: string;
  tpl: TplFile;
  data: Record<string, unknown>;
}

function defaultsOf(fields: unknown, into: Record<string, unknown> = {}): Record<string, unknown> {
  if (!Array.isArray(fields)) return into;
  for (const f of fields as Record<string, unknown>[]) {
    if (typeof f.name === 'string' && 'defaultValue' in f) into[f.name] = f.defaultValue;
    defaultsOf(f.subParams, into);
    if (Array.isArray(f.radioItems)) {
      for (const item of f.radioItems as Record<string, unknown>[])
        defaultsOf(item.subParams, into);
    }
  }
  return into;
}

function inputFor(variant: Variant, event: BenchEvent): ExecutionInput {
  return { ...event.input, data: variant.data, http: RECORDED };
}

async function runFresh(variant: Variant, events: BenchEvent[]): Promise<void> {
  for (const event of events) {
    const trace = await runTemplate(variant.tpl, inputFor(variant, event), {
      fileName: variant.fileName,
    });
    if (trace.outcome !== 'success') {
      throw new Error(
        `${variant.name}: ${event.name} ended with ${trace.outcome} (${trace.errors.join('; ') || trace.logs.join('; ')}); the benchmark only measures successful sends`,
      );
    }
  }
}

async function runWarm(variant: Variant, sandbox: Sandbox, events: BenchEvent[]): Promise<void> {
  for (const event of events) {
    const execution = startExecution(variant.tpl, inputFor(variant, event), {
      sandbox,
      fileName: variant.fileName,
    });
    await settle(execution.host);
    if (execution.host.trace.outcome !== 'success') {
      throw new Error(`${variant.name}: ${event.name} ended with ${execution.host.trace.outcome}`);
    }
  }
}

/**
 * Like startExecution, but the code is compiled once per sandbox and the same function runs every
 * event, so V8 optimises it as a long-running server would: the code's steady-state cost.
 */
async function runHot(
  variant: Variant,
  sandbox: Sandbox,
  compiled: CompiledCode,
  events: BenchEvent[],
): Promise<void> {
  for (const event of events) {
    const host = createHost(inputFor(variant, event), { permissions: variant.tpl.permissions });
    const apis = createApis(host, { makeRegex: sandbox.makeRegex });
    const requireFn = sandbox.toSandbox(createRequire(host, sandbox, apis, {}));
    compiled(makeData(host, sandbox, variant.data), requireFn);
    await settle(host);
    if (host.trace.outcome !== 'success') {
      throw new Error(`${variant.name}: ${event.name} ended with ${host.trace.outcome}`);
    }
  }
}

function cpuMicros(): number {
  const u = process.cpuUsage();
  return u.user + u.system;
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

type Mode = 'fresh' | 'warm' | 'hot';
const MODES: Mode[] = ['fresh', 'warm', 'hot'];

/** µs of CPU per event, median over rounds; variants interleave so drift hits all alike. */
async function measure(
  variants: Variant[],
  events: BenchEvent[],
  rounds: number,
  mode: Mode,
): Promise<Map<string, number>> {
  const sandboxes = new Map(variants.map((v) => [v.name, createSandbox()]));
  const compiled = new Map(
    variants.map((v) => {
      const sandbox = sandboxes.get(v.name)!;
      prepareSandboxApis(sandbox);
      return [v.name, sandbox.compile(v.tpl.code, ['data', 'require'], v.fileName)];
    }),
  );
  const run = (v: Variant, evs: BenchEvent[]) =>
    mode === 'fresh'
      ? runFresh(v, evs)
      : mode === 'warm'
        ? runWarm(v, sandboxes.get(v.name)!, evs)
        : runHot(v, sandboxes.get(v.name)!, compiled.get(v.name)!, evs);
  for (const v of variants) await run(v, events.slice(0, Math.min(200, events.length)));
  const samples = new Map<string, number[]>(variants.map((v) => [v.name, []]));
  for (let r = 0; r < rounds; r++) {
    for (const v of variants) {
      const before = cpuMicros();
      await run(v, events);
      samples.get(v.name)!.push((cpuMicros() - before) / events.length);
    }
  }
  return new Map([...samples].map(([name, s]) => [name, median(s)]));
}

function timeCommand(
  command: string,
  args: string[],
): { seconds: number; ok: boolean; output: string } {
  const started = process.hrtime.bigint();
  const result = spawnSync(command, args, { cwd: ROOT, encoding: 'utf8', shell: false });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return {
    seconds,
    ok: result.status === 0,
    output: `${result.stdout ?? ''}${result.stderr ?? ''}`.trim().split('\n').slice(-3).join('\n'),
  };
}

function printProfile(title: string, summary: ProfileSummary): void {
  const pct = (x: number) => `${(x * 100).toFixed(1).padStart(5)} %`;
  process.stdout.write(`\n${title} (${summary.totalMs.toFixed(0)} ms sampled)\n`);
  for (const p of summary.byPlace) {
    process.stdout.write(`  ${pct(p.share)}  ${p.place}\n`);
  }
  process.stdout.write('  hottest functions (self time):\n');
  for (const t of summary.top) {
    process.stdout.write(`  ${pct(t.share)}  ${t.label}  [${t.place}]\n`);
  }
  process.stdout.write('  hottest functions (inclusive: with what they call):\n');
  for (const t of summary.topInclusive) {
    process.stdout.write(`  ${pct(t.share)}  ${t.label}  [${t.place}]\n`);
  }
}

export async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      events: { type: 'string', default: '500' },
      rounds: { type: 'string', default: '5' },
      'with-tests': { type: 'boolean', default: false },
      'no-build': { type: 'boolean', default: false },
      profile: { type: 'boolean', default: false },
      template: { type: 'string', default: TEMPLATE_PATH },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(
      'usage: npm run bench -- [--events N] [--rounds R] [--profile] [--with-tests] [--no-build]\n' +
        '                        [--template FILE (default dist/template.tpl)]\n',
    );
    return 0;
  }
  const count = Number(values.events);
  const rounds = Number(values.rounds);

  let buildLine = 'build time: skipped (--no-build)';
  if (!values['no-build']) {
    // Into a temp file: other processes may be reading dist/template.tpl.
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bench-build-')), 'template.tpl');
    const build = timeCommand(process.execPath, [
      path.join(ROOT, 'build', 'bin', 'sgtm-template.js'),
      'build',
      '--out',
      out,
    ]);
    buildLine = build.ok
      ? `build time: ${build.seconds.toFixed(2)} s (node build/bin/sgtm-template.js build, cold process)`
      : `build time: build FAILED after ${build.seconds.toFixed(2)} s: ${build.output}`;
  }

  const templatePath = path.resolve(values.template);
  if (!fs.existsSync(templatePath)) {
    process.stderr.write(`${templatePath}: not found; run \`npm run build\` first\n`);
    return 1;
  }
  const text = fs.readFileSync(templatePath, 'utf8');
  const tpl = readTpl(text, templatePath);
  const data = { ...defaultsOf(tpl.parameters), atsConfigId: 'bench_cfg' };
  const variants: Variant[] = [
    { name: 'template', fileName: 'template.tpl', tpl, data },
    { name: 'floor', fileName: 'floor.tpl', tpl: floorTemplate(tpl), data },
    { name: 'empty', fileName: 'empty.tpl', tpl: emptyTemplate(tpl), data },
  ];
  const events = eventMix(count);

  process.stdout.write(
    `snapchat-capi-ats benchmark — node ${process.version}, ${os.cpus()[0]?.model ?? 'cpu'} ×${os.cpus().length}\n` +
      `event mix: ${count} events (40% page_view, 25% view_item, 15% add_to_cart, 10% begin_checkout, 10% purchase with 1-20 items), ${rounds} rounds, median\n\n`,
  );
  const results = new Map<Mode, Map<string, number>>();
  for (const mode of MODES) results.set(mode, await measure(variants, events, rounds, mode));

  const cell = (text: string) => text.padStart(11);
  const line = (label: string, cells: string[]) =>
    process.stdout.write(`${label.padEnd(36)}${cells.map(cell).join('')}\n`);
  const per = (mode: Mode, name: string) => results.get(mode)!.get(name)!;
  const ratio = (mode: Mode) => per(mode, 'template') / per(mode, 'floor');
  const codeRatio = (mode: Mode) =>
    (per(mode, 'template') - per(mode, 'empty')) /
    Math.max(per(mode, 'floor') - per(mode, 'empty'), 1e-9);
  line('CPU µs per event', MODES);
  line(
    'our template',
    MODES.map((m) => per(m, 'template').toFixed(1)),
  );
  line(
    'floor (stringify + send)',
    MODES.map((m) => per(m, 'floor').toFixed(1)),
  );
  line(
    'empty (runtime cost only)',
    MODES.map((m) => per(m, 'empty').toFixed(1)),
  );
  line(
    'ratio to floor',
    MODES.map((m) => ratio(m).toFixed(2) + '×'),
  );
  line(
    'ratio of code only (minus empty)',
    MODES.map((m) => codeRatio(m).toFixed(2) + '×'),
  );
  process.stdout.write(
    'fresh = new sandbox realm and compile per event (runTemplate); warm = one realm, compile per\n' +
      'event; hot = one realm, code compiled once (steady state of a long-running server)\n',
  );
  const met = MODES.filter((m) => ratio(m) <= 2);
  process.stdout.write(
    `goal (within 2× the floor per event): ${met.length === MODES.length ? 'met' : met.length ? `met in ${met.join(', ')} only` : 'NOT met'}\n\n`,
  );

  process.stdout.write(
    `template size: ${Buffer.byteLength(text)} bytes (.tpl), ${Buffer.byteLength(tpl.code)} bytes of code, ` +
      `${gzipSync(text).length} bytes gzipped\n`,
  );
  process.stdout.write(`${buildLine}\n`);

  if (values['with-tests']) {
    const suite = timeCommand(process.execPath, [
      path.join(ROOT, 'node_modules', 'jest', 'bin', 'jest.js'),
      '--silent',
    ]);
    process.stdout.write(
      `test-suite time: ${suite.seconds.toFixed(1)} s (jest, all suites)${suite.ok ? '' : ' — SOME TESTS FAILED'}\n`,
    );
  } else {
    process.stdout.write('test-suite time: skipped (pass --with-tests)\n');
  }

  if (values.profile) {
    const sandbox = createSandbox();
    prepareSandboxApis(sandbox);
    const compiled = sandbox.compile(tpl.code, ['data', 'require'], 'template.tpl');
    await runHot(variants[0], sandbox, compiled, events);
    const hot = await profile(() => runHot(variants[0], sandbox, compiled, events), 'template.tpl');
    printProfile('profile: our template, hot (compiled once), the whole mix', hot);
    const summary = await profile(() => runWarm(variants[0], sandbox, events), 'template.tpl');
    printProfile('profile: our template, warm sandbox (compile per event)', summary);
    const freshSummary = await profile(() => runFresh(variants[0], events), 'template.tpl');
    printProfile('profile: our template, fresh sandbox per event', freshSummary);
  }
  return 0;
}
