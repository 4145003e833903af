import {
  floor,
  moneyOf,
  plainNumberText,
  quantityOf,
  toNumber,
  twoDecimals,
} from '../../template-src/tag/numbers';

describe('floor (arithmetic, not the Math API; for the n ≥ 0 the tag rounds)', () => {
  it.each([
    [2.7, 2],
    [3, 3],
    [0.999, 0],
    [0, 0],
    [1744873500999 / 1000, 1744873500],
  ])('%p → %p', (input, output) => {
    expect(floor(input)).toBe(output);
  });
});

describe('toNumber', () => {
  it.each([
    [49.99, 49.99],
    ['49.99', 49.99],
    [' 12 ', 12],
    ['-3.5', -3.5],
    ['+7', 7],
    ['.5', 0.5],
    ['5.', 5],
    [0, 0],
  ])('%p → %p', (input, output) => {
    expect(toNumber(input)).toBe(output);
  });

  it.each([
    ['NaN'],
    ['Infinity'],
    ['1e3'],
    ['0x10'],
    [''],
    ['  '],
    ['49,99'],
    ['12abc'],
    [NaN],
    [Infinity],
    [-Infinity],
    [null],
    [undefined],
    [true],
    [[1]],
    [{ value: 1 }],
    ['1'.repeat(41)],
  ])('%p → undefined', (input) => {
    expect(toNumber(input)).toBeUndefined();
  });
});

describe('twoDecimals', () => {
  it.each([
    [49.5, '49.50'],
    [89.99, '89.99'],
    [1299, '1299.00'],
    [1324.5, '1324.50'],
    [0, '0.00'],
    [0.001, '0.00'],
    [0.005, '0.01'],
    [1.005, '1.01'],
    [0.285, '0.29'],
    [-4.5, '-4.50'],
    [-0.001, '0.00'],
    [123456789012.34, '123456789012.34'],
  ])('%p → %p', (input, output) => {
    expect(twoDecimals(input)).toBe(output);
  });

  it('leaves out amounts of 1e15 and more, and non-finite numbers', () => {
    expect(twoDecimals(1e15)).toBeUndefined();
    expect(twoDecimals(-1e300)).toBeUndefined();
    expect(twoDecimals(NaN)).toBeUndefined();
    expect(twoDecimals(Infinity)).toBeUndefined();
  });
});

describe('moneyOf', () => {
  it('parses then formats', () => {
    expect(moneyOf('25.5')).toBe('25.50');
    expect(moneyOf(10)).toBe('10.00');
    expect(moneyOf('ten')).toBeUndefined();
  });
});

describe('quantities', () => {
  it('accepts 0.000001 to 1,000,000 and prints plain decimals', () => {
    expect(quantityOf('2')).toBe(2);
    expect(quantityOf(0.5)).toBe(0.5);
    expect(quantityOf(5e-324)).toBeUndefined();
    expect(quantityOf(0)).toBeUndefined();
    expect(quantityOf(-1)).toBeUndefined();
    expect(quantityOf(1e7)).toBeUndefined();
    expect(plainNumberText(2.5)).toBe('2.5');
    expect(plainNumberText(5e-324)).toBeUndefined();
    expect(plainNumberText(1e21)).toBeUndefined();
  });
});
