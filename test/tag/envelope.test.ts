import {
  MAX_ENVELOPE_CANDIDATES,
  chooseEnvelope,
  decodeBase64,
  parseEnvelopeValue,
} from '../../template-src/tag/envelope';

const NOW = 1744873500000;
const DAY = 86400000;
const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64');
const b64url = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');

describe('parseEnvelopeValue', () => {
  it('reads ATS.js records in standard base64', () => {
    expect(
      parseEnvelopeValue(b64({ timestamp: NOW, version: '1.5.0', envelope: 'Ana6x' })),
    ).toEqual({
      partnerId: 'Ana6x',
      timestampMs: NOW,
      version: '1.5.0',
    });
  });

  it('reads URL-safe base64 without padding', () => {
    const text = b64url({ envelope: 'a?b>c~', timestamp: NOW });
    expect(text).toMatch(/[-_]/);
    expect(parseEnvelopeValue(text)).toEqual({ partnerId: 'a?b>c~', timestampMs: NOW });
  });

  it('takes the first string of an envelope list', () => {
    expect(parseEnvelopeValue(b64({ envelope: [null, '', 'first', 'second'] }))).toEqual({
      partnerId: 'first',
    });
  });

  it('looks one level into the list only: a nested list is not searched', () => {
    expect(parseEnvelopeValue(b64({ envelope: [['nested'], 'flat'] }))).toEqual({
      partnerId: 'flat',
    });
    expect(parseEnvelopeValue(b64({ envelope: [['nested']] }))).toBe(
      'base64 of a JSON object without an "envelope" string',
    );
  });

  it('reads a timestamp in seconds or as a numeric string', () => {
    expect(parseEnvelopeValue(b64({ envelope: 'e', timestamp: 1744873500 }))).toEqual({
      partnerId: 'e',
      timestampMs: NOW,
    });
    expect(parseEnvelopeValue(b64({ envelope: 'e', timestamp: String(NOW) }))).toEqual({
      partnerId: 'e',
      timestampMs: NOW,
    });
    expect(parseEnvelopeValue(b64({ envelope: 'e', timestamp: 'yesterday' }))).toEqual({
      partnerId: 'e',
    });
  });

  it('accepts plain JSON and raw envelopes', () => {
    expect(parseEnvelopeValue('{"envelope":"plain"}')).toEqual({ partnerId: 'plain' });
    const raw = 'AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c';
    expect(parseEnvelopeValue(' ' + raw + ' ')).toEqual({ partnerId: raw });
    expect(parseEnvelopeValue('partner_12345')).toEqual({ partnerId: 'partner_12345' });
  });

  it.each([
    [undefined, 'not a string'],
    [42, 'not a string'],
    ['   ', 'empty'],
    ['has spaces inside', 'neither base64 ATS data nor a raw envelope (unexpected characters)'],
    ['{"envelope": ', 'not a JSON object'],
    ['{"timestamp": 1}', 'a JSON object without an "envelope" string'],
    [Buffer.from('{"envelope": 1').toString('base64'), 'base64 of not a JSON object'],
    [b64({ envelope: 5 }), 'base64 of a JSON object without an "envelope" string'],
    [b64({ envelope: [] }), 'base64 of a JSON object without an "envelope" string'],
  ])('%p is rejected: %s', (value, reason) => {
    expect(parseEnvelopeValue(value)).toBe(reason);
  });
});

describe('decodeBase64', () => {
  it('pads and converts the URL-safe alphabet', () => {
    expect(decodeBase64('eyJhIjoxfQ')).toBe('{"a":1}');
    expect(decodeBase64('eyJhIjoxfQ==')).toBe('{"a":1}');
    expect(decodeBase64('P-_-')).toBe(Buffer.from('P+/+', 'base64').toString('utf8'));
    expect(decodeBase64('abcde')).toBeUndefined();
  });
});

describe('chooseEnvelope', () => {
  const record = (envelope: string, ageDays: number) =>
    b64({ envelope, timestamp: NOW - ageDays * DAY });
  /** The envelope chosen among `values` (from a cookie, 30 days at most) and the warnings. */
  const choose = (values: unknown[], maxAgeDays = 30) => {
    const notes: string[] = [];
    const chosen = chooseEnvelope(values, '"_lr_env" cookie', NOW, maxAgeDays, (w) =>
      notes.push(w),
    );
    return { chosen, notes };
  };

  it('takes the first valid value and explains every other one', () => {
    expect(choose(['', record('old', 31), record('good', 1), 'other'])).toEqual({
      chosen: { partnerId: 'good', timestampMs: NOW - DAY },
      notes: [
        '"_lr_env" cookie value 1 of 4 ignored: empty',
        '"_lr_env" cookie value 2 of 4 ignored: expired: stored 31 days ago, the maximum age is 30 days',
        '"_lr_env" cookie value 4 of 4 ignored: not used: an earlier value is valid',
      ],
    });
  });

  it('treats a maximum age of 0 as no limit', () => {
    expect(choose([record('ancient', 4000)], 0).chosen?.partnerId).toBe('ancient');
  });

  it('accepts an envelope exactly at the maximum age and refuses one a millisecond older', () => {
    const at = b64({ envelope: 'edge', timestamp: NOW - 30 * DAY });
    const past = b64({ envelope: 'edge', timestamp: NOW - 30 * DAY - 1 });
    expect(choose([at]).chosen?.partnerId).toBe('edge');
    expect(choose([past]).chosen).toBeUndefined();
  });

  it('returns nothing for no values', () => {
    expect(choose([])).toEqual({ chosen: undefined, notes: [] });
  });

  it(`considers the first ${MAX_ENVELOPE_CANDIDATES} values only, and says so`, () => {
    const { chosen, notes } = choose([...Array<string>(MAX_ENVELOPE_CANDIDATES).fill(''), 'late']);
    expect(chosen).toBeUndefined();
    expect(notes[0]).toBe('"_lr_env" cookie: only the first 10 of 11 values were considered');
    expect(notes.slice(1)).toEqual(
      Array.from(
        { length: 10 },
        (_, i) => '"_lr_env" cookie value ' + (i + 1) + ' of 10 ignored: empty',
      ),
    );
  });
});
