// What GTM's Community Template Gallery takes from the repository root: template.tpl (the same bytes as
// dist/template.tpl), metadata.yaml, LICENSE and README.md, and an ___INFO___ it can list.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { readTpl } from '../../build/tpl/read';
import { listFields } from '../../build/definition/field-checks';

const ROOT = path.join(__dirname, '..', '..');
const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');
const tpl = readTpl(read('template.tpl'), 'template.tpl');

test('template.tpl at the root is dist/template.tpl, byte for byte (run npm run build)', () => {
  expect(read('template.tpl') === read('dist/template.tpl')).toBe(true);
});

test('LICENSE is Apache-2.0 and README.md is at most 25 KB', () => {
  expect(read('LICENSE')).toContain('Apache License');
  expect(read('LICENSE')).toContain('Version 2.0');
  expect(Buffer.byteLength(read('README.md'))).toBeLessThanOrEqual(25 * 1024);
});

test('metadata.yaml has homepage, documentation and versions of a commit sha and change notes', () => {
  const metadata = parse(read('metadata.yaml')) as {
    homepage: string;
    documentation: string;
    versions: { sha: string; changeNotes: string }[];
  };
  const pkg = JSON.parse(read('package.json'));
  expect(metadata.homepage).toBe(pkg.homepage);
  expect(metadata.documentation).toBe(pkg['sgtm-template'].documentation);
  expect(metadata.versions.length).toBeGreaterThan(0);
  for (const version of metadata.versions) {
    expect(version.sha).toMatch(/^[0-9a-f]{40}$/);
    expect(typeof version.changeNotes).toBe('string');
    expect(version.changeNotes.trim()).not.toBe('');
  }
});

describe('___INFO___', () => {
  const info = tpl.info as unknown as {
    description: string;
    brand: { id: string; displayName: string; thumbnail: string };
  };

  test('the description is at most 200 characters, as GTM asks', () => {
    expect(info.description.length).toBeLessThanOrEqual(200);
    expect(info.description.length).toBeGreaterThan(40);
  });

  test('the brand is ours, with a PNG thumbnail of at most 8 KB', () => {
    expect(info.brand.id).toBe('github.com_snapchat-capi-ats');
    expect(info.brand.displayName).not.toBe('');
    const prefix = 'data:image/png;base64,';
    expect(info.brand.thumbnail.startsWith(prefix)).toBe(true);
    const png = Buffer.from(info.brand.thumbnail.slice(prefix.length), 'base64');
    expect(png.subarray(0, 8)).toEqual(
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    );
    expect(png.length).toBeLessThanOrEqual(8 * 1024);
  });
});

describe('the fields', () => {
  const fields = listFields(tpl.parameters as never).map(
    ({ field }) => field as unknown as Record<string, unknown>,
  );

  test('no table has defaultValue: [] (no published template has one)', () => {
    const tables = fields.filter((f) => f.type === 'PARAM_TABLE' || f.type === 'SIMPLE_TABLE');
    expect(tables.length).toBeGreaterThan(0);
    for (const table of tables) expect(table).not.toHaveProperty('defaultValue');
  });

  test('help text uses only the tags published templates use: a, b, strong, i, br, ul, li', () => {
    const helps = fields.map((f) => f.help).filter((h): h is string => typeof h === 'string');
    expect(helps.length).toBeGreaterThan(10);
    const tags = new Set(
      helps.flatMap((h) => [...h.matchAll(/<\/?([a-zA-Z0-9]+)/g)].map((m) => m[1])),
    );
    expect(
      [...tags].filter((t) => !['a', 'b', 'strong', 'i', 'br', 'ul', 'li'].includes(t)),
    ).toEqual([]);
  });
});
