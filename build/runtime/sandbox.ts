// A fresh vm realm shaped like GTM's sandbox: no globals at all (code gets only what it is handed),
// the native methods GTM removes are gone from the prototypes, and string code generation is off.
// Values cross between this realm and the host through a bridge that copies plain data and wraps
// functions, so sandbox code never holds a host array (whose `includes` would wrongly work).
import * as vm from 'node:vm';
import { NATIVE_METHODS } from '../sandbox/natives';
import { SandboxPromise } from './apis/promise';
import { isPlainObject } from './values';

// The native methods GTM keeps (build/sandbox/natives.ts); `length` is the strings' and arrays' own.
const KEEP: Record<string, string[]> = Object.fromEntries(
  Object.entries(NATIVE_METHODS).map(([type, names]) => [type, [...names, 'length']]),
);

// Runs inside the new realm before anything else: keeps private handles on what the bridge needs,
// then deletes every global and the removed native methods.
const PREPARE = `(function (keep) {
  var g = globalThis, O = Object, R = RegExp;
  var names = O.getOwnPropertyNames(g);
  var handles = {
    newObject: function () { return {}; },
    newArray: function () { return []; },
    makeRegex: function (p, f) { return new R(p, f); },
    protos: [O.prototype, Array.prototype, Function.prototype, R.prototype, Error.prototype],
    errorProto: Error.prototype,
  };
  var strip = function (proto, allowed) {
    var own = O.getOwnPropertyNames(proto);
    for (var i = 0; i < own.length; i++) {
      if (allowed.indexOf(own[i]) < 0) delete proto[own[i]];
    }
  };
  strip(Array.prototype, keep.Array);
  strip(String.prototype, keep.String);
  strip(O.prototype, keep.Object);
  strip(Number.prototype, keep.Number);
  strip(Boolean.prototype, keep.Boolean);
  strip(Function.prototype, keep.Function);
  for (var i = 0; i < names.length; i++) {
    var d = O.getOwnPropertyDescriptor(g, names[i]);
    if (d && d.configurable) delete g[names[i]];
  }
  return handles;
})`;

interface Handles {
  newObject(): Record<string, unknown>;
  newArray(): unknown[];
  makeRegex(pattern: string, flags: string): RegExp;
  protos: object[];
  errorProto: object;
}

export interface CompiledCode {
  (...args: unknown[]): unknown;
}

export interface Sandbox {
  readonly context: vm.Context;
  /** Host value → sandbox value: plain data copied into the realm, functions wrapped. */
  toSandbox(value: unknown): unknown;
  /** Sandbox value → host value: plain data copied out, functions wrapped. */
  toHost(value: unknown): unknown;
  /** True for objects that belong to this realm. */
  owns(value: unknown): boolean;
  makeRegex(pattern: string, flags: string): RegExp;
  /** Marks host functions whose arguments must reach them uncopied (Object.freeze, Object.delete). */
  passArgsThrough(fn: (...args: never[]) => unknown): void;
  /**
   * Compiles `code` as the body of a function with these parameters. `lineOffset` shifts the line
   * numbers in stack traces so they point into the .tpl file.
   */
  compile(code: string, params: string[], fileName: string, lineOffset?: number): CompiledCode;
}

// [doc] Compiling the code once per text. A `vm.Script` is not bound to a realm: compiled once, it is
// run in each execution's fresh realm, where it only evaluates a function expression, so every
// execution still gets its own function, globals and APIs while V8 parses and compiles the code (and
// its inner functions) once. The expression wraps the code as a function body, the same as
// vm.compileFunction did; the code is first checked to compile on its own as such a body, so text
// that would close the wrapper early, or does not compile, never gets here and is compiled per realm
// as before (throwing the same errors). A few recent texts are kept (tests run many scenarios).
const MAX_SCRIPTS = 32;
// Keyed by the code first: the same code string object comes back every execution, and V8 keeps a
// string's hash, so the lookup does not rehash 56 kB of code each time.
const scripts = new Map<string, Map<string, vm.Script>>();

function sharedScript(
  code: string,
  params: string[],
  fileName: string,
  lineOffset: number,
): vm.Script | undefined {
  const key = `${fileName}\u0000${lineOffset}\u0000${params.join(',')}`;
  let forCode = scripts.get(code);
  if (forCode) {
    // Most recently used last, so the oldest is evicted first.
    scripts.delete(code);
    scripts.set(code, forCode);
    const cached = forCode.get(key);
    if (cached) return cached;
  }
  let script: vm.Script;
  try {
    vm.compileFunction(code, params, { filename: fileName, lineOffset });
    // The body starts on the wrapper's second line: lineOffset - 1 keeps stack traces pointing at
    // the same lines (and columns) as before.
    script = new vm.Script(`(function (${params.join(', ')}) {\n${code}\n})`, {
      filename: fileName,
      lineOffset: lineOffset - 1,
    });
  } catch {
    return undefined;
  }
  if (!forCode) {
    forCode = new Map();
    scripts.set(code, forCode);
    if (scripts.size > MAX_SCRIPTS) scripts.delete(scripts.keys().next().value as string);
  }
  forCode.set(key, script);
  return script;
}

const isPrimitive = (value: unknown): boolean =>
  value === null || (typeof value !== 'object' && typeof value !== 'function');

/** A plain loop: the bridge asks this of the arguments of every call. */
function allPrimitive(args: unknown[]): boolean {
  for (let i = 0; i < args.length; i++) if (!isPrimitive(args[i])) return false;
  return true;
}

export function createSandbox(): Sandbox {
  const context = vm.createContext({}, { codeGeneration: { strings: false, wasm: false } });
  const handles = vm.runInContext(PREPARE, context)(JSON.parse(JSON.stringify(KEEP))) as Handles;
  const sandboxProtos = new Set<object>(handles.protos);
  const rawArgs = new WeakSet<object>();
  // Stable identities for wrapped functions and promise proxies, in both directions.
  const toSandboxMap = new WeakMap<object, unknown>();
  const toHostMap = new WeakMap<object, unknown>();
  // [doc] The way back from a wrapper this bridge made: each carries, under this sandbox's own
  // symbol, the host function it wraps, so unwrapping reads a property instead of a `WeakMap` entry
  // made per wrapper. Code in the sandbox has no handle on the symbol (no globals, no
  // `Object.getOwnPropertySymbols`), and another sandbox's wrappers do not carry it.
  const WRAPS = Symbol('wraps');
  type Wrapper = ((...args: unknown[]) => unknown) & { [WRAPS]?: unknown };

  const owns = (value: unknown): boolean => {
    if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return false;
    const proto = Object.getPrototypeOf(value);
    return proto === null
      ? false
      : sandboxProtos.has(proto) || sandboxProtos.has(Object.getPrototypeOf(proto));
  };

  // Host → sandbox identity stays in a `WeakMap` (a host function is shared by every sandbox); the
  // way back is the wrapper's own WRAPS property, one `WeakMap` entry fewer per wrapper.
  function remember(host: object, sandboxValue: object) {
    toSandboxMap.set(host, sandboxValue);
    if (typeof sandboxValue === 'function') (sandboxValue as Wrapper)[WRAPS] = host;
    else toHostMap.set(sandboxValue, host);
  }

  // `seen` (for cycles) is made only when an array or object is copied: primitives, the values of most
  // API calls, pass through without it.
  function toSandbox(value: unknown, seen?: Map<unknown, unknown>): unknown {
    if (isPrimitive(value)) return value;
    // A wrapper this bridge made is already the sandbox's side: wrapping it again would only add a
    // layer that converts nothing. (No wrapper is ever a key of toSandboxMap.)
    if (typeof value === 'function' && (value as Wrapper)[WRAPS] !== undefined) return value;
    const known = toSandboxMap.get(value as object);
    if (known !== undefined) return known;
    if (owns(value)) return value;
    if (seen?.has(value)) return seen.get(value);
    if (Array.isArray(value)) {
      const out = handles.newArray();
      seen ??= new Map();
      seen.set(value, out);
      // Indexed, not for-of and push: those would call the realm's own iterator and push.
      for (let i = 0; i < value.length; i++) out[i] = toSandbox(value[i], seen);
      return out;
    }
    if (typeof value === 'function') {
      const fn = value as (...args: unknown[]) => unknown;
      const passRaw = rawArgs.has(fn);
      const wrapped = function (...args: unknown[]) {
        const result = fn(...(passRaw || allPrimitive(args) ? args : args.map(argToHost)));
        return isPrimitive(result) ? result : toSandbox(result);
      };
      remember(fn, wrapped);
      return wrapped;
    }
    if (value instanceof SandboxPromise) {
      const proxy = handles.newObject();
      proxy.then = toSandbox((f?: unknown, r?: unknown) => value.then(f, r));
      proxy.catch = toSandbox((r?: unknown) => value.catch(r));
      proxy.finally = toSandbox((f?: unknown) => value.finally(f));
      remember(value, proxy);
      return proxy;
    }
    if (isPlainObject(value)) {
      const out = handles.newObject();
      seen ??= new Map();
      seen.set(value, out);
      for (const key of Object.keys(value)) out[key] = toSandbox(value[key], seen);
      return out;
    }
    return value;
  }

  function toHost(value: unknown, seen?: Map<unknown, unknown>): unknown {
    if (isPrimitive(value)) return value;
    if (typeof value === 'function') {
      const unwrapped = (value as Wrapper)[WRAPS];
      if (unwrapped !== undefined) return unwrapped;
    }
    const known = toHostMap.get(value as object);
    if (known !== undefined) return known;
    if (!owns(value)) return value;
    if (seen?.has(value)) return seen.get(value);
    if (Array.isArray(value)) {
      const out: unknown[] = [];
      seen ??= new Map();
      seen.set(value, out);
      for (let i = 0; i < value.length; i++) out[i] = toHost(value[i], seen);
      return out;
    }
    if (typeof value === 'function') {
      const fn = value as (...args: unknown[]) => unknown;
      const wrapped = (...args: unknown[]) => {
        const result = fn(...(allPrimitive(args) ? args : args.map(argToSandbox)));
        return isPrimitive(result) ? result : toHost(result);
      };
      toHostMap.set(fn, wrapped);
      toSandboxMap.set(wrapped, fn);
      return wrapped;
    }
    if (Object.prototype.toString.call(value) === '[object RegExp]') return value;
    if (
      Object.getPrototypeOf(value) === handles.errorProto ||
      Object.prototype.toString.call(value) === '[object Error]'
    ) {
      return value;
    }
    const out: Record<string, unknown> = {};
    seen ??= new Map();
    seen.set(value, out);
    for (const key of Object.keys(value as object)) {
      out[key] = toHost((value as Record<string, unknown>)[key], seen);
    }
    return out;
  }

  const argToHost = (v: unknown) => toHost(v);
  const argToSandbox = (v: unknown) => toSandbox(v);

  return {
    context,
    toSandbox: argToSandbox,
    toHost: argToHost,
    owns,
    makeRegex: (p, f) => handles.makeRegex(p, f),
    passArgsThrough: (fn) => {
      rawArgs.add(fn);
    },
    compile(code, params, fileName, lineOffset = 0) {
      const script = sharedScript(code, params, fileName, lineOffset);
      if (script) return script.runInContext(context) as CompiledCode;
      // Code that does not compile: compiled here as before, so it throws the same error.
      return vm.compileFunction(code, params, {
        parsingContext: context,
        filename: fileName,
        lineOffset,
      }) as CompiledCode;
    },
  };
}
