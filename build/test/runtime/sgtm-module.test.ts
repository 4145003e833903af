import * as sgtm from 'sgtm';
import { createHost, setExecution, resetExecution } from '../../runtime/sgtm-module';

afterEach(() => {
  resetExecution();
});

describe("the jest 'sgtm' module", () => {
  test('pure APIs follow GTM semantics', () => {
    expect(sgtm.getType([])).toBe('array');
    expect(sgtm.getType(null)).toBe('null');
    expect(sgtm.makeInteger('4.9')).toBe(4);
    expect(sgtm.JSON.parse('{bad')).toBeUndefined();
    expect(sgtm.makeTableMap([{ k: 'a', v: 1 }], 'k', 'v')).toEqual({ a: 1 });
    expect(sgtm.sha256Sync('abc', { outputEncoding: 'hex' })).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });

  test('side-effecting APIs act on the execution the test sets', () => {
    const host = createHost({
      event: { event_name: 'purchase', items: [{ price: 3 }] },
      request: { cookies: { _ident: 'a%20b' }, headers: { 'User-Agent': 'UA' } },
      nowMs: 1700000000123,
    });
    setExecution(host);
    const all = sgtm.getAllEventData();
    all.event_name = 'changed';
    expect(sgtm.getEventData('event_name')).toBe('purchase');
    expect(sgtm.getEventData('items.0.price')).toBe(3);
    expect(sgtm.getCookieValues('_ident')).toEqual(['a b']);
    expect(sgtm.getCookieValues('_ident', true)).toEqual(['a%20b']);
    expect(sgtm.getRequestHeader('user-agent')).toBe('UA');
    expect(sgtm.getTimestampMillis()).toBe(1700000000123);
    sgtm.logToConsole('x', { a: 1 });
    sgtm.setCookie('c', 'v w', { path: '/' });
    expect(host.trace.logs).toEqual(['x {"a":1}']);
    expect(host.trace.cookiesSet).toEqual([{ name: 'c', value: 'v%20w', options: { path: '/' } }]);
  });

  test('data callbacks can be spied on and are counted', () => {
    const host = resetExecution();
    const spy = jest.spyOn(sgtm.data, 'gtmOnSuccess');
    sgtm.data.gtmOnSuccess();
    expect(spy).toHaveBeenCalledTimes(1);
    spy.mockRestore();
    expect(host.trace.outcome).toBe('success');
    expect(host.trace.callbacks).toBe(1);
  });
});
