// Type tests of the sandbox world: template-src/lib/sandbox.d.ts (noLib), the 'sgtm' declarations and
// `data` typed from field definitions. One TypeScript program checks every snippet (fast); each
// snippet is a file, and the test asserts that file's exact diagnostics.
import { checkSandboxFiles } from './sandbox-program';

const DIR = 'tag/__type_tests__/';

/** Snippets that must fail, with the exact diagnostics (`line:col TScode message`). */
const failing: Record<string, { code: string; expected: string[] }> = {
  'new-date': { code: 'new Date();', expected: ["2:5 TS2304 Cannot find name 'Date'."] },
  'date-now': { code: 'Date.now();', expected: ["2:1 TS2304 Cannot find name 'Date'."] },
  'array-is-array': {
    code: 'Array.isArray([]);',
    expected: ["2:1 TS2693 'Array' only refers to a type, but is being used as a value here."],
  },
  'string-includes': {
    code: "const s: string = 'abc';\ns.includes('b');",
    expected: [
      '3:3 TS2349 This expression is not callable.\n  Type \'NotInSandbox<"s.indexOf(x) >= 0">\' has no call signatures.',
    ],
  },
  // [seen] in a published Gallery client that runs in GTM (build/sandbox/natives.ts).
  'string-starts-with': {
    code: "const s: string = 'abc';\nconst b: boolean = s.startsWith('a');\nif (b) s.trim();",
    expected: [],
  },
  'number-to-fixed': {
    code: 'const n: number = 1;\nn.toFixed(2);',
    expected: [
      '3:3 TS2349 This expression is not callable.\n  Type \'NotInSandbox<"makeString(Math.round(n * 100) / 100), Math from sgtm, then pad">\' has no call signatures.',
    ],
  },
  'array-find': {
    code: 'const a: number[] = [1];\na.find((x: number) => x > 0);',
    expected: [
      '3:3 TS2349 This expression is not callable.\n  Type \'NotInSandbox<"a.filter(f)[0]">\' has no call signatures.',
    ],
  },
  'char-code-at': {
    code: "const s: string = 'a';\ns.charCodeAt(0);",
    expected: [
      "3:3 TS2349 This expression is not callable.\n  Type 'NotInSandbox<\"a lookup string: '0123456789abcdef'.indexOf(s.charAt(i))\">' has no call signatures.",
    ],
  },
  'function-call': {
    code: 'const f = (x: number) => x;\nf.call(undefined, 1);',
    expected: [
      '3:3 TS2349 This expression is not callable.\n  Type \'NotInSandbox<"f(a, b)">\' has no call signatures.',
    ],
  },
  'pad-start': {
    code: "const s: string = '7';\ns.padStart(2, '0');",
    expected: [
      '3:3 TS2349 This expression is not callable.\n  Type \'NotInSandbox<"a loop that prepends the pad">\' has no call signatures.',
    ],
  },
  'call-an-object': {
    code: "import { getAllEventData } from 'sgtm';\nconst o = { a: 1 };\no();\ngetAllEventData()();",
    expected: [
      "4:1 TS2349 This expression is not callable.\n  Type '{ a: number; }' has no call signatures.",
      "5:1 TS2349 This expression is not callable.\n  Type 'EventData' has no call signatures.",
    ],
  },
  'parse-int': { code: "parseInt('1');", expected: ["2:1 TS2304 Cannot find name 'parseInt'."] },
  'is-nan': { code: 'isNaN(1);', expected: ["2:1 TS2304 Cannot find name 'isNaN'."] },
  'math-without-import': {
    code: 'Math.floor(1.5);',
    expected: ["2:1 TS2304 Cannot find name 'Math'."],
  },
  'json-without-import': {
    code: "JSON.parse('1');",
    expected: ["2:1 TS2304 Cannot find name 'JSON'."],
  },
  'object-assign': {
    code: 'Object.assign({}, {});',
    expected: ["2:1 TS2693 'Object' only refers to a type, but is being used as a value here."],
  },
  'string-constructor': {
    code: 'String(1);',
    expected: ["2:1 TS2693 'String' only refers to a type, but is being used as a value here."],
  },
  'console-log': {
    code: "console.log('x');",
    expected: [
      "2:1 TS2584 Cannot find name 'console'. Do you need to change your target library? Try changing the 'lib' compiler option to include 'dom'.",
    ],
  },
  'set-timeout': {
    code: 'setTimeout(() => undefined, 1);',
    expected: ["2:1 TS2304 Cannot find name 'setTimeout'."],
  },
  'encode-uri-component-global': {
    code: "encodeURIComponent('a b');",
    expected: ["2:1 TS2304 Cannot find name 'encodeURIComponent'."],
  },
  'promise-global': {
    code: 'Promise.resolve(1);',
    expected: [
      "2:1 TS2583 Cannot find name 'Promise'. Do you need to change your target library? Try changing the 'lib' compiler option to 'es2015' or later.",
    ],
  },
  'send-http-wrong-option': {
    code: "import { sendHttpRequest } from 'sgtm';\nsendHttpRequest('https://a.example/', { methd: 'POST' });",
    expected: [
      '3:41 TS2769 No overload matches this call.\n' +
        "  Overload 1 of 2, '(url: string, callback: HttpCallback, options?: HttpRequestOptions | undefined, body?: string | undefined): void', gave the following error.\n" +
        "    Object literal may only specify known properties, and 'methd' does not exist in type 'HttpCallback'.\n" +
        "  Overload 2 of 2, '(url: string, options?: HttpRequestOptions | undefined, body?: string | undefined): SandboxPromise<HttpResponse, HttpRequestFailure>', gave the following error.\n" +
        "    Object literal may only specify known properties, but 'methd' does not exist in type 'HttpRequestOptions'. Did you mean to write 'method'?",
    ],
  },
  'send-http-wrong-method': {
    code: "import { sendHttpRequest } from 'sgtm';\nsendHttpRequest('https://a.example/', () => undefined, { method: 'FETCH' });",
    expected: [
      '3:1 TS2769 No overload matches this call.\n' +
        "  Overload 1 of 2, '(url: string, callback: HttpCallback, options?: HttpRequestOptions | undefined, body?: string | undefined): void', gave the following error.\n" +
        "    Type '\"FETCH\"' is not assignable to type 'HttpMethod | undefined'.\n" +
        "  Overload 2 of 2, '(url: string, options?: HttpRequestOptions | undefined, body?: string | undefined): SandboxPromise<HttpResponse, HttpRequestFailure>', gave the following error.\n" +
        "    Type '() => undefined' has no properties in common with type 'HttpRequestOptions'.",
    ],
  },
  'callback-body-may-be-undefined': {
    code: "import { sendHttpRequest } from 'sgtm';\nsendHttpRequest('https://a.example/', (_status, _headers, body) => body.length);",
    expected: ["3:68 TS18048 'body' is possibly 'undefined'."],
  },
  'callback-form-returns-nothing': {
    code: "import { sendHttpRequest } from 'sgtm';\nsendHttpRequest('https://a.example/', () => undefined).then(() => 1);",
    expected: ["3:56 TS2339 Property 'then' does not exist on type 'void'."],
  },
  'rejection-after-then-is-unknown': {
    code:
      "import { sendHttpRequest } from 'sgtm';\n" +
      "sendHttpRequest('https://a.example/').then((r) => r.statusCode).catch((e) => e.reason);",
    expected: ["3:78 TS18046 'e' is of type 'unknown'."],
  },
  'get-cookie-values-number': {
    code: "import { getCookieValues } from 'sgtm';\ngetCookieValues(1);",
    expected: [
      "3:17 TS2345 Argument of type 'number' is not assignable to parameter of type 'string'.",
    ],
  },
  'event-data-is-unknown': {
    code: "import { getEventData } from 'sgtm';\nexport const v: string = getEventData('page_location');",
    expected: ["3:14 TS2322 Type 'unknown' is not assignable to type 'string'."],
  },
  'json-parse-is-unknown': {
    code: "import { JSON } from 'sgtm';\nJSON.parse('{}').events;",
    expected: ["3:1 TS2571 Object is of type 'unknown'."],
  },
  'decode-may-be-undefined': {
    code: "import { decodeUriComponent } from 'sgtm';\nexport const s: string = decodeUriComponent('%41');",
    expected: [
      "3:14 TS2322 Type 'string | undefined' is not assignable to type 'string'.\n  Type 'undefined' is not assignable to type 'string'.",
    ],
  },
  'set-cookie-bad-samesite': {
    code: "import { setCookie } from 'sgtm';\nsetCookie('a', 'b', { samesite: 'Never' });",
    expected: [
      '3:23 TS2322 Type \'"Never"\' is not assignable to type \'"Strict" | "Lax" | "None" | "strict" | "lax" | "none" | undefined\'.',
    ],
  },
  'get-type-union': {
    code: "import { getType } from 'sgtm';\nif (getType(1) === 'integer') { }",
    expected: [
      "3:5 TS2367 This comparison appears to be unintentional because the types 'SandboxType' and '\"integer\"' have no overlap.",
    ],
  },
  'undeclared-data-field': {
    code: "import { data } from 'sgtm';\nexport const v = data.foo;",
    expected: ["3:23 TS2339 Property 'foo' does not exist on type 'TemplateData'."],
  },
  'checkbox-to-string': {
    code: "import { data } from 'sgtm';\nexport const v: string = data.sendSnapIds;",
    expected: [
      "3:14 TS2322 Type 'boolean | undefined' is not assignable to type 'string'.\n  Type 'undefined' is not assignable to type 'string'.",
    ],
  },
  'text-field-is-unknown': {
    code: "import { data } from 'sgtm';\nexport const v: string = data.atsConfigId;",
    expected: ["3:14 TS2322 Type 'unknown' is not assignable to type 'string'."],
  },
  'select-value-union': {
    code: "import { data } from 'sgtm';\nif (data.eventTypeMode === 'other') { }",
    expected: [
      '3:5 TS2367 This comparison appears to be unintentional because the types \'"auto" | "fixed" | undefined\' and \'"other"\' have no overlap.',
    ],
  },
  'group-has-no-value': {
    code: "import { data } from 'sgtm';\nexport const v = data.identity;",
    expected: ["3:23 TS2339 Property 'identity' does not exist on type 'TemplateData'."],
  },
  'data-is-readonly': {
    code: "import { data } from 'sgtm';\ndata.atsConfigId = 'x';",
    expected: ["3:6 TS2540 Cannot assign to 'atsConfigId' because it is a read-only property."],
  },
  'field-values-of-a-definition-object': {
    code:
      "import type { FieldValues } from '../../../build/definition';\n" +
      "import type { fields } from './fields';\n" +
      'type FromList = FieldValues<typeof fields>;\n' +
      'type FromDefinition = FieldValues<{ fields: typeof fields }>;\n' +
      'export const same: FromList = null as unknown as FromDefinition;\n' +
      "export const wrong: FromDefinition['sendSnapIds'] = 'yes';",
    expected: ["7:14 TS2322 Type '\"yes\"' is not assignable to type 'boolean | undefined'."],
  },
  'non-literal-field-name-is-left-out': {
    code:
      "import { text, type FieldValues } from '../../../build/definition';\n" +
      "const name: string = 'x';\n" +
      "const list = [text(name), text('known')] as const;\n" +
      'type V = FieldValues<typeof list>;\n' +
      "export const ok: V['known'] = 1;\n" +
      "export const bad: V['anything'] = 1;",
    expected: ["7:21 TS2339 Property 'anything' does not exist on type 'V'."],
  },
  'select-default-not-an-item': {
    code:
      "import { select } from '../../../build/definition';\n" +
      "select('mode', { items: [{ value: 'a', displayValue: 'A' }], defaultValue: 'b' });",
    expected: ['3:62 TS2322 Type \'"b"\' is not assignable to type \'"a"\'.'],
  },
  'radio-default-not-an-item': {
    code:
      "import { radio } from '../../../build/definition';\n" +
      "radio('src', { items: [{ value: 'cookie', displayValue: 'C' }], defaultValue: 'value' });",
    expected: ['3:65 TS2322 Type \'"value"\' is not assignable to type \'"cookie"\'.'],
  },
};

/** The field definitions the `data` snippets are typed against (a module any tag could write). */
const fieldsModule = `
import { text, select, checkbox, radio, group, simpleTable, paramTable, label, validate, when } from '../../../build/definition';
export const fields = [
  text('atsConfigId', { displayName: 'ATS Configuration ID', validators: [validate.nonEmpty()] }),
  group('identity', {
    displayName: 'Identity',
    groupStyle: 'ZIPPY_OPEN',
    subParams: [
      radio('envelopeSource', {
        displayName: 'Envelope source',
        items: [
          { value: 'cookie', displayValue: 'Cookie', subParams: [text('envelopeCookie', { defaultValue: '_ident' })] },
          { value: 'value', displayValue: 'Value' },
        ],
        defaultValue: 'cookie',
      }),
      checkbox('sendSnapIds', { checkboxText: 'Send Snap identifiers', defaultValue: true, subParams: [text('scidCookie', {})] }),
      label('identityNote', { displayName: 'Note' }),
    ],
  }),
  select('eventTypeMode', { items: [{ value: 'auto', displayValue: 'Auto' }, { value: 'fixed', displayValue: 'Fixed' }], defaultValue: 'auto' }),
  select('fixedEventType', {
    items: [{ value: 'PURCHASE', displayValue: 'Purchase' }],
    macrosInSelect: true,
    enablingConditions: [when('eventTypeMode').equals('fixed')],
  }),
  simpleTable('customData', { columns: [{ name: 'key', displayName: 'Key', type: 'TEXT' }, { name: 'value', displayName: 'Value', type: 'TEXT' }] }),
  paramTable('overrides', { columns: [{ param: text('param', {}), isUnique: true }, { param: checkbox('enabled', { checkboxText: 'On' }), isUnique: false }] }),
] as const;
`;

const augmentation = `
import type { FieldValues } from '../../../build/definition';
import type { fields } from './fields';
declare module 'sgtm' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface TemplateFields extends FieldValues<typeof fields> {}
}
`;

/** Valid sandbox code: must produce no diagnostics at all. */
const valid = `
import {
  data, sendHttpRequest, getType, Object, JSON, Math, Promise, makeString, makeNumber, makeTableMap,
  getCookieValues, getAllEventData, logToConsole, templateDataStorage, getTimestampMillis, toBase64,
  fromBase64, parseUrl, encodeUriComponent, createRegex, testRegex, queryPermission, getContainerVersion,
  callLater, sha256Sync, getRequestHeader,
} from 'sgtm';

// data typed from the fields
const mode: 'auto' | 'fixed' | undefined = data.eventTypeMode;
const fixed: unknown = data.fixedEventType;
const source: 'cookie' | 'value' | undefined = data.envelopeSource;
const snap: boolean | undefined = data.sendSnapIds;
const cookieName: unknown = data.envelopeCookie;
const scid: unknown = data.scidCookie;
const rows = data.customData || [];
const overrideRows = data.overrides || [];
const firstEnabled: boolean | undefined = overrideRows.length > 0 ? overrideRows[0].enabled : undefined;
const map = makeTableMap(rows, 'key', 'value');

// callback form
sendHttpRequest(
  'https://capi.example/send/',
  (statusCode: number, headers: Record<string, string> | undefined, body: string | undefined) => {
    if (statusCode >= 200 && statusCode < 300) data.gtmOnSuccess();
    else data.gtmOnFailure();
    logToConsole(headers ? headers['content-type'] : '', body === undefined ? 0 : body.length);
  },
  { method: 'POST', headers: { 'Content-Type': 'application/json' }, timeout: 5000 },
  JSON.stringify({ events: [] }),
);

// promise form, then/catch/finally
sendHttpRequest('https://capi.example/get/', { method: 'GET' })
  .then((response) => {
    const parsed = JSON.parse(response.body);
    return getType(parsed) === 'object' ? response.statusCode : 0;
  })
  .catch((reason) => {
    logToConsole('failed', reason);
    return -1;
  })
  .finally(() => undefined);
sendHttpRequest('https://capi.example/get/').catch((failure) => failure.reason === 'timed_out');
Promise.all([Promise.create<number>((resolve) => resolve(1)), sendHttpRequest('https://a.example/')]).then(
  (results) => results[0] + results[1].statusCode,
);

// for...of over arrays and strings, for...in, switch, hasOwnProperty, arguments
const event = getAllEventData();
const items = event.items;
let total = 0;
if (getType(items) === 'array') {
  for (const item of items as unknown[]) {
    if (getType(item) === 'object') total += makeNumber((item as { price?: unknown }).price);
  }
}
for (const ch of 'abc') total += ch.length;
for (const key in event) {
  if (event.hasOwnProperty(key)) logToConsole(key);
}
switch (mode) {
  case 'auto':
    total += 1;
    break;
  case 'fixed':
    total += 2;
    break;
  default:
    total += 0;
}
function countArgs(): number {
  return arguments.length;
}

// Object/Math/strings/arrays from the sandbox
const keys: string[] = Object.keys(event);
const values: unknown[] = Object.values(event);
const entries = Object.entries({ a: 1 });
const rounded = Math.round(Math.max(1, 2) * 100) / 100;
const text = makeString(total).trim().toLowerCase().split(',').join('|').slice(0, 10);
const replaced = text.replace('a', 'b').substring(1).charAt(0) + text.indexOf('x');
const matches = text.match('^[0-9]+$');
const regex = createRegex('^a', 'i');
const hit = regex !== null && testRegex(regex, 'abc');
const sorted = [3, 1, 2].sort((a, b) => a - b).map((n) => n * 2).filter((n) => n > 2).concat([9]);
const reduced = sorted.reduce((sum, n) => sum + n, 0);
const cookies: string[] = getCookieValues('_ident');
const allowed: boolean = queryPermission('get_cookies', '_ident');
const stored = templateDataStorage.getItemCopy('k');
templateDataStorage.setItemCopy('k', { at: getTimestampMillis() });
const decoded: string | undefined = fromBase64(toBase64('x', { urlEncoding: true }));
const url = parseUrl('https://a.example/?x=1');
const host: string | undefined = url ? url.hostname : undefined;
const encoded = encodeUriComponent('a b');
const debug: boolean = getContainerVersion().debugMode;
const digest: string = sha256Sync('x', { outputEncoding: 'hex' });
const referer: string | undefined = getRequestHeader('referer');
callLater(() => logToConsole('later'));
Promise.create((resolve) => {
  resolve();
}).then((value: unknown) => value);
const regexPattern = '^a$';

export const used = [
  fixed, source, snap, cookieName, scid, map, firstEnabled, keys, values, entries, rounded, replaced,
  matches, hit, reduced, cookies, allowed, stored, decoded, host, encoded, debug, digest, referer,
  countArgs, regexPattern,
];
`;

let results: Record<string, string[]>;

beforeAll(() => {
  const files: Record<string, string> = {
    [DIR + 'fields.ts']: fieldsModule,
    [DIR + 'augment.ts']: augmentation,
    [DIR + 'valid.ts']: valid,
  };
  for (const [name, { code }] of Object.entries(failing)) {
    files[DIR + name + '.ts'] = 'export {};\n' + code + '\n';
  }
  results = checkSandboxFiles(files);
});

test('no diagnostics outside the snippets (the lib, sgtm.d.ts and build/definition type-check under noLib)', () => {
  const snippetKeys = Object.keys(results).filter((key) => key.startsWith(DIR));
  const others = Object.fromEntries(
    Object.entries(results).filter(([key, list]) => !snippetKeys.includes(key) && list.length > 0),
  );
  expect(others).toEqual({});
});

test('the field definitions and the augmentation type-check', () => {
  expect(results[DIR + 'fields.ts']).toEqual([]);
  expect(results[DIR + 'augment.ts']).toEqual([]);
});

test('valid sandbox code has no diagnostics', () => {
  expect(results[DIR + 'valid.ts']).toEqual([]);
});

describe('code the sandbox cannot run is a compile error', () => {
  test.each(Object.keys(failing))('%s', (name) => {
    expect(results[DIR + name + '.ts']).toEqual(failing[name].expected);
  });
});
