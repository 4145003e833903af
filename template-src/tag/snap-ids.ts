// Snap's _scid and click ID.
// The `_scid` cookie, and the click ID from `ScCid` in the URL or the `_scclid` cookie. `_scid` is set
// by the Snap Pixel. Read only: the tag never creates these cookies (doing so without consent is a
// mistake seen in published Snapchat templates).
import { decodeUriComponent } from 'sgtm';
import { isString, stringOf } from './values';

export interface SnapIds {
  scid?: string;
  clickId?: string;
}

/** The first non-empty value of a cookie, trimmed. */
const firstValue = (values: string[]): string | undefined =>
  stringOf(values[0]) || (values.length > 1 ? values.map(stringOf).filter(isString)[0] : undefined);

/** Text with its URI escapes decoded (undefined when malformed); text without `%` has none. */
const decoded = (text: string): string | undefined =>
  text.indexOf('%') < 0 ? text : decodeUriComponent(text);

/** Whether a parameter name is `ScCid` in any case, URI-encoded or not. */
const isClickIdName = (name: string): boolean =>
  ('' + decoded(name)).trim().toLowerCase() === 'sccid';

/**
 * The `ScCid` query parameter of `url`. Parsed by hand rather than with parseUrl, so relative or odd
 * URLs still work and a malformed escape only skips that one parameter.
 */
export function clickIdFromUrl(url: unknown): string | undefined {
  const query = typeof url === 'string' ? url.split('#')[0] : '',
    start = query.indexOf('?');
  for (const pair of start < 0 ? [] : query.substring(start + 1).split('&')) {
    const eq = pair.indexOf('='),
      value =
        eq > 0 && isClickIdName(pair.substring(0, eq))
          ? stringOf(
              decoded(
                pair
                  .substring(eq + 1)
                  .split('+')
                  .join(' '),
              ),
            )
          : undefined;
    if (value) return value;
  }
  return undefined;
}

/** `_scid` from its cookie; the click ID from the page URL, else from `_scclid` (read only then). */
export function snapIds(pageLocation: unknown, scid: string[], scclid: () => string[]): SnapIds {
  // Keys left undefined are absent from what is serialised.
  return { scid: firstValue(scid), clickId: clickIdFromUrl(pageLocation) || firstValue(scclid()) };
}

/**
 * `url` with every `ScCid` value passed through `mask`, so a logged page URL does not reveal the click
 * ID: in the query, and conservatively wherever it looks like a parameter (after `#`, `/` or `;`, as
 * single-page apps and malformed URLs write it), although the tag reads it only from the query.
 */
export function maskClickIdInUrl(url: string, mask: (value: string) => string): string {
  // A name that is ScCid in any case, or one with an escape that may decode to it: most URLs have none.
  if (url.indexOf('%') < 0 && url.toLowerCase().indexOf('sccid') < 0) return url;
  let out = '',
    from = 0;
  // From each "=" back to the separator its name follows (an "=" first: it is inside a value).
  for (let eq = url.indexOf('='); eq >= 0; eq = url.indexOf('=', eq + 1)) {
    let at = eq;
    while (at > from && '?&#/;='.indexOf(url.charAt(at - 1)) < 0) at--;
    if (!at || at === eq || url.charAt(at - 1) === '=' || !isClickIdName(url.substring(at, eq))) {
      continue;
    }
    const amp = url.indexOf('&', eq),
      hash = url.indexOf('#', eq),
      end = amp < 0 ? (hash < 0 ? url.length : hash) : hash < 0 || amp < hash ? amp : hash;
    if (eq >= end - 1) continue;
    out = out + url.substring(from, eq + 1) + mask(url.substring(eq + 1, end));
    from = eq = end;
  }
  return out + url.substring(from);
}
