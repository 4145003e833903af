import * as vm from 'node:vm';
import { deepCopy, deepEqual, gtmType, renderValue } from '../../runtime/values';

describe('value helpers', () => {
  test('deepEqual compares by value, across vm realms, with NaN equal to itself', () => {
    const other = vm.runInNewContext('({ a: [1, { b: "x" }], n: NaN })');
    expect(deepEqual(other, { a: [1, { b: 'x' }], n: NaN })).toBe(true);
    expect(deepEqual({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(deepEqual([1, 2], { 0: 1, 1: 2 })).toBe(false);
    expect(deepEqual('1', 1)).toBe(false);
  });

  test('deepEqual handles cycles', () => {
    const a: Record<string, unknown> = { x: 1 };
    a.self = a;
    const b: Record<string, unknown> = { x: 1 };
    b.self = b;
    expect(deepEqual(a, b)).toBe(true);
  });

  test('deepCopy copies plain data and keeps cycles', () => {
    const a: Record<string, unknown> = { list: [1, { c: 2 }] };
    a.self = a;
    const copy = deepCopy(a);
    expect(copy).not.toBe(a);
    expect(copy.self).toBe(copy);
    expect(copy.list).toEqual([1, { c: 2 }]);
    expect(copy.list).not.toBe(a.list);
  });

  test('gtmType names GTM’s types', () => {
    expect([null, [], {}, () => 1, 's', 1, true, undefined].map(gtmType)).toEqual([
      'null',
      'array',
      'object',
      'function',
      'string',
      'number',
      'boolean',
      'undefined',
    ]);
  });

  test('renderValue: strings bare, the rest as JSON, cycles marked', () => {
    const c: Record<string, unknown> = { a: 1 };
    c.c = c;
    expect([
      renderValue('s'),
      renderValue({ a: [1] }),
      renderValue(NaN),
      renderValue(undefined),
      renderValue(c),
    ]).toEqual(['s', '{"a":[1]}', 'NaN', 'undefined', '{"a":1,"c":"[cycle]"}']);
  });
});
