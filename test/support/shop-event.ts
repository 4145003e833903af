// One well-formed purchase, with the cookies and clock a consenting visitor brings, shared by the
// end-to-end and fault suites so both send the same request and can state its exact body.

export const NOW_MS = 1754906400123;
export const ENVELOPE = 'AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c';
export const SCID = '123e4567-e89b-12d3-a456-426614174000';
export const CLICK_ID = 'clk-7d1e2f3a4b5c6d7e8f9';
export const CONFIG_ID = 'cfg_e2e-01';

/** `_lr_env` as ATS.js writes it: URI-encoded base64 of {timestamp, version, envelope}. */
export function atsCookie(envelope: string, timestampMs: number, version = '1.5.0'): string {
  const json = JSON.stringify({ timestamp: timestampMs, version, envelope });
  return encodeURIComponent(Buffer.from(json, 'utf8').toString('base64'));
}

export const PURCHASE_EVENT: Record<string, unknown> = {
  event_name: 'purchase',
  transaction_id: 'T-1001',
  currency: 'usd',
  value: 139.49,
  page_location: `https://www.example-store.com/checkout/confirmation?ScCid=${CLICK_ID}`,
  ip_override: '203.0.113.7',
  consent_state: { ad_storage: true, analytics_storage: true },
  items: [
    {
      item_id: 'sku_123',
      item_brand: 'Nike',
      item_category: 'shoes',
      price: 89.99,
      quantity: 1,
      delivery_category: 'standard',
    },
    {
      item_id: 'sku_456',
      item_brand: 'Adidas',
      item_category: 'running',
      price: '49.50',
      quantity: 1,
    },
  ],
};

/** A fresh envelope (one minute old: no refresh due) and the Snap cookie. */
export const PURCHASE_REQUEST = {
  headers: { referer: 'https://www.example-store.com/cart', 'user-agent': 'Mozilla/5.0 (e2e)' },
  cookies: { _lr_env: atsCookie(ENVELOPE, NOW_MS - 60_000), _scid: SCID },
  remoteAddress: '203.0.113.7',
};

/** The fields a user sets (the rest keep their defaults); logging always so every case logs. */
export const E2E_FIELDS: Record<string, unknown> = {
  atsConfigId: CONFIG_ID,
  logging: 'always',
  timeoutMs: 2000,
};

/** The body issue 3's rules give for PURCHASE_EVENT at NOW_MS. */
export const PURCHASE_BODY = {
  events: [
    {
      event_manager: ['snapchat'],
      event_id: 'T-1001',
      event_type: 'PURCHASE',
      event_time: 1754906400,
      event_source_url: `https://www.example-store.com/checkout/confirmation?ScCid=${CLICK_ID}`,
      user_data: { partner_id: ENVELOPE },
      custom_data: [
        { key: 'item_ids', value: ['sku_123', 'sku_456'] },
        { key: 'item_category', value: ['shoes', 'running'] },
        { key: 'brands', value: ['Nike', 'Adidas'] },
        {
          key: 'contents',
          value: [
            { id: 'sku_123', quantity: 1, item_price: 89.99, delivery_category: 'standard' },
            { id: 'sku_456', quantity: 1, item_price: 49.5 },
          ],
        },
        { key: 'content_type', value: 'product' },
        { key: 'price', value: ['89.99', '49.50'] },
        { key: 'currency', value: 'USD' },
        { key: 'number_items', value: '2' },
        { key: 'cart_total', value: '139.49' },
        { key: 'uuid_c1', value: SCID },
        { key: 'click_id', value: CLICK_ID },
      ],
    },
  ],
};
