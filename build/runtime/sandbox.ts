// A fresh vm realm shaped like GTM's sandbox: no globals at all (code gets only what it is handed),
// the native methods GTM removes are gone from the prototypes, and string code generation is off.
// Values cross between this realm and the host through a bridge that copies plain data and wraps
// functions, so sandbox code never holds a host array (whose `includes` would wrongly work), nor any
// other host object: from one, `x.constructor.constructor` would be the host's Function, which compiles
// code that runs with Node's `process`. Errors the host throws into the code cross as the realm's own
// errors, and back out as the host's again, so the runtime still recognises them.
import * as vm from 'node:vm';
import { NATIVE_METHODS } from '../sandbox/natives';
import { SandboxPromise } from './apis/promise';
import { dynamicImportError, dynamicImportIn } from './dynamic-import';
import { REALM_SNAPSHOT, type RestoreRealm } from './realm-snapshot';
import { isErrorObject, isPlainObject } from './values';

// The native methods GTM keeps (build/sandbox/natives.ts); `length` is the strings' and arrays' own.
const KEEP: Record<string, string[]> = Object.fromEntries(
  Object.entries(NATIVE_METHODS).map(([type, names]) => [type, [...names, 'length']]),
);

// Runs inside the new realm before anything else: keeps private handles on what the bridge needs,
// then deletes every global and the removed native methods.
const PREPARE = `(function (keep) {
  var g = globalThis, O = Object, R = RegExp, J = JSON, S = String;
  var names = O.getOwnPropertyNames(g);
  var exec = R.prototype.exec, apply = Reflect.apply, gpo = O.getPrototypeOf;
  var errors = O.create(null);
  errors.Error = Error; errors.TypeError = TypeError; errors.RangeError = RangeError;
  errors.SyntaxError = SyntaxError; errors.ReferenceError = ReferenceError;
  errors.EvalError = EvalError; errors.URIError = URIError;
  var handles = {
    makeJson: function () {
      return {
        parse: function (text) { try { return J.parse(S(text)); } catch (e) { return undefined; } },
        stringify: function (value) { try { return J.stringify(value); } catch (e) { return undefined; } },
      };
    },
    newObject: function () { return {}; },
    newArray: function () { return []; },
    makeRegex: function (p, f) { return new R(p, f); },
    // The stack is the text alone: frames would name the host's files.
    makeError: function (kind, message, name) {
      var C = errors[kind] || Error;
      var e = new C(message);
      if (name !== C.prototype.name) e.name = name;
      e.stack = name + ': ' + message;
      return e;
    },
    freeze: O.freeze,
    // RegExp's legacy statics (RegExp.$1, lastMatch…) hold the last match: a match of nothing clears them.
    clearRegExpStatics: function () { apply(exec, /(?:)/, ['']); },
    protos: [O.prototype, Array.prototype, Function.prototype, R.prototype, Error.prototype],
    errorProto: Error.prototype,
    global: g,
    // What code can reach without a global: the prototypes of what its syntax makes (literals,
    // functions of every kind, iterators, the engine's errors); the rest of the realm hangs off them.
    roots: [g, O.prototype, Array.prototype, String.prototype, Number.prototype, Boolean.prototype,
      Function.prototype, R.prototype, Error.prototype, TypeError.prototype, RangeError.prototype,
      SyntaxError.prototype, ReferenceError.prototype, EvalError.prototype, URIError.prototype,
      Promise.prototype, Symbol.prototype, BigInt.prototype,
      gpo(function* () {}), gpo(async function () {}), gpo(async function* () {}),
      gpo([][Symbol.iterator]()), gpo(''[Symbol.iterator]()), gpo(/a/[Symbol.matchAll](''))],
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
  /** GTM's JSON (undefined instead of a throw), made of the realm's own JSON. */
  makeJson(): Record<string, unknown>;
  clearRegExpStatics(): void;
  freeze<T>(value: T): T;
  global: object;
  roots: object[];
  newObject(): Record<string, unknown>;
  newArray(): unknown[];
  makeRegex(pattern: string, flags: string): RegExp;
  /** An error of the realm's own `kind` constructor (Error, TypeError…), named `name`. */
  makeError(kind: string, message: string, name: string): Error & Record<string, unknown>;
  protos: object[];
  errorProto: object;
}

export interface CompiledCode {
  (...args: unknown[]): unknown;
}

export interface Sandbox {
  readonly context: vm.Context;
  /**
   * Host value → sandbox value: plain data (and any other host object's own properties) copied into
   * the realm, functions wrapped, errors made of the realm's own constructors.
   */
  toSandbox(value: unknown): unknown;
  /** Sandbox value → host value: plain data copied out, functions wrapped, errors the host's again. */
  toHost(value: unknown): unknown;
  /** True for objects that belong to this realm. */
  owns(value: unknown): boolean;
  makeRegex(pattern: string, flags: string): RegExp;
  /**
   * An API the realm implements itself, with the same results as the host's: JSON, whose values then
   * never cross the bridge (a copy each way, and V8's slow path for another realm's objects).
   */
  realmApi(name: string): unknown;
  /** An execution's own API (functions made for it) into the realm, without identity bookkeeping. */
  apiToSandbox(api: unknown): unknown;
  /** Marks host functions whose arguments must reach them uncopied (Object.freeze, Object.delete). */
  passArgsThrough(fn: (...args: never[]) => unknown): void;
  /**
   * Compiles `code` as the body of a function with these parameters. `lineOffset` shifts the line
   * numbers in stack traces so they point into the .tpl file. The caller passes sandbox values; what
   * the function throws that the bridge made of a host error is that host error again.
   */
  compile(code: string, params: string[], fileName: string, lineOffset?: number): CompiledCode;
  /**
   * Puts the realm back as it was prepared, for the next firing: whatever the code added to or
   * changed in a prototype, a built-in function or the global object is undone, and the bridge
   * forgets every value it handed over. False when that cannot be done (the code froze or sealed
   * something of the realm): then the sandbox must not be used again.
   */
  reset(): boolean;
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
  } catch {
    return undefined;
  }
  refuseDynamicImport(code, fileName, lineOffset);
  try {
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

/** Code with an import() is not run (see dynamic-import.ts): its compile throws instead. */
function refuseDynamicImport(code: string, fileName: string, lineOffset: number): void {
  const at = dynamicImportIn(code);
  if (at) throw dynamicImportError(at, fileName, lineOffset);
}

const isPrimitive = (value: unknown): boolean =>
  value === null || (typeof value !== 'object' && typeof value !== 'function');

// The host's error constructors a realm error is made of, by the realm's constructor of the same name.
const ERROR_KINDS: [string, ErrorConstructor][] = [
  ['TypeError', TypeError],
  ['RangeError', RangeError],
  ['SyntaxError', SyntaxError],
  ['ReferenceError', ReferenceError],
  ['EvalError', EvalError],
  ['URIError', URIError],
];

function errorKind(error: object): string {
  for (const [name, ctor] of ERROR_KINDS) if (error instanceof ctor) return name;
  return 'Error';
}

/** A plain loop: the bridge asks this of the arguments of every call. */
function allPrimitive(args: unknown[]): boolean {
  for (let i = 0; i < args.length; i++) if (!isPrimitive(args[i])) return false;
  return true;
}

export function createSandbox(): Sandbox {
  // The contextified object without a prototype: the realm's global looks names up on it, and an
  // ordinary object's would be the host's Object.prototype (`this.constructor` the host's Object).
  const context = vm.createContext(Object.create(null), {
    codeGeneration: { strings: false, wasm: false },
  });
  const snapshot = vm.runInContext(REALM_SNAPSHOT, context) as (
    global: object,
    roots: object[],
  ) => RestoreRealm;
  const handles = vm.runInContext(PREPARE, context)(JSON.parse(JSON.stringify(KEEP))) as Handles;
  const restoreRealm = snapshot(handles.global, handles.roots);
  handles.roots = [];
  // The realm's own objects: a host API that gets one of them uncopied (GTM's Object.freeze) can
  // change what the restore cannot see, so the realm is then given up instead of reused.
  const intrinsics = new WeakSet<object>(restoreRealm.intrinsics);
  let tainted = false;
  const sandboxProtos = new Set<object>(handles.protos);
  const realmFunctionPrototype = handles.protos[2];
  // Frozen: one object for every firing of the realm, which code must not be able to mark.
  const stackExhausted = handles.freeze(
    handles.makeError('RangeError', 'Maximum call stack size exceeded', 'RangeError'),
  );
  const rawArgs = new WeakSet<object>();
  // Stable identities for wrapped functions and promise proxies, in both directions; new for each
  // firing (reset), so no wrapper or copy of one firing is handed to the next.
  let toSandboxMap = new WeakMap<object, unknown>();
  let toHostMap = new WeakMap<object, unknown>();
  let json = handles.makeJson();
  // [doc] The code's function, made once per realm: every call of it gets new variables (the code's
  // top-level ones are its locals) and new inner functions, while V8 keeps what it learnt of the code
  // from call to call, so a reused sandbox runs it warm. Kept as the host's caller of it (hosted).
  const functions = new WeakMap<vm.Script, CompiledCode>();
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

  /**
   * A sandbox function calling a host function: arguments copied out, the result copied in, and what
   * it throws too (a host error would hand the code the host's Error, and through it the host's Function).
   */
  function wrap(fn: (...args: unknown[]) => unknown): Wrapper {
    const passRaw = rawArgs.has(fn);
    // An arrow: a `function` would have a `prototype` object of the host (and `new` would make one).
    const wrapped: Wrapper = (...args: unknown[]) => {
      try {
        if (passRaw && !tainted) {
          for (const arg of args) if (intrinsics.has(arg as object)) tainted = true;
        }
        const result = fn(...(passRaw || allPrimitive(args) ? args : args.map(argToHost)));
        return isPrimitive(result) ? result : toSandbox(result);
      } catch (error) {
        // Code can call an API with its stack nearly used up: then the host's own RangeError, or the
        // conversion of an error, runs out of stack too, and a ready-made error of the realm goes instead.
        let thrown: unknown = stackExhausted;
        try {
          thrown = isPrimitive(error) ? error : toSandbox(error);
        } catch {
          // thrown stays the ready-made one.
        }
        throw thrown;
      }
    };
    wrapped[WRAPS] = fn;
    // A host function's prototype chain ends in the host's Function, whose constructor compiles host
    // code (`f.constructor('return process')()`): the wrapper inherits from the realm's instead, whose
    // constructor is gone.
    Object.setPrototypeOf(wrapped, realmFunctionPrototype);
    return wrapped;
  }

  /**
   * An API an execution requires: its functions are made for that execution alone, so their wrappers
   * skip the identity map (an entry per wrapper per execution, for nothing: require caches them).
   */
  function apiToSandbox(api: unknown): unknown {
    if (typeof api === 'function') return wrap(api as (...args: unknown[]) => unknown);
    if (!isPlainObject(api)) return toSandbox(api);
    const out = handles.newObject();
    for (const key of Object.keys(api)) {
      const member = api[key];
      out[key] =
        typeof member === 'function'
          ? wrap(member as (...args: unknown[]) => unknown)
          : toSandbox(member);
    }
    return out;
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
      const wrapped = wrap(value as (...args: unknown[]) => unknown);
      remember(value as object, wrapped);
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
    if (isErrorObject(value)) return errorToSandbox(value, seen);
    // A plain object, or any other host object (no API returns one): its own enumerable properties,
    // copied into an object of the realm, never the host object itself.
    const out = handles.newObject();
    seen ??= new Map();
    seen.set(value, out);
    const source = value as Record<string, unknown>;
    for (const key of Object.keys(source)) out[key] = toSandbox(source[key], seen);
    return out;
  }

  /**
   * A host error as the realm's own: its constructor's namesake, the same name and message, a stack of
   * that text alone, its other own properties copied. The way back (toHost, and what the code throws
   * out to the runtime) gives the host error again, so the runtime still knows its own errors.
   */
  function errorToSandbox(error: Error, seen?: Map<unknown, unknown>): unknown {
    const out = handles.makeError(
      errorKind(error),
      String(error.message ?? ''),
      String(error.name ?? 'Error'),
    );
    remember(error, out);
    seen ??= new Map();
    seen.set(error, out);
    const source = error as unknown as Record<string, unknown>;
    for (const key of Object.keys(source)) {
      if (key !== 'stack' && key !== 'message' && key !== 'name') {
        out[key] = toSandbox(source[key], seen);
      }
    }
    return out;
  }

  /** What the code threw, for the runtime: the host error a realm error was made of. */
  const errorToHost = (error: unknown): unknown =>
    isPrimitive(error) ? error : (toHostMap.get(error as object) ?? error);

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
        let result: unknown;
        try {
          result = fn(...(allPrimitive(args) ? args : args.map(argToSandbox)));
        } catch (error) {
          throw errorToHost(error);
        }
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

  /** The code's function as the runtime calls it: what it throws is the host's error again. */
  const hosted =
    (fn: CompiledCode): CompiledCode =>
    (...args) => {
      try {
        return fn(...args);
      } catch (error) {
        throw errorToHost(error);
      }
    };

  const argToHost = (v: unknown) => toHost(v);
  const argToSandbox = (v: unknown) => toSandbox(v);

  return {
    context,
    toSandbox: argToSandbox,
    toHost: argToHost,
    owns,
    makeRegex: (p, f) => handles.makeRegex(p, f),
    realmApi: (name) => (name === 'JSON' ? json : undefined),
    apiToSandbox,
    passArgsThrough: (fn) => {
      rawArgs.add(fn);
    },
    reset() {
      toSandboxMap = new WeakMap();
      toHostMap = new WeakMap();
      json = handles.makeJson();
      const restored = !tainted && restoreRealm();
      handles.clearRegExpStatics();
      return restored;
    },
    compile(code, params, fileName, lineOffset = 0) {
      const script = sharedScript(code, params, fileName, lineOffset);
      if (script) {
        const known = functions.get(script);
        if (known) return known;
        const fn = script.runInContext(context) as CompiledCode & { prototype: object };
        // Frozen, it and its prototype object hold nothing from one call to the next (sloppy code
        // reaches the function as arguments.callee).
        handles.freeze(fn.prototype);
        const run = hosted(handles.freeze(fn));
        functions.set(script, run);
        return run;
      }
      // Code that does not compile: compiled here as before, so it throws the same error.
      const fn = vm.compileFunction(code, params, {
        parsingContext: context,
        filename: fileName,
        lineOffset,
      }) as CompiledCode;
      refuseDynamicImport(code, fileName, lineOffset);
      return hosted(fn);
    },
  };
}
