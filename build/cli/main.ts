// The `sgtm-template` command: one sub-command per module in this folder.
export type Command = (args: string[]) => Promise<number>;

// Loaded on demand so that `check` or `run` do not pay for loading TypeScript and esbuild.
const commands: Record<string, () => Promise<Command>> = {
  build: async () => (await import('./build-command')).buildCommand,
  check: async () => (await import('./check-command')).checkCommand,
  test: async () => (await import('./test-command')).testCommand,
  run: async () => (await import('./run-command')).runCommand,
  serve: async () => (await import('./serve-command')).serveCommand,
};

const usage = `usage: sgtm-template <command> [options]

commands:
  build [--entry FILE] [--out FILE]   compile a template definition (default: template-src/template.ts)
                                      into a .tpl (default: dist/template.tpl)
  check FILE.tpl                      check sections, JSON, sandbox syntax and permissions
  test FILE.tpl...                    run the templates' ___TESTS___ scenarios
  run FILE.tpl --data F.json --event F.json [--cookies F.json] [--headers F.json]
      [--respond URL_PREFIX=STATUS:BODY]... [--live] [--now MS]
                                      run one execution and print its JSON trace
  serve FILE.tpl --fields F.json [--port 8080] [--host 127.0.0.1] [--live] [--adapter-status N]
                                      a local sGTM endpoint: gtag hits on /g/collect run the template,
                                      a mock LiveRamp answers, and a preview page shows every event
`;

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(usage);
    return name ? 0 : 2;
  }
  const load = commands[name];
  if (!load) {
    process.stderr.write(`sgtm-template: unknown command "${name}"\n\n${usage}`);
    return 2;
  }
  return (await load())(rest);
}
