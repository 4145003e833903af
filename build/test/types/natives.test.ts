// The sandbox's native methods have one list (build/sandbox/natives.ts). The runtime and the checker
// read it; the typings are a hand-written file, so this test holds them to it: every method declared
// on a built-in interface of types/sandbox.d.ts is on the list and every listed one is declared, and
// every "not in the sandbox" marker names a method the runtime really removes.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';
import { checkSandboxCode } from '../../compiler/sandbox-check';
import { NATIVE_METHODS, REMOVED_NATIVE_METHODS } from '../../sandbox/natives';
import { LOG, run } from '../runtime/helpers';
import { repoRoot } from './sandbox-program';

interface Declared {
  methods: Set<string>;
  markers: Set<string>;
}

/** Methods and NotInSandbox markers of each interface in the sandbox lib (merged declarations joined). */
function declaredInLib(): Map<string, Declared> {
  const file = path.join(repoRoot, 'build', 'types', 'sandbox.d.ts');
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
  const out = new Map<string, Declared>();
  for (const statement of source.statements) {
    if (!ts.isInterfaceDeclaration(statement)) continue;
    const entry = out.get(statement.name.text) ?? { methods: new Set(), markers: new Set() };
    out.set(statement.name.text, entry);
    for (const member of statement.members) {
      if (!member.name || !ts.isIdentifier(member.name)) continue;
      if (ts.isMethodSignature(member)) entry.methods.add(member.name.text);
      const type = ts.isPropertySignature(member) ? member.type : undefined;
      if (
        type &&
        ts.isTypeReferenceNode(type) &&
        type.typeName.getText(source) === 'NotInSandbox'
      ) {
        entry.markers.add(member.name.text);
      }
    }
  }
  return out;
}

const lib = declaredInLib();
const sorted = (names: Iterable<string>) => [...names].sort();

test.each(Object.keys(NATIVE_METHODS) as (keyof typeof NATIVE_METHODS)[])(
  'sandbox.d.ts declares exactly the %s methods of the list',
  (type) => {
    expect(sorted(lib.get(type)?.methods ?? [])).toEqual(sorted(NATIVE_METHODS[type]));
  },
);

test('ReadonlyArray declares the non-mutating Array methods of the list, and no others', () => {
  const mutating = ['pop', 'push', 'reverse', 'shift', 'sort', 'splice', 'unshift'];
  expect(sorted(lib.get('ReadonlyArray')!.methods)).toEqual(
    sorted(NATIVE_METHODS.Array.filter((m) => !mutating.includes(m))),
  );
});

test('every marker names a method the runtime removes and the checker reports', () => {
  const markers = [...lib.values()].flatMap((d) => [...d.markers]);
  expect(markers.length).toBeGreaterThan(20);
  expect(markers.filter((name) => !REMOVED_NATIVE_METHODS.has(name))).toEqual([]);
});

test.each([
  ["'abc'.startsWith('a')", 'true'],
  ["({a: 1}).hasOwnProperty('a')", 'true'],
])('the runtime keeps %s, and the checker accepts it', async (expr, logged) => {
  const trace = await run(`require('logToConsole')(${expr});`, [LOG]);
  expect(trace).toMatchObject({ errors: [], logs: [logged] });
  const position = () => ({ file: 't', line: 1, col: 1 });
  expect(
    checkSandboxCode(`${expr};`, {
      mapPosition: position,
      dialect: 'js',
      unsureSeverity: 'warning',
    }),
  ).toEqual([]);
});

test.each([
  '(function () {}).call(null)',
  "'ab'.includes('a')",
  '[1].find(function (x) { return x; })',
])('the runtime lacks %s, and the checker reports it as an error', async (expr) => {
  const trace = await run(`require('logToConsole')(${expr});`, [LOG]);
  expect(trace.errors[0]).toMatch(/^Uncaught TypeError: .* is not a function/);
  const position = () => ({ file: 't', line: 1, col: 1 });
  const found = checkSandboxCode(`${expr};`, {
    mapPosition: position,
    dialect: 'js',
    unsureSeverity: 'warning',
  });
  expect(found.map((d) => d.severity)).toEqual(['error']);
});
