// The adapter request schema: LiveRamp's four example bodies are valid, our tag's bodies are valid
// (checked per fixture in fixtures.test.ts), and the mistakes the schema exists to catch are not.
import * as fs from 'fs';
import * as path from 'path';
import { adapterRequestErrors } from '../support/adapter-schema';

const SEED_DIR = path.join(__dirname, '..', 'fixtures', 'seed');
const seeds = fs
  .readdirSync(SEED_DIR)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => [f, JSON.parse(fs.readFileSync(path.join(SEED_DIR, f), 'utf8'))] as const);

function seed(name: string) {
  return JSON.parse(JSON.stringify(seeds.find(([f]) => f.startsWith(name))![1]));
}

describe('adapter request schema', () => {
  it('has the four seed bodies', () => {
    expect(seeds.map(([f]) => f)).toEqual([
      'seed-1-purchase.json',
      'seed-2-add-cart.json',
      'seed-3-page-view.json',
      'seed-4-start-checkout.json',
    ]);
  });

  it.each(seeds)('accepts %s', (_name, body) => {
    expect(adapterRequestErrors(body)).toEqual([]);
  });

  it('refuses event_time in milliseconds', () => {
    const body = seed('seed-3');
    body.events[0].event_time = 1744990200000;
    expect(adapterRequestErrors(body)).toEqual(['/events/0/event_time must be <= 9999999999']);
  });

  it('refuses an unknown event type and a missing event_id', () => {
    const body = seed('seed-3');
    body.events[0].event_type = 'page_view';
    delete body.events[0].event_id;
    expect(adapterRequestErrors(body)).toEqual([
      "/events/0 must have required property 'event_id'",
      '/events/0/event_type must be equal to one of the allowed values',
    ]);
  });

  it('refuses custom_data as an object instead of a list of pairs', () => {
    const body = seed('seed-3');
    body.events[0].custom_data = { currency: 'EUR' };
    expect(adapterRequestErrors(body)).toEqual(['/events/0/custom_data must be array']);
  });

  it('refuses prices without two decimals and a lower-case currency', () => {
    const body = seed('seed-2');
    body.events[0].custom_data[2].value = ['49.9'];
    body.events[0].custom_data[3].value = 'eur';
    expect(adapterRequestErrors(body)).toEqual([
      '/events/0/custom_data/2/value/0 must match pattern "^-?[0-9]+\\.[0-9]{2}$"',
      '/events/0/custom_data/2/value/0 must be number',
      '/events/0/custom_data/2/value/0 must match exactly one schema in oneOf',
      '/events/0/custom_data/2 must match "then" schema',
      '/events/0/custom_data/3/value must match pattern "^[A-Z]{3}$"',
      '/events/0/custom_data/3 must match "then" schema',
    ]);
  });

  it('accepts description, delivery_method, device_model and os_version only as non-empty text', () => {
    const body = seed('seed-3');
    body.events[0].custom_data = [
      { key: 'description', value: 'Spring sale' },
      { key: 'delivery_method', value: 'curbside' },
      { key: 'device_model', value: 'Pixel 8' },
      { key: 'os_version', value: 'Android 14.0.0' },
    ];
    expect(adapterRequestErrors(body)).toEqual([]);
    body.events[0].custom_data[0].value = '';
    body.events[0].custom_data[1].value = ['delivery'];
    body.events[0].custom_data[2].value = 8;
    body.events[0].custom_data[3].value = { platform: 'Android' };
    expect(adapterRequestErrors(body)).toEqual(
      [0, 1, 2, 3].flatMap((i) => [
        i === 0
          ? '/events/0/custom_data/0/value must NOT have fewer than 1 characters'
          : `/events/0/custom_data/${i}/value must be string`,
        `/events/0/custom_data/${i} must match "then" schema`,
      ]),
    );
  });

  it('refuses an empty envelope and an empty events list', () => {
    const body = seed('seed-3');
    body.events[0].user_data.partner_id = '';
    expect(adapterRequestErrors(body)).toEqual([
      '/events/0/user_data/partner_id must NOT have fewer than 1 characters',
    ]);
    expect(adapterRequestErrors({ events: [] })).toEqual([
      '/events must NOT have fewer than 1 items',
    ]);
  });
});
