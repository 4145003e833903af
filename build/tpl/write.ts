// Writes the `TplFile` model as the text of a `.tpl` file, section by section in GTM's order.
import { parse as parseYaml } from 'yaml';
import { stringifyGtmJson } from './gtm-json';
import type { TplFile } from './model';
import { AFTER_BODY, AFTER_MARKER } from './sections';
import { sameTests, stringifyTestsYaml, testsFromYamlValue } from './tests-yaml';

function section(marker: string, body: string): string {
  return `${marker}${AFTER_MARKER}${body}${AFTER_BODY}`;
}

/**
 * The `___TESTS___` body: the YAML as read when it still says the same as `tests` (so re-writing a
 * GTM export keeps GTM's own YAML layout), else YAML generated from `tests`.
 */
function testsBody(tpl: TplFile): string {
  if (tpl.testsYaml !== undefined) {
    try {
      if (sameTests(testsFromYamlValue(parseYaml(tpl.testsYaml)), tpl.tests)) {
        return tpl.testsYaml;
      }
    } catch {
      // Unparseable raw YAML: fall through to the generated form.
    }
  }
  return stringifyTestsYaml(tpl.tests);
}

export function writeTpl(tpl: TplFile): string {
  const parts: string[] = [];
  if (tpl.preamble !== undefined) parts.push(tpl.preamble);
  if (tpl.termsOfService !== undefined) {
    parts.push(section('___TERMS_OF_SERVICE___', tpl.termsOfService));
  }
  parts.push(section('___INFO___', stringifyGtmJson(tpl.info)));
  parts.push(section('___TEMPLATE_PARAMETERS___', stringifyGtmJson(tpl.parameters)));
  parts.push(section(tpl.codeSection, tpl.code));
  parts.push(section(tpl.permissionsSection, stringifyGtmJson(tpl.permissions)));
  parts.push(section('___TESTS___', testsBody(tpl)));
  parts.push(section('___NOTES___', tpl.notes));
  return parts.join('');
}
