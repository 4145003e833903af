// Writes permission instances from plain values (with the one codec, permissions/typed-values.ts):
// handy for tests and for building a TplFile by hand.
import type { PermissionInstance } from '../tpl/model';
import { typedValue, type PlainValue } from '../permissions/typed-values';

export { typedValue };

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
