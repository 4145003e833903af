// Every link between the docs lands: the file exists, and a #fragment names one of its headings
// (GitHub's anchors: lower case, punctuation dropped, spaces to dashes).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DOC_FILES, ROOT } from './doc-files';

/** GitHub's anchor of a heading's text. */
export function anchorOf(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

function anchors(file: string): Set<string> {
  const text = fs.readFileSync(path.join(ROOT, file), 'utf8').replace(/```[\s\S]*?```/g, '');
  return new Set([...text.matchAll(/^#{1,6} (.+)$/gm)].map((m) => anchorOf(m[1])));
}

test('a heading anchor is what GitHub makes of it', () => {
  expect(anchorOf('2. The web container (the website)')).toBe('2-the-web-container-the-website');
  expect(anchorOf('custom_data: GA4 parameter → adapter key')).toBe(
    'custom_data-ga4-parameter--adapter-key',
  );
  expect(anchorOf('`sgtm-template serve`: a local server-side tagging endpoint')).toBe(
    'sgtm-template-serve-a-local-server-side-tagging-endpoint',
  );
});

test.each(DOC_FILES)('%s: every link to a doc or a heading lands', (file) => {
  const text = fs.readFileSync(path.join(ROOT, file), 'utf8').replace(/```[\s\S]*?```/g, '');
  const broken: string[] = [];
  for (const m of text.matchAll(/\]\(([^)\s]+)\)/g)) {
    const target = m[1];
    if (/^[a-z]+:/.test(target)) continue;
    const [where, fragment] = target.split('#');
    const linked = where ? path.normalize(path.join(path.dirname(file), where)) : file;
    if (!fs.existsSync(path.join(ROOT, linked))) broken.push(`${target}: no such file`);
    else if (fragment !== undefined && linked.endsWith('.md') && !anchors(linked).has(fragment))
      broken.push(`${target}: ${linked} has no heading #${fragment}`);
  }
  expect(broken).toEqual([]);
});
