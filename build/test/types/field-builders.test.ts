// The builders return exactly the JSON GTM stores in ___TEMPLATE_PARAMETERS___, keys in order.
import {
  checkbox,
  group,
  label,
  paramTable,
  radio,
  select,
  simpleTable,
  text,
  validate,
  when,
} from '../../definition';

/** Compares as GTM's JSON text would: key order matters, undefined keys must be absent. */
function expectJson(actual: unknown, expected: unknown): void {
  expect(JSON.stringify(actual, null, 2)).toBe(JSON.stringify(expected, null, 2));
}

test('text with every option', () => {
  expectJson(
    text('atsConfigId', {
      displayName: 'ATS Configuration ID',
      help: 'From the vendor, e.g. <code>abc-123</code>',
      valueHint: 'abc-123',
      validators: [
        validate.nonEmpty(),
        validate.regex('^[A-Za-z0-9_-]+$', 'Letters, digits, - and _ only.'),
      ],
      enablingConditions: [when('mode').notEquals('off')],
      defaultValue: 'x',
      canBeEmptyString: true,
      alwaysInSummary: true,
      lineCount: 3,
      valueUnit: 'ms',
    }),
    {
      type: 'TEXT',
      name: 'atsConfigId',
      displayName: 'ATS Configuration ID',
      simpleValueType: true,
      help: 'From the vendor, e.g. <code>abc-123</code>',
      valueValidators: [
        { type: 'NON_EMPTY' },
        {
          type: 'REGEX',
          args: ['^[A-Za-z0-9_-]+$'],
          errorMessage: 'Letters, digits, - and _ only.',
        },
      ],
      enablingConditions: [{ paramName: 'mode', paramValue: 'off', type: 'NOT_EQUALS' }],
      defaultValue: 'x',
      canBeEmptyString: true,
      valueHint: 'abc-123',
      alwaysInSummary: true,
      lineCount: 3,
      valueUnit: 'ms',
    },
  );
});

test('text with no options is the minimal GTM field', () => {
  expectJson(text('x'), { type: 'TEXT', name: 'x', simpleValueType: true });
});

test('select', () => {
  expectJson(
    select('fixedEventType', {
      displayName: 'Event type',
      help: 'The Snap event type.',
      items: [
        { value: 'PURCHASE', displayValue: 'Purchase' },
        { value: 'PAGE_VIEW', displayValue: 'Page view' },
      ],
      defaultValue: 'PURCHASE',
      macrosInSelect: true,
      enablingConditions: [when('eventTypeMode').equals('fixed')],
      validators: [validate.nonEmpty()],
      alwaysInSummary: true,
    }),
    {
      type: 'SELECT',
      name: 'fixedEventType',
      displayName: 'Event type',
      macrosInSelect: true,
      selectItems: [
        { value: 'PURCHASE', displayValue: 'Purchase' },
        { value: 'PAGE_VIEW', displayValue: 'Page view' },
      ],
      simpleValueType: true,
      help: 'The Snap event type.',
      defaultValue: 'PURCHASE',
      enablingConditions: [{ paramName: 'eventTypeMode', paramValue: 'fixed', type: 'EQUALS' }],
      valueValidators: [{ type: 'NON_EMPTY' }],
      alwaysInSummary: true,
    },
  );
  expectJson(
    select('s', {
      items: [{ value: 'a', displayValue: 'A' }],
      notSetText: 'None',
      subParams: [text('t')],
    }),
    {
      type: 'SELECT',
      name: 's',
      selectItems: [{ value: 'a', displayValue: 'A' }],
      simpleValueType: true,
      notSetText: 'None',
      subParams: [{ type: 'TEXT', name: 't', simpleValueType: true }],
    },
  );
});

test('checkbox', () => {
  expectJson(
    checkbox('sendSnapIds', {
      checkboxText: 'Send Snap identifiers',
      help: 'Adds _vid and the click ID.',
      defaultValue: true,
      subParams: [text('scidCookie', { displayName: 'Cookie' })],
      enablingConditions: [when('mode').equals(true)],
      alwaysInSummary: true,
    }),
    {
      type: 'CHECKBOX',
      name: 'sendSnapIds',
      checkboxText: 'Send Snap identifiers',
      simpleValueType: true,
      help: 'Adds _vid and the click ID.',
      defaultValue: true,
      subParams: [
        { type: 'TEXT', name: 'scidCookie', displayName: 'Cookie', simpleValueType: true },
      ],
      enablingConditions: [{ paramName: 'mode', paramValue: true, type: 'EQUALS' }],
      alwaysInSummary: true,
    },
  );
});

test('radio, items with help and sub-fields', () => {
  expectJson(
    radio('envelopeSource', {
      displayName: 'Envelope source',
      help: 'Where the ATS envelope comes from.',
      items: [
        {
          subParams: [text('envelopeCookie', { defaultValue: '_ident' })],
          displayValue: 'Cookie',
          value: 'cookie',
        },
        { help: 'A variable', displayValue: 'Value', value: 'value' },
      ],
      defaultValue: 'cookie',
      validators: [validate.nonEmpty()],
    }),
    {
      type: 'RADIO',
      name: 'envelopeSource',
      displayName: 'Envelope source',
      radioItems: [
        {
          value: 'cookie',
          displayValue: 'Cookie',
          subParams: [
            {
              type: 'TEXT',
              name: 'envelopeCookie',
              simpleValueType: true,
              defaultValue: '_ident',
            },
          ],
        },
        { value: 'value', displayValue: 'Value', help: 'A variable' },
      ],
      simpleValueType: true,
      help: 'Where the ATS envelope comes from.',
      defaultValue: 'cookie',
      valueValidators: [{ type: 'NON_EMPTY' }],
    },
  );
});

test('group', () => {
  expectJson(
    group('identity', {
      help: 'h',
      subParams: [label('note', { displayName: 'Note' })],
      groupStyle: 'ZIPPY_OPEN',
      displayName: 'Identity',
      enablingConditions: [when('a').equals('b')],
    }),
    {
      type: 'GROUP',
      name: 'identity',
      displayName: 'Identity',
      groupStyle: 'ZIPPY_OPEN',
      subParams: [{ type: 'LABEL', name: 'note', displayName: 'Note' }],
      help: 'h',
      enablingConditions: [{ paramName: 'a', paramValue: 'b', type: 'EQUALS' }],
    },
  );
});

test('label', () => {
  expectJson(
    label('note', { enablingConditions: [when('a').equals('b')], displayName: 'Read me' }),
    {
      type: 'LABEL',
      name: 'note',
      displayName: 'Read me',
      enablingConditions: [{ paramName: 'a', paramValue: 'b', type: 'EQUALS' }],
    },
  );
});

test('simple table: columns get defaultValue "" and GTM key order', () => {
  expectJson(
    simpleTable('customData', {
      displayName: 'Custom data',
      help: 'Extra custom_data entries.',
      newRowButtonText: 'Add entry',
      validators: [validate.tableRowCount(0, 20)],
      columns: [
        {
          name: 'key',
          displayName: 'Key',
          type: 'TEXT',
          isUnique: true,
          validators: [validate.nonEmpty()],
          valueHint: 'description',
        },
        {
          name: 'mode',
          displayName: 'Mode',
          type: 'SELECT',
          defaultValue: 'add',
          items: [{ value: 'add', displayValue: 'Add' }],
        },
      ],
    }),
    {
      type: 'SIMPLE_TABLE',
      name: 'customData',
      displayName: 'Custom data',
      simpleTableColumns: [
        {
          valueValidators: [{ type: 'NON_EMPTY' }],
          defaultValue: '',
          displayName: 'Key',
          name: 'key',
          isUnique: true,
          type: 'TEXT',
          valueHint: 'description',
        },
        {
          defaultValue: 'add',
          displayName: 'Mode',
          name: 'mode',
          type: 'SELECT',
          selectItems: [{ value: 'add', displayValue: 'Add' }],
        },
      ],
      valueValidators: [{ type: 'TABLE_ROW_COUNT', args: [0, 20] }],
      newRowButtonText: 'Add entry',
      help: 'Extra custom_data entries.',
    },
  );
});

test('param table', () => {
  expectJson(
    paramTable('overrides', {
      displayName: 'Overrides',
      newRowButtonText: 'Add',
      newRowTitle: 'New override',
      editRowTitle: 'Edit override',
      columns: [
        { param: text('param', { displayName: 'Parameter' }), isUnique: true },
        { param: checkbox('enabled', { checkboxText: 'On' }), isUnique: false },
      ],
    }),
    {
      type: 'PARAM_TABLE',
      name: 'overrides',
      displayName: 'Overrides',
      paramTableColumns: [
        {
          param: { type: 'TEXT', name: 'param', displayName: 'Parameter', simpleValueType: true },
          isUnique: true,
        },
        {
          param: { type: 'CHECKBOX', name: 'enabled', checkboxText: 'On', simpleValueType: true },
          isUnique: false,
        },
      ],
      newRowButtonText: 'Add',
      newRowTitle: 'New override',
      editRowTitle: 'Edit override',
    },
  );
});

test('validators', () => {
  expectJson(
    [
      validate.nonEmpty(),
      validate.nonEmpty('Required.'),
      validate.positiveNumber(),
      validate.nonNegativeNumber('0 or more.'),
      validate.regex('^a$'),
      validate.stringLength(1, 40, 'Up to 40 characters.'),
      validate.tableRowCount(1, 5),
    ],
    [
      { type: 'NON_EMPTY' },
      { type: 'NON_EMPTY', errorMessage: 'Required.' },
      { type: 'POSITIVE_NUMBER' },
      { type: 'NON_NEGATIVE_NUMBER', errorMessage: '0 or more.' },
      { type: 'REGEX', args: ['^a$'] },
      { type: 'STRING_LENGTH', args: [1, 40], errorMessage: 'Up to 40 characters.' },
      { type: 'TABLE_ROW_COUNT', args: [1, 5] },
    ],
  );
});

test('builders keep item arrays as given and leave their options unchanged', () => {
  const items = [{ value: 'a', displayValue: 'A' }] as const;
  const options = { items, defaultValue: 'a' as const };
  const field = select('s', options);
  expect(field.selectItems).toBe(items);
  expect(options).toEqual({ items, defaultValue: 'a' });
});

test('keys the builders do not know (from JavaScript callers) are kept, after the known ones', () => {
  const options = { clearOnCopy: true, displayName: 'X' } as unknown as Parameters<typeof text>[1];
  expectJson(text('x', options), {
    type: 'TEXT',
    name: 'x',
    displayName: 'X',
    simpleValueType: true,
    clearOnCopy: true,
  });
});
