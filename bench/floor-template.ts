// The benchmark's yardsticks, built in memory from the real template so permissions and fields are
// the same shape: the FLOOR (the least any tag of this kind can do: stringify a fixed body, send it,
// report) and the EMPTY template (only a callback), which measures the runtime's own cost per run.
import type { TplFile } from '../build/tpl/model';

/** A fixed body of the size and shape of a typical purchase event. */
export const FLOOR_BODY = {
  events: [
    {
      event_manager: ['snapchat'],
      event_id: 'evt_001',
      event_type: 'PURCHASE',
      event_time: 1754906400,
      event_source_url: 'https://www.example-store.com/checkout/confirmation',
      user_data: { partner_id: 'AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c' },
      custom_data: [
        { key: 'item_ids', value: ['sku_123', 'sku_456'] },
        {
          key: 'contents',
          value: [
            { id: 'sku_123', quantity: 1, item_price: 89.99 },
            { id: 'sku_456', quantity: 1, item_price: 49.5 },
          ],
        },
        { key: 'content_type', value: 'product' },
        { key: 'price', value: ['89.99', '49.50'] },
        { key: 'currency', value: 'USD' },
        { key: 'number_items', value: '2' },
      ],
    },
  ],
};

/** Sandboxed code of the floor: one stringify, one request, one callback. */
export const FLOOR_CODE = [
  "const sendHttpRequest = require('sendHttpRequest');",
  "const JSON = require('JSON');",
  `const body = ${JSON.stringify(FLOOR_BODY)};`,
  'sendHttpRequest(',
  "  'https://capi.analytics.rlcdn.com/send-events/floor',",
  '  function (statusCode) {',
  '    if (statusCode >= 200 && statusCode < 300) data.gtmOnSuccess();',
  '    else data.gtmOnFailure();',
  '  },',
  "  { method: 'POST', headers: { 'Content-Type': 'application/json' }, timeout: 5000 },",
  '  JSON.stringify(body)',
  ');',
].join('\n');

/** Sandboxed code that does nothing but report success. */
export const EMPTY_CODE = 'data.gtmOnSuccess();';

/** `base` with its code replaced: same info, fields and permissions. */
export function withCode(base: TplFile, code: string): TplFile {
  return { ...base, code, tests: { scenarios: [] }, testsYaml: undefined };
}

export function floorTemplate(base: TplFile): TplFile {
  return withCode(base, FLOOR_CODE);
}

export function emptyTemplate(base: TplFile): TplFile {
  return withCode(base, EMPTY_CODE);
}
