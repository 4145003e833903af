// A realistic, reproducible stream of shop events for the benchmark: mostly page views, fewer
// product views and carts, a few checkouts and purchases with 1-20 items, each with a fresh ATS
// envelope cookie and a `_scid`, as a consenting visitor's browser would send them.
import type { ExecutionInput } from '../build/runtime/types';

/** mulberry32: a tiny seeded PRNG, so every run benchmarks the same events. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MIX: [string, number][] = [
  ['page_view', 0.4],
  ['view_item', 0.25],
  ['add_to_cart', 0.15],
  ['begin_checkout', 0.1],
  ['purchase', 0.1],
];

const NOW_MS = Date.UTC(2025, 7, 11, 10, 0, 0);

/** An event name drawn from the mix. */
export function pick(rand: () => number): string {
  let r = rand();
  for (const [name, share] of MIX) {
    if (r < share) return name;
    r -= share;
  }
  return MIX[0][0];
}

function items(rand: () => number, count: number): Record<string, unknown>[] {
  return Array.from({ length: count }, (_, i) => ({
    item_id: 'SKU' + Math.floor(rand() * 100000),
    item_name: 'Product ' + i,
    item_brand: ['Nike', 'Adidas', 'Puma'][i % 3],
    item_category: ['shoes', 'running', 'apparel'][i % 3],
    price: Math.round(rand() * 20000) / 100,
    quantity: 1 + Math.floor(rand() * 3),
  }));
}

function atsCookie(envelope: string, ageMs: number): string {
  const json = JSON.stringify({ timestamp: NOW_MS - ageMs, version: '1.5.0', envelope });
  return encodeURIComponent(Buffer.from(json).toString('base64'));
}

/** The benchmark's reference event: a 2-item purchase from a consenting visitor with ATS and Snap cookies. */
export function purchaseEvent(i: number): BenchEvent {
  return {
    name: 'purchase',
    input: {
      event: {
        event_name: 'purchase',
        transaction_id: 'T' + i,
        client_id: 'cid.' + i,
        page_location: 'https://shop.example/checkout/confirmation',
        page_referrer: 'https://shop.example/cart',
        user_agent: 'Mozilla/5.0 (bench)',
        ip_override: '203.0.113.7',
        'x-ga-gcs': 'G111',
        currency: 'EUR',
        value: 139.49,
        items: [
          {
            item_id: 'sku_123',
            item_name: 'Running shoes',
            item_brand: 'Nike',
            item_category: 'shoes',
            price: 89.99,
            quantity: 1,
          },
          {
            item_id: 'sku_456',
            item_name: 'Socks',
            item_brand: 'Adidas',
            item_category: 'running',
            price: 49.5,
            quantity: 1,
          },
        ],
      },
      request: {
        headers: { referer: 'https://shop.example/cart', 'user-agent': 'Mozilla/5.0 (bench)' },
        cookies: {
          _lr_env: atsCookie(
            'AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c',
            60_000,
          ),
          _scid: '123e4567-e89b-12d3-a456-426614174000',
        },
        remoteAddress: '203.0.113.7',
      },
      nowMs: NOW_MS,
      random: () => 0.5,
    },
  };
}

export interface BenchEvent {
  name: string;
  input: Omit<ExecutionInput, 'data' | 'http'>;
}

/** `count` events; an envelope's age stays under the refresh interval so no refresh call is due. */
export function eventMix(count: number, seed = 1): BenchEvent[] {
  const rand = seededRandom(seed);
  return Array.from({ length: count }, (_, i) => {
    const name = pick(rand);
    const event: Record<string, unknown> = {
      event_name: name,
      client_id: 'cid.' + i,
      page_location: `https://shop.example/p/${i}?utm_source=snap&ScCid=clk${i}abcdef`,
      page_referrer: 'https://shop.example/',
      user_agent: 'Mozilla/5.0 (bench)',
      ip_override: '203.0.113.' + (i % 250),
      consent_state: { ad_storage: true, analytics_storage: true },
      'x-ga-gcs': 'G111',
    };
    if (name !== 'page_view') {
      const n =
        name === 'purchase'
          ? 1 + Math.floor(rand() * 20)
          : name === 'view_item'
            ? 1
            : 1 + Math.floor(rand() * 3);
      const list = items(rand, n);
      event.items = list;
      event.currency = 'usd';
      event.value = list.reduce(
        (sum, it) => sum + (it.price as number) * (it.quantity as number),
        0,
      );
    }
    if (name === 'purchase') event.transaction_id = 'T' + i;
    return {
      name,
      input: {
        event,
        request: {
          headers: { referer: 'https://shop.example/', 'user-agent': 'Mozilla/5.0 (bench)' },
          cookies: {
            _lr_env: atsCookie(
              'AnMtR07xnEC7ryaheztaWkUbrrtdqM2b2XxvaCsdkSFiQMSJKBAnw3zRfUN3c' + (i % 50),
              60_000,
            ),
            _scid: '123e4567-e89b-12d3-a456-4266141740' + String(i % 100).padStart(2, '0'),
          },
          remoteAddress: '203.0.113.7',
        },
        nowMs: NOW_MS,
        random: () => 0.5,
      },
    };
  });
}
