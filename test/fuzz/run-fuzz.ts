// `npm run fuzz [-- --runs N] [-- --seed S]`: the fuzz property over many runs (default 100,000),
// printing the seed up front (to replay any run) and, on failure, the shrunk counterexample and
// which properties it breaks.
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import {
  describeCase,
  emptyStats,
  PropertyViolation,
  templateProperty,
  violationKind,
} from './fuzz-runner';
import type { FuzzCase } from './arbitraries';
import { BUILT_TEMPLATE_PATH } from '../support/built-template';
import { readTpl } from '../../build/tpl/read';

export async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      runs: { type: 'string', default: '100000' },
      seed: { type: 'string' },
      survey: { type: 'boolean', default: false },
      template: { type: 'string', default: BUILT_TEMPLATE_PATH },
      path: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(
      'usage: npm run fuzz -- [--runs N] [--seed S] [--survey] [--template FILE] [--path P]\n' +
        '  --path    replay one counterexample: the seed and path a failed run printed\n' +
        '  --survey  do not stop at the first failure: count every kind of violation, show the\n' +
        '            smallest example of each\n',
    );
    return 0;
  }
  const runs = Number(values.runs);
  const seed =
    values.seed !== undefined ? Number(values.seed) : Date.now() ^ (Math.random() * 0x100000000);
  if (!Number.isInteger(runs) || runs <= 0 || !Number.isInteger(seed)) {
    process.stderr.write(`run-fuzz: --runs must be a positive integer and --seed an integer\n`);
    return 2;
  }
  // Read the template once and name its exact version: the build may change during a long run.
  const templatePath = path.resolve(values.template);
  if (!fs.existsSync(templatePath)) {
    process.stderr.write(`run-fuzz: ${templatePath} not found; run \`npm run build\` first\n`);
    return 2;
  }
  const text = fs.readFileSync(templatePath);
  const tpl = readTpl(text.toString('utf8'), templatePath);
  const sha = createHash('sha256').update(text).digest('hex');
  process.stdout.write(
    `fuzzing ${path.relative(process.cwd(), templatePath)} (sha256 ${sha.slice(0, 16)}…): ${runs} runs, seed ${seed}\n`,
  );

  const stats = emptyStats();
  const started = process.hrtime.bigint();
  const progress = setInterval(() => {
    process.stdout.write(`  … ${stats.runs} executions\n`);
  }, 30_000);
  const kinds = new Map<string, { count: number; example: FuzzCase; size: number; text: string }>();
  const survey = values.survey
    ? (violations: string[], c: FuzzCase) => {
        const size = JSON.stringify(c)?.length ?? 0;
        for (const v of violations) {
          const kind = violationKind(v);
          const seen = kinds.get(kind);
          if (!seen) kinds.set(kind, { count: 1, example: c, size, text: v });
          else {
            seen.count++;
            if (size < seen.size) Object.assign(seen, { example: c, size, text: v });
          }
        }
      }
    : undefined;
  let details: fc.RunDetails<[FuzzCase]>;
  try {
    details = await fc.check(templateProperty(stats, survey, tpl), {
      seed,
      numRuns: runs,
      ...(values.path ? { path: values.path } : {}),
    });
  } finally {
    clearInterval(progress);
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;

  process.stdout.write(
    `${stats.runs} executions in ${seconds.toFixed(1)} s (${((seconds * 1e6) / stats.runs).toFixed(0)} µs each): ` +
      `${stats.success} success, ${stats.failure} failure, ${stats.noCallback} no callback; ` +
      `${stats.sent} sent, ${stats.refreshCalls} refresh calls, ${stats.cookiesSet} cookies set\n`,
  );
  if (survey) {
    if (kinds.size === 0) {
      process.stdout.write(`OK: every property held for ${stats.runs} runs (seed ${seed})\n`);
      return 0;
    }
    process.stdout.write(`${kinds.size} kinds of violation (seed ${seed}):\n`);
    for (const [kind, k] of [...kinds].sort((a, b) => b[1].count - a[1].count)) {
      process.stdout.write(
        `\n[${k.count}×] ${kind}\n  e.g. ${k.text.slice(0, 400)}\n  smallest case:\n${describeCase(k.example)}\n`,
      );
    }
    return 1;
  }
  if (!details.failed) {
    process.stdout.write(`OK: every property held for ${details.numRuns} runs (seed ${seed})\n`);
    return 0;
  }
  const error = details.errorInstance;
  const violations =
    error instanceof PropertyViolation
      ? error.violations
      : [String((error as Error)?.stack ?? error)];
  process.stdout.write(
    [
      `FAILED after ${details.numRuns} runs (${details.numShrinks} shrinks)`,
      `seed: ${details.seed}`,
      `path: ${details.counterexamplePath}`,
      templatePath === BUILT_TEMPLATE_PATH
        ? `replay: npm run fuzz -- --seed=${details.seed} --path ${details.counterexamplePath}` +
          `  (or FUZZ_SEED=${details.seed} FUZZ_RUNS=${details.numRuns} npx jest test/fuzz/template.fuzz.test.ts)`
        : `replay: npm run fuzz -- --seed=${details.seed} --path ${details.counterexamplePath} --template ${templatePath}`,
      'violations:',
      ...violations.map((v) => `  - ${v}`),
      'counterexample:',
      details.counterexample ? describeCase(details.counterexample[0]) : '(none)',
      '',
    ].join('\n'),
  );
  return 1;
}
