// Build time of the tag: one cold build (TypeScript, esbuild and the definition loaded for the first
// time in this process) and N warm builds (what a watch loop or the test suite sees). Goal: < 2 s cold.
//
//   npm run bench:build [-- --runs N] [-- --entry FILE]
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';

type Toolchain = typeof import('../build/compiler/build-template');

export async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      runs: { type: 'string', default: '5' },
      entry: { type: 'string', default: 'template-src/template.ts' },
    },
  });
  const runs = Math.max(1, Number(values.runs));
  const loadStart = performance.now();
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { buildTemplate } = require('../build/compiler/build-template') as Toolchain;
  const loadMs = performance.now() - loadStart;

  const timeBuild = (): { ms: number; bytes: number } => {
    const start = performance.now();
    const { text } = buildTemplate(values.entry!);
    return { ms: performance.now() - start, bytes: Buffer.byteLength(text) };
  };
  const cold = timeBuild();
  const warm: number[] = [];
  let bytes = cold.bytes;
  for (let i = 0; i < runs; i++) {
    const run = timeBuild();
    warm.push(run.ms);
    if (run.bytes !== bytes)
      throw new Error(`build ${i + 2} gave ${run.bytes} bytes, build 1 ${bytes}`);
    bytes = run.bytes;
  }
  warm.sort((a, b) => a - b);
  const median = warm[Math.floor(warm.length / 2)];
  const ms = (n: number) => `${n.toFixed(0)} ms`;
  process.stdout.write(
    [
      `entry: ${values.entry} (${(bytes / 1024).toFixed(1)} KiB of .tpl)`,
      `load toolchain: ${ms(loadMs)}`,
      `cold build:     ${ms(cold.ms)}  (cold total with load: ${ms(loadMs + cold.ms)}; goal < 2000 ms)`,
      `warm build:     ${ms(median)} median of ${runs} (min ${ms(warm[0])}, max ${ms(warm[warm.length - 1])})`,
      '',
    ].join('\n'),
  );
  return 0;
}
