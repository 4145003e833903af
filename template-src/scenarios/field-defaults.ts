// The values a new tag gets in GTM: every field's `defaultValue`, flattened out of groups and
// radio/checkbox sub-fields (where GTM delivers them, at the top level of `data`).
import { listFields } from 'sgtm-template';
import type { Field } from 'sgtm-template';

export function fieldDefaults(fields: readonly Field[]): Record<string, unknown> {
  const defaults: Record<string, unknown> = {};
  for (const { field } of listFields(fields)) {
    const f = field as { name?: string; type: string; defaultValue?: unknown };
    if (
      f.name !== undefined &&
      f.defaultValue !== undefined &&
      f.type !== 'GROUP' &&
      f.type !== 'LABEL'
    ) {
      defaults[f.name] = f.defaultValue;
    }
  }
  return defaults;
}
