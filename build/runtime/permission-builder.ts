// Writes permission instances from plain values, the inverse of permissions.plainValue: handy for tests
// and for building a TplFile by hand.
import type { PermissionInstance, TypedValue } from '../tpl/model';
import type { PlainValue } from './permissions';

export function typedValue(value: PlainValue): TypedValue {
  if (typeof value === 'string') return { type: 1, string: value };
  if (typeof value === 'boolean') return { type: 8, boolean: value };
  if (Array.isArray(value)) return { type: 2, listItem: value.map(typedValue) };
  const keys = Object.keys(value);
  return {
    type: 3,
    mapKey: keys.map((k) => typedValue(k)),
    mapValue: keys.map((k) => typedValue(value[k])),
  };
}

/** permission('send_http', { allowedUrls: 'specific', urls: ['https://example.com/'] }) */
export function permission(
  publicId: string,
  params: Record<string, PlainValue> = {},
): PermissionInstance {
  return {
    instance: {
      key: { publicId, versionId: '1' },
      param: Object.keys(params).map((key) => ({ key, value: typedValue(params[key]) })),
    },
    clientAnnotations: { isEditedByUser: true },
    isRequired: true,
  };
}
