// The builders write keys in an order GTM's own editor writes: every pair of keys in a builder's
// output appears in that order in at least one field of a published template (fixture), unless the
// two never appear together. Checked recursively, for every field type and nested object.
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  checkbox,
  group,
  label,
  radio,
  select,
  simpleTable,
  text,
  validate,
  when,
} from '../../definition';

const fixture = JSON.parse(
  fs.readFileSync(path.join(__dirname, 'fixtures', 'gtm-key-orders.json'), 'utf8'),
) as { orders: Record<string, string[][]> };

/** Pairs `a before b` of `keys` that GTM never writes in that order but does write reversed. */
function unseenPairs(keys: string[], seen: string[][]): string[] {
  const problems: string[] = [];
  keys.forEach((a, i) => {
    for (const b of keys.slice(i + 1)) {
      const together = seen.filter((order) => order.includes(a) && order.includes(b));
      if (together.length > 0 && !together.some((order) => order.indexOf(a) < order.indexOf(b))) {
        problems.push(`${a} before ${b}`);
      }
    }
  });
  return problems;
}

type Json = { [key: string]: unknown };

/** Every object of a field tree with the fixture category it belongs to. */
function categorized(field: Json): { kind: string; keys: string[] }[] {
  const out = [{ kind: field.type as string, keys: Object.keys(field) }];
  const lists: [string, string][] = [
    ['radioItems', 'radioItem'],
    ['simpleTableColumns', 'simpleTableColumn'],
    ['enablingConditions', 'enablingCondition'],
    ['valueValidators', 'valueValidator'],
  ];
  for (const [key, kind] of lists) {
    for (const item of (field[key] as Json[] | undefined) ?? []) {
      out.push({ kind, keys: Object.keys(item) });
      for (const sub of (item.subParams as Json[] | undefined) ?? []) out.push(...categorized(sub));
    }
  }
  for (const sub of (field.subParams as Json[] | undefined) ?? []) out.push(...categorized(sub));
  return out;
}

const condition = [when('other').equals('x')];
const validators = [validate.nonEmpty(), validate.regex('^a$', 'Only a.')];

// Each field type with every option the builders support (order of options deliberately scrambled).
const fields = {
  TEXT: text('t', {
    valueUnit: 'ms',
    alwaysInSummary: true,
    valueHint: 'hint',
    canBeEmptyString: true,
    defaultValue: 'd',
    enablingConditions: condition,
    validators,
    help: 'h',
    displayName: 'T',
  }),
  SELECT: select('s', {
    alwaysInSummary: true,
    validators,
    enablingConditions: condition,
    defaultValue: 'a',
    help: 'h',
    macrosInSelect: true,
    items: [{ value: 'a', displayValue: 'A' }],
    displayName: 'S',
  }),
  CHECKBOX: checkbox('c', {
    alwaysInSummary: true,
    enablingConditions: condition,
    subParams: [text('cs')],
    defaultValue: true,
    help: 'h',
    checkboxText: 'C',
  }),
  RADIO: radio('r', {
    validators,
    enablingConditions: condition,
    defaultValue: 'a',
    help: 'h',
    items: [
      { subParams: [text('rs')], displayValue: 'A', value: 'a' },
      { help: 'h', displayValue: 'B', value: 'b' },
    ],
    displayName: 'R',
  }),
  GROUP: group('g', {
    enablingConditions: condition,
    help: 'h',
    subParams: [text('gs')],
    groupStyle: 'ZIPPY_CLOSED',
    displayName: 'G',
  }),
  LABEL: label('l', { enablingConditions: condition, displayName: 'L' }),
  SIMPLE_TABLE: simpleTable('st', {
    enablingConditions: condition,
    help: 'h',
    newRowButtonText: 'Add',
    validators: [validate.tableRowCount(0, 3)],
    columns: [
      {
        valueHint: 'x',
        validators,
        isUnique: true,
        type: 'TEXT',
        displayName: 'K',
        name: 'k',
      },
      {
        items: [{ value: 'a', displayValue: 'A' }],
        type: 'SELECT',
        defaultValue: 'a',
        displayName: 'V',
        name: 'v',
      },
    ],
    displayName: 'ST',
  }),
};

test.each(Object.keys(fields))('%s: key order matches GTM exports', (type) => {
  const problems: string[] = [];
  for (const { kind, keys } of categorized(
    fields[type as keyof typeof fields] as unknown as Json,
  )) {
    const seen = fixture.orders[kind];
    expect(seen).toBeDefined();
    for (const pair of unseenPairs(keys, seen)) problems.push(`${kind}: ${pair}`);
  }
  expect(problems).toEqual([]);
});

test('the check can fail: a reversed order is reported', () => {
  expect(unseenPairs(['name', 'type', 'simpleValueType'], fixture.orders.TEXT)).toEqual([
    'name before type',
  ]);
});
