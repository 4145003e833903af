import { buildDiagnostics, definitionSource } from './temp-project';

// Each forbidden construct, written on line 2 of main.ts, must be reported at that line (and column)
// of the TypeScript file, with what to write instead. The type check is skipped here (the sandbox lib
// would reject most of these first, and build.test.ts shows that a permissive tsconfig does not get
// them past the checker): this is about the sandbox checker and its source mapping.
const CASES: [string, string, string[]][] = [
  [
    'new',
    'const x = new Map();',
    [
      'main.ts:2:11: `new` does not exist in the sandbox; create values with literals or with factory APIs (Promise.create, createRegex)',
      "main.ts:2:15: `Map` is not defined in the sandbox (only `data` and `require` are global); declare it, or if it is a sandbox API, import { Map } from 'sgtm'",
    ],
  ],
  [
    'this',
    'function f() { return this; } const x = f;',
    [
      'main.ts:2:23: `this` does not exist in the sandbox; pass the object to the function as a parameter',
    ],
  ],
  [
    'class',
    'class A { v = 1; } const x = A;',
    [
      'main.ts:2:1: classes are not supported by the sandbox; use functions that return object literals',
      // With the sandbox tsconfig (target ES5) esbuild moves the field into a constructor: this.v = 1.
      'main.ts:2:11: `this` does not exist in the sandbox; pass the object to the function as a parameter',
    ],
  ],
  [
    'template literal',
    'const x = `a${data.value}`;',
    [
      "main.ts:2:11: template literals are not supported by the sandbox; concatenate with + ('a' + b + 'c')",
    ],
  ],
  [
    'tagged template',
    'const tag = (s: any) => s; const x = tag`a`;',
    [
      'main.ts:2:38: tagged template literals are not supported by the sandbox; call a function with string arguments',
    ],
  ],
  [
    'spread',
    'const x = [...[1, 2]];',
    [
      'main.ts:2:12: spread (...x) is not supported by the sandbox; copy properties in a for...in loop, or join arrays with concat()',
    ],
  ],
  [
    'object spread',
    'const x = { ...{ a: 1 } };',
    [
      'main.ts:2:13: spread (...x) is not supported by the sandbox; copy properties in a for...in loop, or join arrays with concat()',
    ],
  ],
  [
    'rest',
    'function f(...a: number[]) { return a; } const x = f(1);',
    [
      'main.ts:2:10: rest elements (...x) are not supported by the sandbox; pass an array, or read `arguments`',
    ],
  ],
  [
    'object destructuring',
    'const { a: x } = { a: 1 };',
    [
      'main.ts:2:7: destructuring is not supported by the sandbox; read each property into its own variable (const a = obj.a;)',
    ],
  ],
  [
    'array destructuring',
    'const [x] = [1];',
    [
      'main.ts:2:7: destructuring is not supported by the sandbox; read each element into its own variable (const a = list[0];)',
    ],
  ],
  [
    'try/catch',
    'let x = 0; try { x = 1; } catch (e) { x = 2; }',
    [
      'main.ts:2:12: try/catch is not supported by the sandbox; check values with getType() before using them and report failure with data.gtmOnFailure()',
    ],
  ],
  [
    'throw',
    "function f() { throw 'bad'; } const x = f;",
    [
      'main.ts:2:16: throw is not supported by the sandbox; return early and call data.gtmOnFailure() (an uncaught error ends the tag without either callback)',
    ],
  ],
  [
    'regex',
    "const x = 'abc'.match(/ab+c/);",
    [
      "main.ts:2:23: regular-expression literals are not supported by the sandbox; use createRegex()/testRegex() from 'sgtm', or pass a pattern string to match()/replace()",
    ],
  ],
  [
    'delete',
    'const o: any = { a: 1 }; delete o.a; const x = o;',
    [
      "main.ts:2:26: `delete` is not supported by the sandbox; use Object.delete(obj, key) (Object from 'sgtm')",
    ],
  ],
  [
    'optional chaining',
    'const o: any = data; const x = o?.a;',
    [
      'main.ts:2:32: optional chaining (?.) is not supported by the sandbox; test each step (a && a.b)',
    ],
  ],
  [
    'nullish coalescing',
    "const x = data.value ?? 'none';",
    [
      'main.ts:2:11: `??` is not supported by the sandbox; write (x === undefined || x === null ? fallback : x)',
    ],
  ],
  [
    'logical assignment',
    "let x: any = data.value; x ||= 'none';",
    ['main.ts:2:26: `||=` is not supported by the sandbox; write x = x || y'],
  ],
  [
    'default parameter',
    'function f(a = 1) { return a; } const x = f();',
    [
      'main.ts:2:12: default values are not supported by the sandbox; check for undefined in the function body (if (x === undefined) x = ...)',
    ],
  ],
  [
    'async',
    'async function f() { return 1; } const x = f();',
    [
      'main.ts:2:1: async functions are not supported by the sandbox; chain .then() on the promise the API returns',
    ],
  ],
  [
    'await',
    'const p: any = data; async function f() { await p; } const x = f;',
    [
      'main.ts:2:22: async functions are not supported by the sandbox; chain .then() on the promise the API returns',
      'main.ts:2:43: `await` is not supported by the sandbox; chain .then() on the promise',
    ],
  ],
  [
    'generator',
    'function* g() { yield 1; } const x = g();',
    ['main.ts:2:1: generators are not supported by the sandbox; build and return an array instead'],
  ],
  [
    'getter',
    'const x = { get a() { return 1; } };',
    [
      'main.ts:2:13: getters and setters are not supported by the sandbox; use a plain property or a function',
    ],
  ],
  [
    'setter',
    'const x = { set a(v: number) {} };',
    [
      'main.ts:2:13: getters and setters are not supported by the sandbox; use a plain property or a function',
    ],
  ],
  [
    'label',
    'let x = 0; outer: for (const i of [1]) { x = i; break outer; }',
    [
      'main.ts:2:12: labels are not supported by the sandbox; use a flag variable, or move the loop into a function and return',
    ],
  ],
  [
    'debugger',
    'const x = 1; debugger;',
    ['main.ts:2:14: `debugger` is not supported by the sandbox; remove it'],
  ],
  [
    'exponent',
    'const x = (data.value as any) ** 2;',
    ["main.ts:2:12: `**` is not supported by the sandbox; use Math.pow(a, b) (Math from 'sgtm')"],
  ],
  [
    'exponent assignment',
    'let x = 2; x **= 2;',
    [
      "main.ts:2:12: `**=` is not supported by the sandbox; write x = Math.pow(x, y) (Math from 'sgtm')",
    ],
  ],
  [
    'global Date',
    'const x = Date.now();',
    [
      "main.ts:2:11: `Date` is not defined in the sandbox (only `data` and `require` are global); use getTimestampMillis() (import { getTimestampMillis } from 'sgtm')",
    ],
  ],
  [
    'global parseInt',
    "const x = parseInt('1');",
    [
      "main.ts:2:11: `parseInt` is not defined in the sandbox (only `data` and `require` are global); use makeInteger(x) (import { makeInteger } from 'sgtm')",
    ],
  ],
  [
    'native includes',
    "const x = 'abc'.includes('a');",
    ["main.ts:2:17: .includes() is not one of the sandbox's native methods; use indexOf(x) !== -1"],
  ],
  [
    'native endsWith',
    "const x = 'abc'.endsWith('c');",
    [
      "main.ts:2:17: .endsWith() is not one of the sandbox's native methods; compare s.slice(-suffix.length) === suffix",
    ],
  ],
  [
    'native padStart',
    "const x = 'a'.padStart(2);",
    [
      "main.ts:2:15: .padStart() is not one of the sandbox's native methods; build the padding with a loop and '+'",
    ],
  ],
  [
    'native toFixed',
    'const x = (1.5).toFixed(1);',
    [
      "main.ts:2:17: .toFixed() is not one of the sandbox's native methods; use Math.round(x * 100) / 100 (Math from 'sgtm') and makeString",
    ],
  ],
  [
    'native find',
    'const x = [1].find((v) => v > 0);',
    [
      "main.ts:2:15: .find() is not one of the sandbox's native methods; use filter(f)[0] or a for...of loop",
    ],
  ],
  [
    'native findIndex',
    'const x = [1].findIndex((v) => v > 0);',
    [
      "main.ts:2:15: .findIndex() is not one of the sandbox's native methods; use a for loop that returns the index",
    ],
  ],
  [
    'native flat',
    'const x = [[1]].flat();',
    [
      "main.ts:2:17: .flat() is not one of the sandbox's native methods; concatenate with concat() in a loop",
    ],
  ],
  [
    'native charCodeAt',
    "const x = 'a'.charCodeAt(0);",
    [
      "main.ts:2:15: .charCodeAt() is not one of the sandbox's native methods; compare characters with charAt() against a string of known characters",
    ],
  ],
  [
    'Object.assign without import',
    'const x = Object.assign({}, { a: 1 });',
    [
      "main.ts:2:11: `Object` is not defined in the sandbox (only `data` and `require` are global); import { Object } from 'sgtm'",
    ],
  ],
  [
    'bigint',
    'const x = 10n;',
    ['main.ts:2:11: BigInt literals are not supported by the sandbox; use numbers'],
  ],
  [
    'import.meta',
    'const x = import.meta;',
    [
      "main.ts:2:11: syntax error: Cannot use 'import.meta' outside a module; the sandbox runs ECMAScript 5.1 plus const/let and arrow functions",
    ],
  ],
  [
    'dynamic import',
    "const x = import('./other');",
    [
      "main.ts:2:11: `Promise` is not defined in the sandbox (only `data` and `require` are global); import { Promise } from 'sgtm'",
      "main.ts:2:11: a namespace import of a template file (import * as x from './file') is used as a value, so esbuild builds a module object with getters, which the sandbox lacks; use x.name member accesses or named imports",
      'other.ts:1:1: a dynamic import() makes esbuild load a module lazily, which the sandbox cannot run; use a static import',
    ],
  ],
  [
    'namespace import used as a value',
    "import * as other from './other'; const x = other;",
    [
      "main.ts:2:45: a namespace import of a template file (import * as x from './file') is used as a value, so esbuild builds a module object with getters, which the sandbox lacks; use x.name member accesses or named imports",
    ],
  ],
  [
    "'sgtm' namespace used as a value",
    "import * as sgtm from 'sgtm'; const x = sgtm;",
    [
      "main.ts:2:41: the namespace import `sgtm` of 'sgtm' is used as a value; the sandbox has no module object: use sgtm.name, or import { name } from 'sgtm'",
    ],
  ],
];

function mainWith(line: string): string {
  return `import { data, logToConsole } from 'sgtm';\n${line}\nlogToConsole(x);\ndata.gtmOnSuccess();\n`;
}

describe('forbidden constructs are reported at their TypeScript line', () => {
  test.each(CASES)('%s', (_name, line, expected) => {
    const { lines } = buildDiagnostics({
      'main.ts': mainWith(line),
      'other.ts': 'export const y = 1;\n',
      'template.ts': definitionSource("{ logging: 'debug' }"),
    });
    expect(lines).toEqual(expected);
  });
});

test('a top-level name of the author that looks like an esbuild helper is still checked', () => {
  const { lines } = buildDiagnostics({
    'main.ts': mainWith('const __export = new Map(); const x = __export;'),
    'template.ts': definitionSource("{ logging: 'debug' }"),
  });
  expect(lines).toEqual([
    'main.ts:2:18: `new` does not exist in the sandbox; create values with literals or with factory APIs (Promise.create, createRegex)',
    "main.ts:2:22: `Map` is not defined in the sandbox (only `data` and `require` are global); declare it, or if it is a sandbox API, import { Map } from 'sgtm'",
  ]);
});
