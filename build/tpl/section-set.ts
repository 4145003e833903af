// Which sections a `.tpl` file has, read as GTM's importer reads them: an optional section that is
// missing is empty, a section repeated word for word is one section, and a section repeated with a
// different body is an error (which one is meant cannot be known). The reader and `check` both use it.
import type { RawSection } from './read';

export interface SectionProblem {
  /** 1-based line of the marker the problem is about (1 for a missing section). */
  line: number;
  severity: 'error' | 'warning';
  detail: string;
}

export interface SectionSet {
  /** Each section once: the first of identical repeats. */
  byName: Map<string, RawSection>;
  isWeb: boolean;
  problems: SectionProblem[];
}

/** Read as empty when absent; a warning says so. */
const OPTIONAL = ['___TEMPLATE_PARAMETERS___', '___TESTS___', '___NOTES___'];

export function sectionSet(sections: RawSection[]): SectionSet {
  const byName = new Map<string, RawSection>();
  const problems: SectionProblem[] = [];
  for (const section of sections) {
    const first = byName.get(section.name);
    if (!first) {
      byName.set(section.name, section);
    } else if (first.body === section.body) {
      problems.push({
        line: section.markerLine,
        severity: 'warning',
        detail: `${section.name} appears twice (lines ${first.markerLine} and ${section.markerLine}), the same both times; it is read once, as GTM's importer does: remove one`,
      });
    } else {
      problems.push({
        line: section.markerLine,
        severity: 'error',
        detail: `${section.name} appears twice (lines ${first.markerLine} and ${section.markerLine}) with different contents; keep the one you mean`,
      });
    }
  }
  const isWeb =
    byName.has('___SANDBOXED_JS_FOR_WEB_TEMPLATE___') &&
    !byName.has('___SANDBOXED_JS_FOR_SERVER___');
  const missing = (name: string, severity: SectionProblem['severity'], detail: string) => {
    if (!byName.has(name))
      problems.push({ line: 1, severity, detail: `missing section ${name}; ${detail}` });
  };
  missing('___INFO___', 'error', 'a GTM export always has it (re-export the template)');
  missing(
    isWeb ? '___SANDBOXED_JS_FOR_WEB_TEMPLATE___' : '___SANDBOXED_JS_FOR_SERVER___',
    'error',
    'a GTM export always has it (re-export the template)',
  );
  for (const name of [
    ...OPTIONAL.slice(0, 1),
    isWeb ? '___WEB_PERMISSIONS___' : '___SERVER_PERMISSIONS___',
    ...OPTIONAL.slice(1),
  ]) {
    missing(name, 'warning', "read as empty, as GTM's importer does");
  }
  return { byName, isWeb, problems };
}
