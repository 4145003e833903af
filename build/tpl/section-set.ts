// Which sections a `.tpl` file has, read as GTM's importer reads them: an optional section that is
// missing is empty, a section repeated word for word is one section, a section repeated with a
// different body is an error (which one is meant cannot be known), and sections in another order than
// GTM writes them are read all the same (nothing documents that GTM's importer needs its order, and
// published files such as hand-merged ones are in others). The reader and `check` both use it.
import type { RawSection } from './read';
import { SERVER_SECTIONS, WEB_SECTIONS } from './sections';

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
  const order = orderWarning([...byName.values()], isWeb ? WEB_SECTIONS : SERVER_SECTIONS);
  if (order) problems.push(order);
  for (const name of [
    ...OPTIONAL.slice(0, 1),
    isWeb ? '___WEB_PERMISSIONS___' : '___SERVER_PERMISSIONS___',
    ...OPTIONAL.slice(1),
  ]) {
    missing(name, 'warning', "read as empty, as GTM's importer does");
  }
  return { byName, isWeb, problems };
}

/**
 * One warning for the file (at the first section out of place), not one per section: a file in its
 * own order has every later section "out of order", which says nothing more. Sections that do not
 * belong to this kind of template are `check`'s business, not the order's.
 */
function orderWarning(
  sections: RawSection[],
  order: readonly string[],
): SectionProblem | undefined {
  let latest: RawSection | undefined;
  for (const section of sections) {
    const index = order.indexOf(section.name);
    if (index === -1) continue;
    if (latest && index < order.indexOf(latest.name)) {
      return {
        line: section.markerLine,
        severity: 'warning',
        detail: `${section.name} comes after ${latest.name} (line ${latest.markerLine}); sections are read in any order, but GTM writes ${order.join(', ')}: re-export the template or move the sections`,
      };
    }
    latest = section;
  }
  return undefined;
}
