// runTemplate: outcomes, callbacks, uncaught errors and the wait for asynchronous work.
import { runTemplate } from '../../runtime/run-template';
import { LOG, makeTpl, permission, run } from './helpers';

describe('runTemplate outcomes', () => {
  test('gtmOnSuccess → success, gtmOnFailure → failure; the data fields reach the code', async () => {
    expect(
      await run(`if (data.ok) data.gtmOnSuccess(); else data.gtmOnFailure();`, [], {
        data: { ok: true },
      }),
    ).toMatchObject({ outcome: 'success', callbacks: 1 });
    expect(
      await run(`if (data.ok) data.gtmOnSuccess(); else data.gtmOnFailure();`, [], {
        data: { ok: false },
      }),
    ).toMatchObject({ outcome: 'failure', callbacks: 1 });
  });

  test('callbacks passed on as values still settle the tag', async () => {
    const trace = await run(
      `const callLater = require('callLater');\nconst done = data.gtmOnSuccess;\ncallLater(done);`,
    );
    expect(trace).toMatchObject({ outcome: 'success', callbacks: 1, errors: [] });
  });

  test('a second callback is counted and reported as an error; the first one decides', async () => {
    const trace = await run(`data.gtmOnFailure();\ndata.gtmOnSuccess();`);
    expect(trace.outcome).toBe('failure');
    expect(trace.callbacks).toBe(2);
    expect(trace.errors).toEqual([
      'data.gtmOnSuccess() was called after the tag had already ended (callback #2); call exactly one callback, once',
    ]);
  });

  test('an uncaught error ends the execution with outcome none, keeping what happened before', async () => {
    const trace = await run(
      `const log = require('logToConsole');\nlog('before');\nconst x = data.missing.field;\ndata.gtmOnSuccess();`,
      [LOG],
    );
    expect(trace).toMatchObject({
      outcome: 'none',
      callbacks: 0,
      logs: ['before'],
      errors: [
        "Uncaught TypeError: Cannot read properties of undefined (reading 'field') (template.tpl:3:24)",
      ],
    });
  });

  test('an error in an asynchronous callback is recorded', async () => {
    const trace = await run(
      `const callLater = require('callLater');\ncallLater(() => { data.nope(); });`,
    );
    expect(trace.errors).toEqual([
      'Uncaught TypeError: data.nope is not a function (template.tpl:2:24)',
    ]);
    expect(trace.outcome).toBe('none');
  });

  test('code that never calls back is reported once the wait is over', async () => {
    const trace = await run(`const x = 1;`, [], { timeoutMs: 50 });
    expect(trace.outcome).toBe('none');
    expect(trace.errors).toEqual([]);
    const pending = await run(
      `const P = require('Promise');\nconst callLater = require('callLater');\nfunction again() { callLater(again); }\nagain();`,
      [],
      { timeoutMs: 50 },
    );
    expect(pending.errors).toEqual([
      'The tag called neither data.gtmOnSuccess nor data.gtmOnFailure within 50 ms (GTM would time it out)',
    ]);
  });

  test('a client that times out is told about its response, not about gtmOnSuccess', async () => {
    const loop = `const callLater = require('callLater');\nfunction again() { callLater(again); }\nagain();`;
    const asClient = (code: string) => {
      const tpl = makeTpl(code, [permission('return_response')]);
      return { ...tpl, info: { ...tpl.info, type: 'CLIENT' as const } };
    };
    const input = { data: {}, event: {}, http: { mode: 'recorded' as const, responses: [] } };
    const silent = await runTemplate(asClient(loop), { ...input, timeoutMs: 50 });
    expect(silent.errors).toEqual([
      'The client neither returned a response (returnResponse) nor finished within 50 ms (GTM would time it out)',
    ]);
    // Answered, with work left behind: the client did end.
    const answered = await runTemplate(
      asClient(`const returnResponse = require('returnResponse');\nreturnResponse();\n${loop}`),
      { ...input, timeoutMs: 50 },
    );
    expect(answered.errors).toEqual([]);
    expect(answered.response).toEqual({ status: 200, headers: {}, body: '' });
    const variable = makeTpl(loop);
    const macro = await runTemplate(
      { ...variable, info: { ...variable.info, type: 'MACRO' } },
      { ...input, timeoutMs: 50 },
    );
    expect(macro.errors).toEqual([
      "The variable's asynchronous work (a promise it returned, or work it started) did not finish within 50 ms",
    ]);
  });

  test('a syntax error is reported with its line', async () => {
    const trace = await run(`const a = ;`);
    expect(trace.outcome).toBe('none');
    expect(trace.errors).toEqual(["Uncaught SyntaxError: Unexpected token ';' (template.tpl:1)"]);
  });

  test('top-level return is allowed (the code is a function body)', async () => {
    const trace = await run(`if (!data.go) { data.gtmOnFailure(); return; }\ndata.gtmOnSuccess();`);
    expect(trace.outcome).toBe('failure');
  });
});
