// defineTemplate's build-time checks: the definition comes back unchanged when valid; otherwise one
// error lists every problem, each naming the field by its path and saying what to change.
import {
  checkbox,
  defineTemplate,
  describeDefinitionProblems,
  group,
  paramTable,
  radio,
  select,
  simpleTable,
  text,
  validate,
  when,
  type Field,
  type TemplateDefinition,
} from '../../definition';

const info = {
  displayName: 'Example',
  description: 'Sends events.',
  categories: ['ADVERTISING'],
  brand: { id: 'brand_dummy', displayName: 'example' },
};

function definition(fields: readonly Field[]): TemplateDefinition {
  return { info, fields, code: './tag/main.ts', scope: { logging: 'debug' } };
}

test('a valid definition is returned as given', () => {
  const def = {
    info,
    fields: [
      text('a'),
      group('g', {
        subParams: [
          select('mode', {
            items: [
              { value: 'x', displayValue: 'X' },
              { value: 'y', displayValue: 'Y' },
            ],
            defaultValue: 'x',
          }),
          checkbox('flag', { checkboxText: 'Flag' }),
        ],
      }),
      text('b', { enablingConditions: [when('mode').equals('y'), when('flag').equals(true)] }),
    ],
    code: './tag/main.ts',
    scope: {},
    notes: 'n',
    termsOfService: true,
  } as const;
  expect(defineTemplate(def)).toBe(def);
});

test('duplicate names anywhere in the tree are an error naming both places', () => {
  const fields = [
    text('id'),
    group('g', {
      subParams: [
        radio('r', {
          items: [{ value: 'a', displayValue: 'A', subParams: [text('id')] }],
        }),
      ],
    }),
  ];
  expect(() => defineTemplate(definition(fields))).toThrow(
    'template definition is invalid:\n' +
      "  - fields[1].subParams[0].radioItems[0].subParams[0] ('id'): duplicate field name, already used by fields[0]; every field needs its own name",
  );
});

test('names inside a param table only need to be unique within the table', () => {
  const fields = [
    text('id'),
    paramTable('rows', {
      columns: [
        { param: text('id'), isUnique: true },
        { param: text('id'), isUnique: false },
      ],
    }),
  ];
  expect(describeDefinitionProblems(definition(fields))).toEqual([
    "fields[1] ('rows'): column param name 'id' appears twice",
  ]);
});

test('defaults, items, conditions, validators, names and table columns are checked', () => {
  // Built as plain objects, as a JavaScript caller could (the builders' types forbid most of these).
  const fields = [
    {
      type: 'SELECT',
      name: 'mode',
      selectItems: [
        { value: 'a', displayValue: 'A' },
        { value: 'a', displayValue: 'A2' },
      ],
      simpleValueType: true,
      defaultValue: 'b',
    },
    text('bad-name'),
    text('gtmOnSuccess'),
    text('t', {
      validators: [validate.regex('^(a$'), validate.stringLength(5, 2)],
      enablingConditions: [
        when('mode').equals('c'),
        when('nothing').equals('x'),
        when('flag').equals('yes'),
      ],
    }),
    checkbox('flag', { checkboxText: 'F' }),
    simpleTable('table', {
      columns: [
        { name: 'k', displayName: 'K', type: 'TEXT' },
        { name: 'k', displayName: 'K2', type: 'TEXT' },
      ],
    }),
    simpleTable('empty', { columns: [] }),
  ] as unknown as Field[];
  expect(describeDefinitionProblems(definition(fields))).toEqual([
    "fields[1]: field name 'bad-name' is not an identifier; use letters, digits and _ (it becomes data.bad-name)",
    "fields[2] ('gtmOnSuccess'): the name is reserved for the callback GTM passes in data; rename it",
    "fields[0] ('mode'): item value 'a' appears twice",
    "fields[0] ('mode'): defaultValue 'b' is not one of the items ('a', 'a')",
    "fields[3] ('t'): REGEX validator pattern does not compile (Invalid regular expression: /^(a$/: Unterminated group)",
    "fields[3] ('t'): STRING_LENGTH needs 0 <= min <= max, got [5, 2]",
    "fields[3] ('t'): enabling condition compares 'mode' with 'c', which is not one of its items ('a', 'a')",
    "fields[3] ('t'): enabling condition refers to field 'nothing', which does not exist",
    "fields[3] ('t'): enabling condition compares checkbox 'flag' with a string; use when('flag').equals(true) or .equals(false)",
    "fields[5] ('table'): column name 'k' appears twice",
    "fields[6] ('empty'): a table needs at least one column",
  ]);
});

test('a select with macrosInSelect accepts any condition value', () => {
  const fields = [
    select('m', { items: [{ value: 'a', displayValue: 'A' }], macrosInSelect: true }),
    text('t', { enablingConditions: [when('m').equals('{{Some Variable}}')] }),
  ];
  expect(describeDefinitionProblems(definition(fields))).toEqual([]);
});

test('info, code and scope are checked', () => {
  const bad = {
    info: {
      displayName: ' ',
      description: '',
      categories: [],
      brand: { id: '', displayName: 'x' },
    },
    fields: [],
    code: './tag/main',
  } as unknown as TemplateDefinition;
  expect(describeDefinitionProblems(bad)).toEqual([
    'info.displayName is empty; give the name GTM shows for the template',
    'info.description is empty; describe in one sentence what the template does',
    "info.brand.id is empty; use 'github.com_<owner>' or 'brand_dummy'",
    "code must be the path of the sandbox entry module, relative to the definition, e.g. './tag/main.ts'",
    'scope is missing; declare what the code may touch, e.g. { logging: "debug" }',
  ]);
});

test('fields that are not a list are reported', () => {
  const bad = { ...definition([]), fields: undefined } as unknown as TemplateDefinition;
  expect(describeDefinitionProblems(bad)).toEqual([
    'fields must be an array of fields built with text(), select(), checkbox()...',
  ]);
});

test('conditions inside a param table name the other columns of the row', () => {
  const fields = [
    text('outside'),
    paramTable('rows', {
      columns: [
        { param: checkbox('on', { checkboxText: 'On' }), isUnique: false },
        {
          param: text('value', { enablingConditions: [when('on').equals(true)] }),
          isUnique: false,
        },
        {
          param: text('other', { enablingConditions: [when('outside').equals('x')] }),
          isUnique: false,
        },
      ],
    }),
  ];
  expect(describeDefinitionProblems(definition(fields))).toEqual([
    "fields[1].paramTableColumns[2].param ('other'): enabling condition refers to field 'outside', which does not exist",
  ]);
});
