import { clickIdFromUrl, maskClickIdInUrl, snapIds } from '../../template-src/tag/snap-ids';

describe('clickIdFromUrl', () => {
  it.each([
    ['https://a.example/?ScCid=abc', 'abc'],
    ['https://a.example/?x=1&sccid=abc&y=2', 'abc'],
    ['https://a.example/?SCCID=abc#ScCid=hash', 'abc'],
    ['https://a.example/p?ScCid=a%2Fb%20c', 'a/b c'],
    ['https://a.example/p?ScCid=&ScCid=second', 'second'],
    ['https://a.example/p?Sc%43id=encoded-name', 'encoded-name'],
    ['/relative?ScCid=rel', 'rel'],
  ])('%s → %s', (url, id) => {
    expect(clickIdFromUrl(url)).toBe(id);
  });

  it.each([
    ['https://a.example/#?ScCid=in-hash'],
    ['https://a.example/?ScCidX=1'],
    ['https://a.example/?ScCid=%E0%A4%A'],
    ['https://a.example/?=abc'],
    ['no query'],
    [42],
    [undefined],
  ])('%p → undefined', (url) => {
    expect(clickIdFromUrl(url)).toBeUndefined();
  });
});

describe('snapIds', () => {
  const cookie =
    (...values: string[]) =>
    () =>
      values;

  it('prefers the URL click ID over the _scclid cookie', () => {
    expect(snapIds('https://a.example/?ScCid=url', ['scid-1'], cookie('cookie'))).toEqual({
      scid: 'scid-1',
      clickId: 'url',
    });
    expect(snapIds('https://a.example/', [], cookie('', ' cookie '))).toEqual({
      clickId: 'cookie',
    });
    expect(snapIds(undefined, [], cookie())).toEqual({});
  });

  it('takes the first non-empty cookie value, trimmed', () => {
    expect(snapIds(undefined, ['', '  ', ' b ', 'c'], cookie())).toEqual({ scid: 'b' });
  });

  it('reads _scclid only when the page URL has no click ID', () => {
    const scclid = jest.fn(() => ['cookie']);
    snapIds('https://a.example/?ScCid=url', [], scclid);
    expect(scclid).not.toHaveBeenCalled();
    snapIds('https://a.example/', [], scclid);
    expect(scclid).toHaveBeenCalledTimes(1);
  });
});

describe('maskClickIdInUrl', () => {
  const mask = (v: string) => v.slice(0, 3) + '…';
  it.each([
    ['https://a.example/?ScCid=abcdef', 'https://a.example/?ScCid=abc…'],
    [
      'https://a.example/?x=1&sccid=abcdef&y=2#h?ScCid=zzzzzz',
      'https://a.example/?x=1&sccid=abc…&y=2#h?ScCid=zzz…',
    ],
    ['https://a.example/p#ScCid=abcdef&x=1', 'https://a.example/p#ScCid=abc…&x=1'],
    ['https://a.example/p#/route?sccid=abcdef', 'https://a.example/p#/route?sccid=abc…'],
    ['https://a.example/p&ScCid=abcdef', 'https://a.example/p&ScCid=abc…'],
    ['https://a.example/p#notsccid=abcdef', 'https://a.example/p#notsccid=abcdef'],
    ['https://a.example/?Sc%43id=abcdef', 'https://a.example/?Sc%43id=abc…'],
    ['https://a.example/?ScCid=', 'https://a.example/?ScCid='],
    ['https://a.example/p', 'https://a.example/p'],
    ['https://a.example/İİ&ScCid=abcdef&x', 'https://a.example/İİ&ScCid=abc…&x'],
    ['https://a.example/?ScCidX=abcdef', 'https://a.example/?ScCidX=abcdef'],
  ])('%s → %s', (url, masked) => {
    expect(maskClickIdInUrl(url, mask)).toBe(masked);
  });
});
