// Native methods of real JavaScript that Google's sandbox does NOT list (sgtm.md §3). The sandbox
// keeps only: Array concat every filter forEach indexOf join lastIndexOf map pop push reduce
// reduceRight reverse shift slice some sort splice toString unshift; String charAt concat indexOf
// lastIndexOf match replace search slice split substring toLowerCase toLocaleLowerCase toUpperCase
// toLocaleUpperCase toString trim; Object/Boolean/Number toString; plus hasOwnProperty (seen in
// published templates) and then/catch/finally on promises. A call of a name below on anything but an
// API object (JSON, Math, Object, Promise, templateDataStorage, ...) is reported, with the alternative.

const SUGGESTIONS: Record<string, string> = {
  includes: 'use indexOf(x) !== -1',
  startsWith: 'use s.indexOf(prefix) === 0',
  endsWith: 'compare s.slice(-suffix.length) === suffix (or use indexOf)',
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
  toLocaleUpperCase: 'use toUpperCase()',
  localeCompare: 'compare with < and >',
  normalize: 'leave the string as it is',
  matchAll: 'use match() with a global pattern',
  valueOf: 'use the value itself',
  call: 'call the function directly, passing what it needs as arguments',
  apply: 'call the function directly, passing what it needs as arguments',
  bind: 'wrap it in an arrow function',
  isPrototypeOf: 'compare values directly',
  propertyIsEnumerable: 'use hasOwnProperty',
  __defineGetter__: 'use a plain property',
  __defineSetter__: 'use a plain property',
  __lookupGetter__: 'use a plain property',
  __lookupSetter__: 'use a plain property',
  anchor: "build the HTML with '+'",
  big: "build the HTML with '+'",
  bold: "build the HTML with '+'",
  link: "build the HTML with '+'",
  isWellFormed: 'leave the string as it is',
  toWellFormed: 'leave the string as it is',
};

// toLocaleUpperCase is in Google's list; keep it allowed.
delete SUGGESTIONS.toLocaleUpperCase;

export const NATIVE_METHOD_ALTERNATIVES: ReadonlyMap<string, string> = new Map(
  Object.entries(SUGGESTIONS),
);

/** APIs that are objects with methods of their own: calls on them are not native methods. */
export const API_OBJECTS: ReadonlySet<string> = new Set([
  'JSON',
  'Math',
  'Object',
  'Promise',
  'templateDataStorage',
  'BigQuery',
  'Firestore',
]);
