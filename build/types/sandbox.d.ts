// The whole standard library of sGTM's sandboxed JavaScript, for `noLib` type checking of tag code.
// Only the native methods of build/sandbox/natives.ts (Google's list plus what published templates
// that work in GTM use; test/types/natives.test.ts compares this file with it): everything else (Date,
// Math, JSON, parseInt, Array.isArray, 'x'.includes, (1).toFixed, console, setTimeout, Symbol, ...) is
// deliberately absent so that using it is a compile error. Math/JSON/Object/Promise come from
// `import { ... } from 'sgtm'`.
//
// TypeScript requires the eight global interfaces below (Array, Boolean, Function, IArguments, Number,
// Object, RegExp, String) to exist when `noLib` is set; they exist here as instance types only: no
// constructor values are declared, so `new Array()`, `String(x)`, `Object.keys` (without import) fail.
// The utility type aliases at the end are pure types (erased at build), harmless in the sandbox.

interface Object {
  toString(): string;
  // [seen] used by six published server templates, so GTM's sandbox accepts it.
  hasOwnProperty(key: string): boolean;
}

interface Function {
  // No call/apply/bind: not documented, and no published template uses them (the runtime removes them).
  toString(): string;
  // A type-only brand. TypeScript lets any value whose type is assignable to `Function` be called,
  // untyped, returning `any`; with only toString here every object would be, so `({})()` would
  // compile. No value has this property, so only real functions are callable.
  readonly 'a sandbox function (type-only brand)': never;
}

// Required by `strict` (strictBindCallApply); empty, so functions have no call/apply/bind here either.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
interface CallableFunction extends Function {}
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
interface NewableFunction extends Function {}

interface IArguments {
  readonly length: number;
  [index: number]: unknown;
}

interface Boolean {
  toString(): string;
}

interface Number {
  // The radix overload is [unsure] in the sandbox; only the documented no-argument form is offered.
  toString(): string;
}

/** Opaque: a regex made by `createRegex` from 'sgtm', usable with testRegex, match, replace, search, split. */
interface RegExp {
  readonly __sandboxRegex: never;
}

/** The array `String.prototype.match` returns: the matched text and the groups, plus `index`/`input`. */
interface RegExpMatchArray extends Array<string> {
  index?: number;
  input?: string;
}

interface String {
  readonly length: number;
  readonly [index: number]: string;
  charAt(pos: number): string;
  concat(...strings: string[]): string;
  indexOf(searchString: string, position?: number): number;
  lastIndexOf(searchString: string, position?: number): number;
  // A string pattern is compiled as a regular expression, as in JavaScript.
  match(pattern: string | RegExp): RegExpMatchArray | null;
  replace(pattern: string | RegExp, replacement: string): string;
  search(pattern: string | RegExp): number;
  slice(start?: number, end?: number): string;
  split(separator: string | RegExp, limit?: number): string[];
  // [seen] not in Google's list, but stape's data-client (a Gallery client GTM runs) calls it.
  startsWith(searchString: string, position?: number): boolean;
  substring(start: number, end?: number): string;
  toLowerCase(): string;
  toLocaleLowerCase(): string;
  toUpperCase(): string;
  toLocaleUpperCase(): string;
  toString(): string;
  trim(): string;
}

interface ReadonlyArray<T> {
  readonly length: number;
  readonly [n: number]: T;
  concat(...items: (T | ReadonlyArray<T>)[]): T[];
  every(predicate: (value: T, index: number, array: readonly T[]) => unknown): boolean;
  filter<S extends T>(predicate: (value: T, index: number, array: readonly T[]) => value is S): S[];
  filter(predicate: (value: T, index: number, array: readonly T[]) => unknown): T[];
  forEach(callbackfn: (value: T, index: number, array: readonly T[]) => void): void;
  indexOf(searchElement: T, fromIndex?: number): number;
  join(separator?: string): string;
  lastIndexOf(searchElement: T, fromIndex?: number): number;
  map<U>(callbackfn: (value: T, index: number, array: readonly T[]) => U): U[];
  reduce(callbackfn: (previous: T, current: T, index: number, array: readonly T[]) => T): T;
  reduce<U>(
    callbackfn: (previous: U, current: T, index: number, array: readonly T[]) => U,
    initialValue: U,
  ): U;
  reduceRight(callbackfn: (previous: T, current: T, index: number, array: readonly T[]) => T): T;
  reduceRight<U>(
    callbackfn: (previous: U, current: T, index: number, array: readonly T[]) => U,
    initialValue: U,
  ): U;
  slice(start?: number, end?: number): T[];
  some(predicate: (value: T, index: number, array: readonly T[]) => unknown): boolean;
  toString(): string;
}

interface Array<T> {
  length: number;
  [n: number]: T;
  concat(...items: (T | ReadonlyArray<T>)[]): T[];
  every(predicate: (value: T, index: number, array: T[]) => unknown): boolean;
  filter<S extends T>(predicate: (value: T, index: number, array: T[]) => value is S): S[];
  filter(predicate: (value: T, index: number, array: T[]) => unknown): T[];
  forEach(callbackfn: (value: T, index: number, array: T[]) => void): void;
  indexOf(searchElement: T, fromIndex?: number): number;
  join(separator?: string): string;
  lastIndexOf(searchElement: T, fromIndex?: number): number;
  map<U>(callbackfn: (value: T, index: number, array: T[]) => U): U[];
  pop(): T | undefined;
  push(...items: T[]): number;
  reduce(callbackfn: (previous: T, current: T, index: number, array: T[]) => T): T;
  reduce<U>(
    callbackfn: (previous: U, current: T, index: number, array: T[]) => U,
    initialValue: U,
  ): U;
  reduceRight(callbackfn: (previous: T, current: T, index: number, array: T[]) => T): T;
  reduceRight<U>(
    callbackfn: (previous: U, current: T, index: number, array: T[]) => U,
    initialValue: U,
  ): U;
  reverse(): T[];
  shift(): T | undefined;
  slice(start?: number, end?: number): T[];
  some(predicate: (value: T, index: number, array: T[]) => unknown): boolean;
  sort(compareFn?: (a: T, b: T) => number): this;
  splice(start: number, deleteCount?: number, ...items: T[]): T[];
  toString(): string;
  unshift(...items: T[]): number;
}

/** Used by TypeScript for tagged templates; the checker rejects template literals in the output anyway. */
interface TemplateStringsArray extends ReadonlyArray<string> {
  readonly raw: readonly string[];
}

// Type-level helpers (no run-time value): the usual lib.es5 definitions.
type Partial<T> = { [P in keyof T]?: T[P] };
type Required<T> = { [P in keyof T]-?: T[P] };
type Readonly<T> = { readonly [P in keyof T]: T[P] };
type Pick<T, K extends keyof T> = { [P in K]: T[P] };
type Record<K extends PropertyKey, T> = { [P in K]: T };
type Exclude<T, U> = T extends U ? never : T;
type Extract<T, U> = T extends U ? T : never;
type Omit<T, K extends PropertyKey> = Pick<T, Exclude<keyof T, K>>;
type NonNullable<T> = T & {};
type Parameters<T extends (...args: never) => unknown> = T extends (...args: infer P) => unknown
  ? P
  : never;
type ReturnType<T extends (...args: never) => unknown> = T extends (...args: never) => infer R
  ? R
  : unknown;
type PropertyKey = string | number | symbol;
/** Compiler-provided: blocks inference from a position (the builders use it for `defaultValue`). */
// eslint-disable-next-line @typescript-eslint/no-unused-vars
type NoInfer<T> = intrinsic;

// Methods JavaScript has and the sandbox removed. Declared as non-callable markers (not left out)
// so that a call fails with the replacement in the message, e.g.
//   This expression is not callable. Type 'NotInSandbox<"s.indexOf(x) >= 0">' has no call signatures.
// instead of TypeScript's advice to change the `lib` option, which is wrong here.

/** Not in GTM's sandbox: `Instead` says what to write. */
interface NotInSandbox<Instead extends string> {
  readonly 'not in the GTM sandbox; write instead': Instead;
}

interface String {
  /** @deprecated Not in GTM's sandbox: `s.indexOf(x) >= 0`. */
  includes: NotInSandbox<'s.indexOf(x) >= 0'>;
  /** @deprecated Not in GTM's sandbox. */
  endsWith: NotInSandbox<'s.slice(-x.length) === x'>;
  /** @deprecated Not in GTM's sandbox. */
  padStart: NotInSandbox<'a loop that prepends the pad'>;
  /** @deprecated Not in GTM's sandbox. */
  padEnd: NotInSandbox<'a loop that appends the pad'>;
  /** @deprecated Not in GTM's sandbox. */
  repeat: NotInSandbox<'a loop, or [...].join(s)'>;
  /** @deprecated Not in GTM's sandbox. */
  replaceAll: NotInSandbox<"s.split(x).join(y), or replace(createRegex(p, 'g'), y)">;
  /** @deprecated Not in GTM's sandbox. */
  trimStart: NotInSandbox<'s.trim() (both ends), or a loop with charAt'>;
  /** @deprecated Not in GTM's sandbox. */
  trimEnd: NotInSandbox<'s.trim() (both ends), or a loop with charAt'>;
  /** @deprecated Not in GTM's sandbox. */
  at: NotInSandbox<'s.charAt(i)'>;
  /** @deprecated Not in GTM's sandbox. */
  charCodeAt: NotInSandbox<"a lookup string: '0123456789abcdef'.indexOf(s.charAt(i))">;
  /** @deprecated Not in GTM's sandbox. */
  codePointAt: NotInSandbox<'a lookup string with indexOf'>;
  /** @deprecated Not in GTM's sandbox. */
  substr: NotInSandbox<'s.substring(start, start + length)'>;
  /** @deprecated Not in GTM's sandbox. */
  localeCompare: NotInSandbox<'a < b ? -1 : a > b ? 1 : 0'>;
  /** @deprecated Not in GTM's sandbox. */
  normalize: NotInSandbox<'the string as it is'>;
}

// eslint-disable-next-line @typescript-eslint/no-unused-vars -- merged declarations repeat T
interface ReadonlyArray<T> {
  /** @deprecated Not in GTM's sandbox: `a.indexOf(x) >= 0`. */
  includes: NotInSandbox<'a.indexOf(x) >= 0'>;
  /** @deprecated Not in GTM's sandbox. */
  find: NotInSandbox<'a.filter(f)[0]'>;
  /** @deprecated Not in GTM's sandbox. */
  findIndex: NotInSandbox<'a loop, or a.map(f).indexOf(true)'>;
  /** @deprecated Not in GTM's sandbox. */
  flat: NotInSandbox<'a.reduce((all, x) => all.concat(x), [])'>;
  /** @deprecated Not in GTM's sandbox. */
  flatMap: NotInSandbox<'a.map(f).reduce((all, x) => all.concat(x), [])'>;
  /** @deprecated Not in GTM's sandbox. */
  at: NotInSandbox<'a[i]'>;
  /** @deprecated Not in GTM's sandbox. */
  keys: NotInSandbox<'a for loop over the indexes'>;
  /** @deprecated Not in GTM's sandbox. */
  entries: NotInSandbox<'a.forEach((x, i) => ...)'>;
}

// eslint-disable-next-line @typescript-eslint/no-unused-vars -- merged declarations repeat T
interface Array<T> {
  /** @deprecated Not in GTM's sandbox: `a.indexOf(x) >= 0`. */
  includes: NotInSandbox<'a.indexOf(x) >= 0'>;
  /** @deprecated Not in GTM's sandbox. */
  find: NotInSandbox<'a.filter(f)[0]'>;
  /** @deprecated Not in GTM's sandbox. */
  findIndex: NotInSandbox<'a loop, or a.map(f).indexOf(true)'>;
  /** @deprecated Not in GTM's sandbox. */
  flat: NotInSandbox<'a.reduce((all, x) => all.concat(x), [])'>;
  /** @deprecated Not in GTM's sandbox. */
  flatMap: NotInSandbox<'a.map(f).reduce((all, x) => all.concat(x), [])'>;
  /** @deprecated Not in GTM's sandbox. */
  fill: NotInSandbox<'a loop that pushes'>;
  /** @deprecated Not in GTM's sandbox. */
  at: NotInSandbox<'a[i]'>;
  /** @deprecated Not in GTM's sandbox. */
  keys: NotInSandbox<'a for loop over the indexes'>;
  /** @deprecated Not in GTM's sandbox. */
  entries: NotInSandbox<'a.forEach((x, i) => ...)'>;
}

interface Number {
  /** @deprecated Not in GTM's sandbox. */
  toFixed: NotInSandbox<'makeString(Math.round(n * 100) / 100), Math from sgtm, then pad'>;
  /** @deprecated Not in GTM's sandbox. */
  toPrecision: NotInSandbox<'Math.round and makeString from sgtm'>;
}

interface CallableFunction {
  /** @deprecated Not in GTM's sandbox: call the function directly. */
  call: NotInSandbox<'f(a, b)'>;
  /** @deprecated Not in GTM's sandbox: call the function directly. */
  apply: NotInSandbox<'f(a, b)'>;
  /** @deprecated Not in GTM's sandbox: use a closure. */
  bind: NotInSandbox<'(x) => f(a, x)'>;
}
