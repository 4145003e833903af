// The native methods GTM's sandbox keeps, per type: the one list that the runtime (it deletes every
// other method from the sandbox realm's prototypes), the checker (it reports a call of any deleted one
// as an error) and types/sandbox.d.ts (a test compares its declarations with this list) all follow.
//
// [doc] Google's list (sgtm.md §3): the Array and String methods below, and toString on Object,
// Number and Boolean. [seen] `hasOwnProperty`, in six published server templates. [seen]
// `startsWith`, in stape's data-client, a Community Gallery client that GTM runs: Google's list omits
// it, but a published template that works in GTM calls it, and `check` must not call a published,
// working template wrong; so it is kept everywhere (runtime, checker and typings alike).
// Functions keep only toString: call/apply/bind are not documented and no published template uses them.
export const NATIVE_METHODS = {
  Array: [
    'concat',
    'every',
    'filter',
    'forEach',
    'indexOf',
    'join',
    'lastIndexOf',
    'map',
    'pop',
    'push',
    'reduce',
    'reduceRight',
    'reverse',
    'shift',
    'slice',
    'some',
    'sort',
    'splice',
    'toString',
    'unshift',
  ],
  String: [
    'charAt',
    'concat',
    'indexOf',
    'lastIndexOf',
    'match',
    'replace',
    'search',
    'slice',
    'split',
    'startsWith',
    'substring',
    'toLowerCase',
    'toLocaleLowerCase',
    'toUpperCase',
    'toLocaleUpperCase',
    'toString',
    'trim',
  ],
  Object: ['hasOwnProperty', 'toString'],
  Number: ['toString'],
  Boolean: ['toString'],
  Function: ['toString'],
} as const satisfies Record<string, readonly string[]>;

export type NativeType = keyof typeof NATIVE_METHODS;

/** What to write instead of a method the sandbox removed, by name (a generic hint for the rest). */
const INSTEAD: Record<string, string> = {
  includes: 'use indexOf(x) !== -1',
  endsWith: 'compare s.slice(-suffix.length) === suffix',
  padStart: "build the padding with a loop and '+'",
  padEnd: "build the padding with a loop and '+'",
  repeat: "build the string with a loop and '+'",
  replaceAll: 'use split(x).join(y)',
  trimStart: 'use trim() or replace() with a pattern string',
  trimEnd: 'use trim() or replace() with a pattern string',
  trimLeft: 'use trim() or replace() with a pattern string',
  trimRight: 'use trim() or replace() with a pattern string',
  charCodeAt: 'compare characters with charAt() against a string of known characters',
  codePointAt: 'compare characters with charAt() against a string of known characters',
  substr: 'use substring() or slice()',
  at: 'index with [i] (and length - 1 for the last element)',
  find: 'use filter(f)[0] or a for...of loop',
  findIndex: 'use a for loop that returns the index',
  findLast: 'use a for loop from the end',
  findLastIndex: 'use a for loop from the end',
  flat: 'concatenate with concat() in a loop',
  flatMap: 'use map() then concatenate with concat()',
  fill: 'push values in a loop',
  copyWithin: 'copy with a loop',
  entries: "use Object.entries from 'sgtm' or a for loop",
  keys: "use Object.keys from 'sgtm'",
  values: "use Object.values from 'sgtm'",
  toReversed: 'use slice().reverse()',
  toSorted: 'use slice().sort()',
  toSpliced: 'use slice() and splice()',
  with: 'copy with slice() and assign the index',
  toFixed: "use Math.round(x * 100) / 100 (Math from 'sgtm') and makeString",
  toPrecision: "use Math.round from 'sgtm' and makeString",
  toExponential: "use makeString from 'sgtm'",
  toLocaleString: "use makeString from 'sgtm'",
  localeCompare: 'compare with < and >',
  normalize: 'leave the string as it is',
  matchAll: 'use match() with a global pattern',
  valueOf: 'use the value itself',
  call: 'call the function directly, passing what it needs as arguments',
  apply: 'call the function directly, passing what it needs as arguments',
  bind: 'wrap it in an arrow function',
  isPrototypeOf: 'compare values directly',
  propertyIsEnumerable: 'use hasOwnProperty',
  anchor: "build the HTML with '+'",
  big: "build the HTML with '+'",
  bold: "build the HTML with '+'",
  link: "build the HTML with '+'",
  isWellFormed: 'leave the string as it is',
  toWellFormed: 'leave the string as it is',
};

const KEPT = new Set<string>(Object.values(NATIVE_METHODS).flat());

/** The prototypes of this JavaScript engine's own types, to list what the sandbox removes. */
const PROTOTYPES: Record<NativeType, object> = {
  Array: Array.prototype,
  String: String.prototype,
  Object: Object.prototype,
  Number: Number.prototype,
  Boolean: Boolean.prototype,
  Function: Function.prototype,
};

/**
 * Every method name the sandbox lacks on every type that has it: this engine's own methods of the
 * types above minus the kept ones, plus the names of newer methods that engine may not have yet.
 * A name kept on one type (`concat`, `indexOf`, `slice`) is never reported: the checker cannot tell
 * the receiver's type.
 */
export const REMOVED_NATIVE_METHODS: ReadonlySet<string> = new Set(
  [
    ...Object.values(PROTOTYPES).flatMap((proto) =>
      Object.getOwnPropertyNames(proto).filter(
        (name) =>
          name !== 'constructor' &&
          typeof Object.getOwnPropertyDescriptor(proto, name)?.value === 'function',
      ),
    ),
    ...Object.keys(INSTEAD),
  ].filter((name) => !KEPT.has(name)),
);

/** What to write instead of `.name()`, for a removed method. */
export function insteadOf(name: string): string {
  return (
    INSTEAD[name] ??
    "it is not in GTM's sandbox; see the sandbox's native methods in docs/toolchain.md and use one of those or a sandbox API"
  );
}
