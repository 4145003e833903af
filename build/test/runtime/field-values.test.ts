// Field values from outside (`run --data`, `serve --fields`, PUT /api/fields) checked against the
// template's fields: unknown names warn with the nearest field, impossible values are refused.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkFieldValues } from '../../definition/field-values-check';
import { readTpl } from '../../tpl/read';
import { startPreview, type RunningPreview } from '../../../test/support/preview';

const FIELDS = [
  { type: 'TEXT', name: 'accountId', displayName: 'Account', simpleValueType: true },
  { type: 'CHECKBOX', name: 'dryRun', checkboxText: 'Dry run', simpleValueType: true },
  {
    type: 'SELECT',
    name: 'mode',
    displayName: 'Mode',
    selectItems: [
      { value: 'a', displayValue: 'A' },
      { value: 'b', displayValue: 'B' },
    ],
    simpleValueType: true,
  },
  {
    type: 'SELECT',
    name: 'open',
    displayName: 'Open',
    macrosInSelect: true,
    selectItems: [{ value: 'a', displayValue: 'A' }],
    simpleValueType: true,
  },
  {
    type: 'GROUP',
    name: 'more',
    displayName: 'More',
    subParams: [
      {
        type: 'RADIO',
        name: 'size',
        displayName: 'Size',
        radioItems: [{ value: 's', displayValue: 'S' }],
        simpleValueType: true,
      },
      {
        type: 'SIMPLE_TABLE',
        name: 'rows',
        displayName: 'Rows',
        simpleTableColumns: [{ defaultValue: '', displayName: 'K', name: 'k', type: 'TEXT' }],
      },
    ],
  },
];

const lines = (values: Record<string, unknown>) =>
  checkFieldValues(FIELDS, values).map((p) => `${p.severity}: ${p.message}`);

test('values every field kind can hold pass, in groups too; null stands for no value', () => {
  expect(
    lines({
      accountId: 'A1',
      dryRun: false,
      mode: 'b',
      open: '{{Some Variable}}',
      size: 's',
      rows: [{ k: 'v' }],
    }),
  ).toEqual([]);
  expect(lines({ accountId: 5000, dryRun: null, rows: [] })).toEqual([]);
});

test('a value no field of its kind could hold is an error naming the field and what it takes', () => {
  expect(
    lines({
      accountId: { a: 1 },
      dryRun: 'yes',
      mode: 'c',
      open: ['x'],
      size: 1,
      rows: [{ k: 'v' }, 'x'],
    }),
  ).toEqual([
    'error: accountId is a text field: expected a string (or a number or boolean), got an object',
    'error: dryRun is a checkbox: expected true or false, got "yes"',
    'error: mode is a select field: expected one of "a", "b", got "c"',
    'error: open is a select field: expected one of its values, got a list',
    'error: size is a radio field: expected one of "s", got 1',
    'error: rows is a simple table: row 2 must be an object of column values, got a string',
  ]);
});

test('a name no field has is a warning with the nearest field name, or the list when none is near', () => {
  expect(lines({ accountID: 'x', dry_run: true, more: 1, zebra: 1 })).toEqual([
    'warning: accountID is not a field of this template; did you mean accountId?',
    'warning: dry_run is not a field of this template; did you mean dryRun?',
    'warning: more is not a field of this template; did you mean mode?',
    'warning: zebra is not a field of this template (its fields: accountId, dryRun, mode, open, size, ...)',
  ]);
});

test("the tag's example fields pass against the built template", () => {
  const root = path.resolve(__dirname, '../../..');
  const tpl = readTpl(fs.readFileSync(path.join(root, 'dist/template.tpl'), 'utf8'));
  const example = JSON.parse(fs.readFileSync(path.join(root, 'examples/fields.json'), 'utf8'));
  expect(checkFieldValues(tpl.parameters, example)).toEqual([]);
  expect(checkFieldValues(tpl.parameters, { atsConfigID: 'x' }).map((p) => p.message)).toEqual([
    'atsConfigID is not a field of this template; did you mean atsConfigId?',
  ]);
});

describe('PUT /api/fields', () => {
  let preview: RunningPreview;
  beforeAll(async () => {
    preview = await startPreview();
  });
  afterAll(() => preview.app.close());

  const put = (body: unknown) =>
    fetch(`${preview.url}/api/fields`, { method: 'PUT', body: JSON.stringify(body) });

  test('refuses values no field could hold, naming each field; the fields stay as they were', async () => {
    const before = await (await fetch(`${preview.url}/api/fields`)).text();
    const res = await put({ dryRun: 'yes', timeoutMs: { a: 1 } });
    expect(res.status).toBe(400);
    expect(await res.text()).toBe(
      'dryRun is a checkbox: expected true or false, got "yes"; timeoutMs is a text field: expected a string (or a number or boolean), got an object\n',
    );
    expect(await (await fetch(`${preview.url}/api/fields`)).text()).toBe(before);
  });

  test('keeps a name no field has and warns in a Warning header', async () => {
    const fields = (await (await fetch(`${preview.url}/api/fields`)).json()) as object;
    const res = await put({ ...fields, atsConfigID: 'typo' });
    expect(res.status).toBe(200);
    expect(res.headers.get('warning')).toBe(
      '199 - "atsConfigID is not a field of this template; did you mean atsConfigId?"',
    );
    await put(fields);
  });
});
