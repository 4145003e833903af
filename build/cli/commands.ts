// The sub-commands of `sgtm-template`: each one's options, operands and help, and where its
// implementation lives. A new command is one more entry here plus its module (see docs/toolchain.md,
// "Adding a command").
import type { CommandSpec, OptionSpecs } from './command';

const define = <O extends OptionSpecs>(spec: CommandSpec<O>) => spec;

export const BUILD_OPTIONS = {
  entry: {
    type: 'string',
    value: 'FILE',
    help: 'the definition module (defineTemplate), or the template code it names; default: package.json\'s "sgtm-template".entry',
  },
  out: {
    type: 'string',
    value: 'FILE',
    help: 'the .tpl to write; default: package.json\'s "sgtm-template".out (one file or a list), else template.tpl',
  },
} as const satisfies OptionSpecs;

export const TEST_OPTIONS = {
  verbose: { type: 'boolean', help: 'also print what the template logged under each scenario' },
  coverage: {
    type: 'boolean',
    help: "after each file's scenarios, the statements of its code that no scenario reached, per function (with .tpl lines), and a total",
  },
} as const satisfies OptionSpecs;

export const RUN_OPTIONS = {
  data: {
    type: 'string',
    value: 'F.json',
    help: "the field values (data.<name>), a file or inline JSON; required when the template has fields ('{}' for none)",
  },
  event: {
    type: 'string',
    value: 'F.json',
    help: "the event data (getAllEventData, getEventData), a file or inline JSON; required ('{}' for none)",
  },
  cookies: {
    type: 'string',
    value: 'F.json',
    help: 'request cookies {"name": "value" | ["value", ...]}, still URI-encoded as browsers send them',
  },
  headers: { type: 'string', value: 'F.json', help: 'request headers {"name": "value"}' },
  request: {
    type: 'string',
    value: 'F.json',
    help: 'the whole request {headers, cookies, query, path, method, body, remoteAddress}',
  },
  respond: {
    type: 'string',
    multiple: true,
    value: 'PREFIX=STATUS:BODY',
    help: 'answer requests whose URL starts with PREFIX (longest wins; STATUS "fail" = network failure, "timeout" = times out after the request\'s own timeout); unmatched URLs fail',
  },
  live: { type: 'boolean', help: 'send real HTTP requests instead' },
  map: {
    type: 'string',
    multiple: true,
    value: 'HOST=BASE_URL',
    help: "with --live, send HOST's requests to BASE_URL (e.g. a local server)",
  },
  now: {
    type: 'number',
    value: 'MS',
    help: 'the clock (getTimestampMillis); default: the real time',
  },
  production: {
    type: 'boolean',
    help: 'run as the published container (previewMode and debugMode false); default: as GTM Preview',
  },
  timeout: {
    type: 'number',
    value: 'MS',
    min: 1,
    help: 'how long to wait for the template to finish; default 5500',
  },
  format: {
    type: 'string',
    value: 'json|pretty',
    choices: ['json', 'pretty'],
    help: 'json (default): the trace as JSON; pretty: a summary for people',
  },
  profile: {
    type: 'boolean',
    help: 'print the steps the code executed (statements, calls), in total and for the top 20 functions, instead of the trace (with --format json: in it, as "profile")',
  },
} as const satisfies OptionSpecs;

export const RELEASE_OPTIONS = {
  template: {
    type: 'string',
    value: 'FILE',
    help: 'the Gallery template; default template.tpl',
  },
  metadata: {
    type: 'string',
    value: 'FILE',
    help: 'the metadata file; default metadata.yaml',
  },
} as const satisfies OptionSpecs;

export const SERVE_OPTIONS = {
  fields: {
    type: 'string',
    value: 'F.json',
    help: "the tag's field values, a file or inline JSON (fields not given keep their defaults); required when the template has fields ('{}' for none)",
  },
  port: {
    type: 'number',
    value: 'PORT',
    max: 65535,
    help: 'the port to listen on (0: any free one); default 8080',
  },
  host: { type: 'string', value: 'HOST', help: 'the address to bind; default 127.0.0.1' },
  respond: {
    type: 'string',
    multiple: true,
    value: 'PREFIX=STATUS:BODY',
    help: 'answer requests whose URL starts with PREFIX (longest wins; STATUS "fail" = network failure, "timeout" = no answer in time), before the project\'s serve setup; unanswered URLs fail',
  },
  live: {
    type: 'boolean',
    help: "send the template's requests to the real hosts instead",
  },
  'no-setup': {
    type: 'boolean',
    help: 'leave out the project\'s serve setup (package.json\'s "sgtm-template".dev): a generic send panel, only --respond answers',
  },
} as const satisfies OptionSpecs;

export const COMMANDS = [
  define({
    name: 'build',
    summary: 'compile a template definition (TypeScript) into a .tpl',
    operands: '',
    operandCount: [0, 0],
    description: `
Type-checks the template code against GTM's sandbox, bundles it, checks it as GTM would run it,
derives the permissions from the APIs it uses and the definition's scope, and writes the .tpl.
Exit 0: written; 1: errors (each as file:line:col: message); 2: a usage error.`,
    options: BUILD_OPTIONS,
    load: async () => (await import('./build-command')).buildCommand,
  }),
  define({
    name: 'check',
    summary: 'check any .tpl: sections, JSON, sandbox code, permissions, data fields',
    operands: '[FILE.tpl...]',
    operandCount: [0, Infinity],
    description: `
Checks each .tpl (default: package.json's "sgtm-template".out): sections in GTM's order, JSON and YAML
that parse, code that GTM's sandbox runs, a permission for every API, URLs and names the permissions
allow, and data.<name> that are fields. Prints "FILE: ok" or each problem; exit 1 on any error.`,
    options: {},
    load: async () => (await import('./check-command')).checkCommand,
  }),
  define({
    name: 'test',
    summary: "run a template's ___TESTS___ scenarios, as GTM's Tests tab does",
    operands: '[FILE.tpl...]',
    operandCount: [0, Infinity],
    description: `
Runs the ___TESTS___ scenarios of each .tpl (default: package.json's "sgtm-template".out): setup code
in each scenario's scope, mocks reset per scenario, the template's permissions enforced on unmocked
APIs. Prints "✓ <file>: <scenario>" or "✗ <file>: <scenario> — <reason>" per scenario and ends with
"N passed, N failed". Exit 1 when any scenario fails or a file cannot be read.`,
    options: TEST_OPTIONS,
    load: async () => (await import('./test-command')).testCommand,
  }),
  define({
    name: 'run',
    summary: 'run a template once for one event, as GTM Preview shows it',
    operands: '[FILE.tpl]',
    operandCount: [0, 1],
    description: `
Runs the template's code once (default: package.json's "sgtm-template".out), as sGTM runs it for one
event in Preview mode, and prints what it did: outcome, requests (with their responses), cookies set,
log lines, errors and the API calls it made. Without --respond and --live, every request is answered
200 with an empty body. Exit 0 when the template ran (the trace tells how it ended); 2: a usage error.`,
    options: RUN_OPTIONS,
    load: async () => (await import('./run-command')).runCommand,
  }),
  define({
    name: 'release',
    summary:
      "record template.tpl's last commit as the newest version in metadata.yaml (the Gallery's)",
    operands: 'NOTES',
    operandCount: [1, 1],
    description: `
Adds the commit that last changed template.tpl (which must be committed, with no changes since) as the
newest version in metadata.yaml, with NOTES as its changeNotes. A new metadata.yaml gets its homepage
from package.json's "homepage" and its documentation from "sgtm-template".documentation. Exit 1 when
template.tpl is uncommitted or its commit is already the newest version.`,
    options: RELEASE_OPTIONS,
    load: async () => (await import('./release-command')).releaseCommand,
  }),
  define({
    name: 'serve',
    summary: 'a local sGTM endpoint: gtag hits run the template, a page shows every event',
    operands: '[FILE.tpl]',
    operandCount: [0, 1],
    description: `
Serves the template (default: package.json's "sgtm-template".out) as a server container with the GA4
client would: gtag hits to /g/collect (GET or POST, batches too) become GA4 events, and each runs the
template once in Preview mode with the hit's cookies, headers and address. Its requests are answered
by --respond, then by the mocks of the project's serve setup (package.json's "sgtm-template".dev);
others fail, saying how to answer them; --live sends them to the real hosts. The page at / shows
every event and can send test hits and edit the fields; GET /api/events, GET /api/stream
(Server-Sent Events) and GET/PUT /api/fields serve the same data. Runs until Ctrl-C, SIGTERM, SIGHUP
or its parent process ends (exit 0); 1: the port is taken; 2: a usage error.`,
    options: SERVE_OPTIONS,
    load: async () => (await import('./serve-command')).serveCommand,
  }),
];
