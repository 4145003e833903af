// The test API's assertions: assertThat(actual, message?) subjects and assertApi(name) call checks.
// A failed check throws AssertionFailure; the runner turns it into the scenario's failure line.
import { deepEqual, describeValue, gtmType } from './values';

export class AssertionFailure extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AssertionFailure';
  }
}

export interface ApiCall {
  name: string;
  args: unknown[];
}

const lengthOf = (v: unknown): number | undefined =>
  typeof v === 'string' || Array.isArray(v) ? v.length : undefined;

type Check = (actual: unknown, ...expected: unknown[]) => boolean;

/** Each subject method: what it checks and how it reads in a failure ("to be equal to X"). */
const SUBJECT: Record<string, { check: Check; says: (...expected: unknown[]) => string }> = {
  isUndefined: { check: (a) => a === undefined, says: () => 'to be undefined' },
  isDefined: { check: (a) => a !== undefined, says: () => 'to be defined' },
  isNull: { check: (a) => a === null, says: () => 'to be null' },
  isNotNull: { check: (a) => a !== null, says: () => 'not to be null' },
  isTrue: { check: (a) => a === true, says: () => 'to be true' },
  isFalse: { check: (a) => a === false, says: () => 'to be false' },
  isTruthy: { check: (a) => !!a, says: () => 'to be truthy' },
  isFalsy: { check: (a) => !a, says: () => 'to be falsy' },
  isNaN: { check: (a) => typeof a === 'number' && Number.isNaN(a), says: () => 'to be NaN' },
  isNotNaN: {
    check: (a) => !(typeof a === 'number' && Number.isNaN(a)),
    says: () => 'not to be NaN',
  },
  isInfinity: { check: (a) => a === Infinity || a === -Infinity, says: () => 'to be infinity' },
  isNotInfinity: {
    check: (a) => a !== Infinity && a !== -Infinity,
    says: () => 'not to be infinity',
  },
  isEqualTo: {
    check: (a, e) => deepEqual(a, e),
    says: (e) => `to be equal to ${describeValue(e)}`,
  },
  isNotEqualTo: {
    check: (a, e) => !deepEqual(a, e),
    says: (e) => `not to be equal to ${describeValue(e)}`,
  },
  isAnyOf: {
    check: (a, ...e) => e.some((x) => deepEqual(a, x)),
    says: (...e) => `to be any of ${describeValue(e)}`,
  },
  isNoneOf: {
    check: (a, ...e) => !e.some((x) => deepEqual(a, x)),
    says: (...e) => `to be none of ${describeValue(e)}`,
  },
  isStrictlyEqualTo: {
    check: (a, e) => a === e,
    says: (e) => `to be strictly equal to ${describeValue(e)}`,
  },
  isNotStrictlyEqualTo: {
    check: (a, e) => a !== e,
    says: (e) => `not to be strictly equal to ${describeValue(e)}`,
  },
  isGreaterThan: {
    check: (a, e) => (a as number) > (e as number),
    says: (e) => `to be greater than ${describeValue(e)}`,
  },
  isGreaterThanOrEqualTo: {
    check: (a, e) => (a as number) >= (e as number),
    says: (e) => `to be greater than or equal to ${describeValue(e)}`,
  },
  isLessThan: {
    check: (a, e) => (a as number) < (e as number),
    says: (e) => `to be less than ${describeValue(e)}`,
  },
  isLessThanOrEqualTo: {
    check: (a, e) => (a as number) <= (e as number),
    says: (e) => `to be less than or equal to ${describeValue(e)}`,
  },
  contains: {
    check: (a, ...e) => containsAll(a, e),
    says: (...e) => `to contain ${e.map(describeValue).join(', ')}`,
  },
  doesNotContain: {
    check: (a, ...e) => !e.some((x) => containsAll(a, [x])),
    says: (...e) => `not to contain ${e.map(describeValue).join(', ')}`,
  },
  containsExactly: {
    check: (a, ...e) => sameElements(a, e),
    says: (...e) => `to contain exactly ${describeValue(e)}`,
  },
  doesNotContainExactly: {
    check: (a, ...e) => !sameElements(a, e),
    says: (...e) => `not to contain exactly ${describeValue(e)}`,
  },
  hasLength: {
    check: (a, e) => lengthOf(a) === e,
    says: (e) => `to have length ${describeValue(e)}`,
  },
  isEmpty: { check: (a) => lengthOf(a) === 0, says: () => 'to be empty' },
  isNotEmpty: { check: (a) => (lengthOf(a) ?? 0) > 0, says: () => 'not to be empty' },
  isArray: { check: (a) => gtmType(a) === 'array', says: () => 'to be an array' },
  isBoolean: { check: (a) => gtmType(a) === 'boolean', says: () => 'to be a boolean' },
  isFunction: { check: (a) => gtmType(a) === 'function', says: () => 'to be a function' },
  isNumber: { check: (a) => gtmType(a) === 'number', says: () => 'to be a number' },
  isObject: { check: (a) => gtmType(a) === 'object', says: () => 'to be an object' },
  isString: { check: (a) => gtmType(a) === 'string', says: () => 'to be a string' },
};

export const SUBJECT_METHODS = Object.keys(SUBJECT);

/** contains: every expected item is in the array (deep) or a substring of the string. */
function containsAll(actual: unknown, expected: unknown[]): boolean {
  if (typeof actual === 'string')
    return expected.every((e) => typeof e === 'string' && actual.indexOf(e) >= 0);
  if (!Array.isArray(actual)) return false;
  return expected.every((e) => actual.some((a) => deepEqual(a, e)));
}

/** containsExactly: the same elements, in any order, with the same multiplicities. */
function sameElements(actual: unknown, expected: unknown[]): boolean {
  if (!Array.isArray(actual) || actual.length !== expected.length) return false;
  const left = [...expected];
  for (const a of actual) {
    const i = left.findIndex((e) => deepEqual(a, e));
    if (i < 0) return false;
    left.splice(i, 1);
  }
  return true;
}

/** A subject's methods as plain functions: each throws AssertionFailure when its check fails. */
export function subjectMethods(
  actual: unknown,
  message?: unknown,
): Record<string, (...expected: unknown[]) => void> {
  const out: Record<string, (...expected: unknown[]) => void> = {};
  for (const [name, { check, says }] of Object.entries(SUBJECT)) {
    out[name] = (...expected: unknown[]) => {
      if (check(actual, ...expected)) return;
      const prefix = message === undefined ? '' : `${String(message)}: `;
      throw new AssertionFailure(
        `${prefix}assertThat(...).${name}() failed: expected ${describeValue(actual)} ${says(...expected)}`,
      );
    };
  }
  return out;
}

/** assertApi(name): checks over the calls the template made (gtmOnSuccess/gtmOnFailure included). */
export function apiMethods(
  name: string,
  calls: () => ApiCall[],
): Record<string, (...expected: unknown[]) => void> {
  const of = () => calls().filter((c) => c.name === name);
  const shown = () => {
    const list = of();
    return list.length === 0
      ? 'it was never called'
      : `its calls were: ${list.map((c) => describeValue(c.args)).join('; ')}`;
  };
  const failure = (what: string) =>
    new AssertionFailure(`assertApi('${name}').${what} failed: ${shown()}`);
  return {
    wasCalled: () => {
      if (of().length === 0) throw failure('wasCalled()');
    },
    wasNotCalled: () => {
      if (of().length > 0) throw failure('wasNotCalled()');
    },
    wasCalledWith: (...expected: unknown[]) => {
      if (!of().some((c) => deepEqual(c.args, expected))) {
        throw failure(`wasCalledWith(${expected.map(describeValue).join(', ')})`);
      }
    },
    wasNotCalledWith: (...expected: unknown[]) => {
      if (of().some((c) => deepEqual(c.args, expected))) {
        throw failure(`wasNotCalledWith(${expected.map(describeValue).join(', ')})`);
      }
    },
  };
}
