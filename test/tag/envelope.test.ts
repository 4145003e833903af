import { chooseEnvelope, decodeBase64, parseEnvelopeValue } from '../../template-src/tag/envelope';

const NOW = 1744873500000;
const DAY = 86400000;
const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64');
const b64url = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');

describe('parseEnvelopeValue', () => {
  it('reads ATS.js records in standard base64', () => {
    expect(
      parseEnvelopeValue(b64({ timestamp: NOW, version: '1.5.0', envelope: 'Ana6x' })),
    ).toEqual({
      ok: true,
      envelope: 'Ana6x',
      timestampMs: NOW,
      version: '1.5.0',
    });
  });

  it('reads URL-safe base64 without padding', () => {
    const text = b64url({ envelope: 'a?b>c~', timestamp: NOW });
    expect(text).toMatch(/[-_]/);
    expect(parseEnvelopeValue(text)).toEqual({ ok: true, envelope: 'a?b>c~', timestampMs: NOW });
  });

  it('takes the first string of an envelope list', () => {
    expect(parseEnvelopeValue(b64({ envelope: [null, '', 'first', 'second'] }))).toEqual({
      ok: true,
      envelope: 'first',
    });
  });

  it('reads a timestamp in seconds or as a numeric string', () => {
    expect(parseEnvelopeValue(b64({ envelope: 'e', timestamp: 1744873500 }))).toEqual({
      ok: true,
      envelope: 'e',
      timestampMs: NOW,
    });
    expect(parseEnvelopeValue(b64({ envelope: 'e', timestamp: String(NOW) }))).toEqual({
      ok: true,
      envelope: 'e',
      timestampMs: NOW,
    });
    expect(parseEnvelopeValue(b64({ envelope: 'e', timestamp: 'yesterday' }))).toEqual({
      ok: true,
      envelope: 'e',
    });
  });

  it('accepts plain JSON and raw envelopes', () => {
    expect(parseEnvelopeValue('{"envelope":"plain"}')).toEqual({ ok: true, envelope: 'plain' });
    const raw = 'AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c';
    expect(parseEnvelopeValue(' ' + raw + ' ')).toEqual({ ok: true, envelope: raw });
    expect(parseEnvelopeValue('partner_12345')).toEqual({ ok: true, envelope: 'partner_12345' });
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
    expect(parseEnvelopeValue(value)).toEqual({ ok: false, reason });
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

  it('takes the first valid value and explains every other one', () => {
    expect(chooseEnvelope(['', record('old', 31), record('good', 1), 'other'], NOW, 30)).toEqual({
      chosen: { envelope: 'good', timestampMs: NOW - DAY },
      rejected: [
        { index: 0, reason: 'empty' },
        { index: 1, reason: 'expired: stored 31 days ago, the maximum age is 30 days' },
        { index: 3, reason: 'not used: an earlier value is valid' },
      ],
    });
  });

  it('treats a maximum age of 0 as no limit', () => {
    expect(chooseEnvelope([record('ancient', 4000)], NOW, 0).chosen?.envelope).toBe('ancient');
  });

  it('accepts an envelope exactly at the maximum age and refuses one a millisecond older', () => {
    const at = b64({ envelope: 'edge', timestamp: NOW - 30 * DAY });
    const past = b64({ envelope: 'edge', timestamp: NOW - 30 * DAY - 1 });
    expect(chooseEnvelope([at], NOW, 30).chosen?.envelope).toBe('edge');
    expect(chooseEnvelope([past], NOW, 30).chosen).toBeUndefined();
  });

  it('returns nothing for no values', () => {
    expect(chooseEnvelope([], NOW, 30)).toEqual({ rejected: [] });
  });
});
