// `npm run bench [-- --compare FILE.tpl ...]`: what one event costs in a template's own code, for our
// built template and any other template beside it, on the same events in one process: the CPU of its
// synchronous code (its top level, including the API calls it makes), and the steps its code executes
// (statements, calls and arrow bodies, counted by the runtime's instrumentation: GTM runs the sandbox's
// language in its own engine, where the cost follows that work more than a warmed-up JIT's figure).
//
// Each template is compiled once in its own sandbox, as a long-running server keeps it; per event a
// fresh execution (host, APIs, `data`) is prepared untimed, and only the call of the code is timed.
// Templates take turns event by event, so machine load hits them alike; the figure is the median of
// the rounds. Asynchronous work (the response callback) is settled untimed between events. Steps are
// counted in separate, untimed executions of each template's counting code, asynchronous work included.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { readTpl } from '../build/tpl/read';
import { fieldDefaults } from '../build/tpl/field-defaults';
import { listFields } from '../build/definition/field-checks';
import type { Field } from '../build/definition/field-types';
import type { TplFile } from '../build/tpl/model';
import type { ExecutionInput } from '../build/runtime/types';
import { makeData, settle } from '../build/runtime/run-template';
import { createSandbox } from '../build/runtime/sandbox';
import type { CompiledCode, Sandbox } from '../build/runtime/sandbox';
import { createHost } from '../build/runtime/execution';
import { createApis } from '../build/runtime/apis';
import { createRequire, prepareSandboxApis } from '../build/runtime/require';
import { eventMix, purchaseEvent } from './event-mix';
import type { BenchEvent } from './event-mix';
import { profile } from './cpu-profile';
import {
  createStepCounter,
  totalSteps,
  type StepCounter,
} from '../build/runtime/instrument/step-counter';
import { formatProfile, stepProfile } from '../build/runtime/instrument/step-profile';
import { tplLines } from '../build/runtime/tpl-lines';

const ROOT = path.resolve(__dirname, '..');
const OURS = path.join(ROOT, 'dist', 'template.tpl');

const USAGE = `usage: npm run bench -- [--compare FILE.tpl]... [--compare-data FILE.json] [--mix]
                        [--events N] [--rounds R] [--profile]

  --compare FILE.tpl        another template to measure beside ours (repeatable); its required text
                            fields get placeholder values ("bench-<field>"), or give them with
                            --compare-data
  --compare-data FILE.json  field values for the compared templates, over their defaults (--data: the
                            same)
  --mix                     a shop's event mix (page views to 20-item purchases) instead of the
                            2-item purchase with an _lr_env cookie, _scid and an iPhone user agent
  --events N                events per round (default 300)   --rounds R   rounds (default 7)
  --profile                 also where our template's time goes (self time per function)
`;

// The issue's reference visitor: Safari on an iPhone, without client hints.
const IPHONE_UA =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';

/** The reference event: event-mix's 2-item purchase, from an iPhone. */
function referenceEvent(i: number): BenchEvent {
  const { name, input } = purchaseEvent(i);
  const request = input.request ?? {};
  return {
    name,
    input: {
      ...input,
      event: { ...input.event, user_agent: IPHONE_UA },
      request: { ...request, headers: { ...request.headers, 'user-agent': IPHONE_UA } },
    },
  };
}

interface Variant {
  name: string;
  tpl: TplFile;
  data: Record<string, unknown>;
  sandbox: Sandbox;
  code: CompiledCode;
  /** The same code counting its steps (run apart from the timed rounds). */
  counted: CompiledCode;
  steps: StepCounter;
  /** 1-based .tpl line of the code's first line, for the steps profile. */
  codeLine: number;
  outcomes: Map<string, number>;
}

/** A new tag's values: every default, and a placeholder in each required text field without one. */
function newTagValues(parameters: unknown[]): Record<string, unknown> {
  const values = fieldDefaults(parameters);
  for (const { field } of listFields(parameters as Field[])) {
    const validators = (field as { valueValidators?: { type: string }[] }).valueValidators ?? [];
    const required = validators.some((v) => v.type === 'NON_EMPTY');
    if (required && field.type === 'TEXT' && !(field.name in values)) {
      values[field.name] = 'bench-' + field.name;
    }
  }
  return values;
}

function variant(file: string, data: Record<string, unknown>): Variant {
  const text = fs.readFileSync(file, 'utf8');
  const tpl = readTpl(text, file);
  const values = newTagValues(tpl.parameters);
  const sandbox = createSandbox();
  prepareSandboxApis(sandbox);
  const steps = createStepCounter(tpl.code);
  return {
    name: path.relative(process.cwd(), file),
    tpl,
    data: { ...values, ...data },
    sandbox,
    code: sandbox.compile(tpl.code, ['data', 'require'], path.basename(file)),
    counted: steps.compile(sandbox, tpl.code, path.basename(file), 0),
    steps,
    codeLine: tplLines(text, file).code,
    outcomes: new Map(),
  };
}

/** One event through one template: µs of its synchronous code. */
async function once(v: Variant, event: BenchEvent, code = v.code): Promise<number> {
  const input: ExecutionInput = {
    ...event.input,
    data: v.data,
    http: { mode: 'recorded', responses: [{ urlPrefix: '', status: 200, body: '{}' }] },
  };
  const host = createHost(input, { permissions: v.tpl.permissions });
  const apis = createApis(host, { makeRegex: v.sandbox.makeRegex });
  const require = v.sandbox.toSandbox(createRequire(v.sandbox, apis, {}));
  const data = makeData(host, v.sandbox, v.data);
  const started = process.hrtime.bigint();
  code(data, require);
  const us = Number(process.hrtime.bigint() - started) / 1000;
  await settle(host);
  const outcome = host.trace.errors.length > 0 ? 'error' : host.trace.outcome;
  v.outcomes.set(outcome, (v.outcomes.get(outcome) ?? 0) + 1);
  return us;
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

export async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      compare: { type: 'string', multiple: true, default: [] },
      'compare-data': { type: 'string' },
      data: { type: 'string' },
      mix: { type: 'boolean', default: false },
      events: { type: 'string', default: '300' },
      rounds: { type: 'string', default: '7' },
      profile: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const count = Number(values.events);
  const rounds = Number(values.rounds);
  for (const file of [OURS, ...values.compare]) {
    if (!fs.existsSync(file)) {
      process.stderr.write(
        `${file}: not found${file === OURS ? '; run npm run build first' : ''}\n`,
      );
      return 2;
    }
  }
  const dataFile = values['compare-data'] ?? values.data;
  const extra = dataFile ? JSON.parse(fs.readFileSync(dataFile, 'utf8')) : {};
  const variants = [
    variant(OURS, { atsConfigId: 'bench_cfg' }),
    ...values.compare.map((file) => variant(path.resolve(file), extra)),
  ];
  const events = values.mix
    ? eventMix(count)
    : Array.from({ length: count }, (_, i) => referenceEvent(i));

  process.stdout.write(
    `CPU of a template's own synchronous code per event — node ${process.version}, ` +
      `${os.cpus()[0]?.model ?? 'cpu'} ×${os.cpus().length}\n` +
      `events: ${values.mix ? 'a shop event mix' : '2-item purchase, _lr_env cookie, _scid, iPhone'}; ` +
      `${count} per round, ${rounds} rounds, median of the round means\n\n`,
  );
  // Warm-up: V8 optimises each template's code as a long-running server would.
  for (const event of events.slice(0, 100)) for (const v of variants) await once(v, event);
  for (const v of variants) v.outcomes.clear();
  const means = new Map<Variant, number[]>(variants.map((v) => [v, []]));
  for (let r = 0; r < rounds; r++) {
    const sums = new Map<Variant, number>(variants.map((v) => [v, 0]));
    for (const event of events) {
      for (const v of variants) sums.set(v, sums.get(v)! + (await once(v, event)));
    }
    for (const v of variants) means.get(v)!.push(sums.get(v)! / events.length);
  }
  // Steps: every event once more through each template's counting code, untimed.
  for (const v of variants) {
    v.steps.reset();
    for (const event of events) await once(v, event, v.counted);
  }
  const rows = variants.map((v) => ({
    v,
    us: median(means.get(v)!),
    steps: totalSteps(v.steps) / events.length,
  }));
  const [ours] = rows;
  const stepsText = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 1 });
  const stepWidth = Math.max(...rows.map((r) => stepsText(r.steps).length), 'steps/firing'.length);
  process.stdout.write(
    `${'steps/firing'.padStart(stepWidth)}  ${'CPU/firing'.padStart(10)}  template (outcomes)\n`,
  );
  for (const { v, us, steps } of rows) {
    const outcomes = [...v.outcomes].map(([k, n]) => `${k} ${n}`).join(', ');
    const ratio =
      v === ours.v
        ? ''
        : `   ours is ${(ours.steps / steps).toFixed(2)}× this in steps, ${(ours.us / us).toFixed(2)}× in CPU`;
    process.stdout.write(
      `${stepsText(steps).padStart(stepWidth)}  ${`${us.toFixed(1)} µs`.padStart(10)}  ${v.name}  (${outcomes})${ratio}\n`,
    );
  }

  for (const v of variants) {
    const steps = stepProfile(v.steps, { codeLine: v.codeLine, executions: events.length });
    process.stdout.write(`\nwhere ${v.name}'s steps go, per firing:\n${formatProfile(steps)}`);
  }

  if (values.profile) {
    const v = variants[0];
    const summary = await profile(async () => {
      for (const event of events) await once(v, event);
    }, path.basename(OURS));
    process.stdout.write(
      `\nwhere our template's time goes (${summary.totalMs.toFixed(0)} ms sampled):\n`,
    );
    for (const t of summary.top) {
      process.stdout.write(
        `  ${(t.share * 100).toFixed(1).padStart(5)} %  ${t.label}  [${t.place}]\n`,
      );
    }
  }
  return 0;
}
