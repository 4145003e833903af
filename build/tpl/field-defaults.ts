// The values a freshly created tag holds in GTM: every field's `defaultValue`, nested fields included
// (a group's, a radio item's and a checkbox's subParams).

function collect(fields: unknown, into: Record<string, unknown>): void {
  if (!Array.isArray(fields)) return;
  for (const field of fields) {
    if (!field || typeof field !== 'object') continue;
    const f = field as Record<string, unknown>;
    if (typeof f.name === 'string' && 'defaultValue' in f && f.type !== 'GROUP') {
      into[f.name] = f.defaultValue;
    }
    collect(f.subParams, into);
    if (Array.isArray(f.radioItems)) {
      for (const item of f.radioItems) collect((item as Record<string, unknown>).subParams, into);
    }
  }
}

/** `{name: defaultValue}` for every field of a template's `___TEMPLATE_PARAMETERS___` that has one. */
export function fieldDefaults(parameters: unknown): Record<string, unknown> {
  const defaults: Record<string, unknown> = {};
  collect(parameters, defaults);
  return defaults;
}
