import {
  interpretRefreshFailure,
  interpretRefreshResponse,
} from '../../template-src/tag/refresh/response';

const NEW = 'AmNewEnvelope0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJK';

function body(value: unknown): string {
  return JSON.stringify(value);
}

describe('interpretRefreshResponse', () => {
  it('200 with a type-19 envelope: refreshed', () => {
    expect(
      interpretRefreshResponse(
        200,
        body({ envelopes: [{ type: 19, source: 'envelopeLiveramp', value: NEW }] }),
      ),
    ).toEqual({ kind: 'refreshed', envelope: NEW, reason: 'envelope refreshed' });
  });

  it('takes the type-19 entry among others, and "19" as a string', () => {
    expect(
      interpretRefreshResponse(
        200,
        body({
          envelopes: [
            { type: 24, value: 'meta' },
            { type: '19', value: ' ' + NEW + ' ' },
          ],
        }),
      ),
    ).toEqual({ kind: 'refreshed', envelope: NEW, reason: 'envelope refreshed' });
  });

  it('204: expired', () => {
    expect(interpretRefreshResponse(204, '')).toEqual({
      kind: 'expired',
      reason: 'refresh answered 204: the envelope expired',
    });
  });

  it.each([
    [body({ envelopes: [{ type: 24, value: 'meta' }] }), 'without a usable type-19 envelope'],
    [body({ envelopes: [] }), 'without a usable type-19 envelope'],
    [
      body({
        envelopes: [
          { type: 19, value: '' },
          { type: 19, value: 7 },
        ],
      }),
      'without a usable type-19 envelope',
    ],
    [
      body({ envelopes: [{ type: 19, value: 'x'.repeat(3001) }] }),
      'without a usable type-19 envelope',
    ],
    [body({ envelopes: [null, 'x', [19]] }), 'without a usable type-19 envelope'],
    [body({ envelope: NEW }), 'without an envelopes list'],
    ['{"envelopes": [', 'with a body that is not a JSON object'],
    ['[1,2]', 'with a body that is not a JSON object'],
    ['', 'with an empty body'],
    [undefined, 'with an empty body'],
  ])('200 with %s: keeps the old envelope', (text, why) => {
    expect(interpretRefreshResponse(200, text)).toEqual({
      kind: 'kept',
      reason: 'refresh answered 200 ' + why + '; keeping the old envelope',
    });
  });

  it.each([400, 401, 403, 404, 429, 500, 502, 503, 201, 301])(
    '%i: keeps the old envelope',
    (status) => {
      expect(
        interpretRefreshResponse(status, body({ envelopes: [{ type: 19, value: NEW }] })),
      ).toEqual({
        kind: 'kept',
        reason: 'refresh answered ' + status + '; keeping the old envelope',
      });
    },
  );
});

describe('interpretRefreshFailure', () => {
  it('names a timeout and treats everything else as a failure', () => {
    expect(interpretRefreshFailure({ reason: 'timed_out' })).toEqual({
      kind: 'kept',
      reason: 'refresh timed out; keeping the old envelope',
    });
    expect(interpretRefreshFailure({ reason: 'failed' })).toEqual({
      kind: 'kept',
      reason: 'refresh request failed; keeping the old envelope',
    });
    expect(interpretRefreshFailure(undefined).kind).toBe('kept');
  });
});
