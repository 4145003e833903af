// Snap's own identifiers: the `_scid` cookie, and the click ID from `ScCid` in the URL or `_scclid`.
// `_scid` is set by the Snap Pixel. Read only: the tag never creates these cookies (doing so without
// consent is a mistake seen in published Snapchat templates).
import { decodeUriComponent } from 'sgtm';
import { isString } from './values';

export interface SnapIds {
  scid?: string;
  clickId?: string;
}

/** The first non-empty value of a cookie. */
export function firstCookieValue(values: string[]): string | undefined {
  for (const v of values) {
    const t = v.trim();
    if (t.length > 0) return t;
  }
  return undefined;
}

/**
 * The `ScCid` query parameter of `url`, its name matched case-insensitively (`sccid`, `SCCID`), or
 * undefined. Parsed by hand rather than with parseUrl so that relative or odd URLs still work and a
 * malformed escape only skips that one parameter.
 */
export function clickIdFromUrl(url: unknown): string | undefined {
  if (!isString(url)) return undefined;
  let query = url;
  const hash = query.indexOf('#');
  if (hash >= 0) query = query.substring(0, hash);
  const start = query.indexOf('?');
  if (start < 0) return undefined;
  for (const pair of query.substring(start + 1).split('&')) {
    const eq = pair.indexOf('=');
    if (eq <= 0) continue;
    const name = decodeUriComponent(pair.substring(0, eq));
    if (!isString(name) || name.trim().toLowerCase() !== 'sccid') continue;
    const value = decodeUriComponent(
      pair
        .substring(eq + 1)
        .split('+')
        .join(' '),
    );
    if (isString(value) && value.trim().length > 0) return value.trim();
  }
  return undefined;
}

/** `_scid` from its cookie; the click ID from the page URL first, else from the `_scclid` cookie. */
export function snapIds(
  pageLocation: unknown,
  scidValues: string[],
  scclidValues: string[],
): SnapIds {
  const ids: SnapIds = {};
  const scid = firstCookieValue(scidValues);
  if (scid) ids.scid = scid;
  const clickId = clickIdFromUrl(pageLocation) || firstCookieValue(scclidValues);
  if (clickId) ids.clickId = clickId;
  return ids;
}

/** The query part's `ScCid` values (names URI-decoded, any case) passed through `mask`. */
function maskQuery(query: string, mask: (value: string) => string): string {
  const out: string[] = [];
  for (const pair of query.split('&')) {
    const eq = pair.indexOf('=');
    const name = eq > 0 ? decodeUriComponent(pair.substring(0, eq)) : undefined;
    if (isString(name) && name.trim().toLowerCase() === 'sccid' && eq < pair.length - 1) {
      out.push(pair.substring(0, eq + 1) + mask(pair.substring(eq + 1)));
    } else {
      out.push(pair);
    }
  }
  return out.join('&');
}

/**
 * Any `ScCid=` value after `?`, `&`, `#`, `/` or `;` — in the fragment (`#ScCid=…`), or in a malformed
 * URL (`/p&ScCid=…`) — passed through `mask`. Masking is idempotent for `redact`, so values the query
 * pass already masked are unchanged.
 */
function maskAnywhere(text: string, mask: (value: string) => string): string {
  // Compared six characters at a time rather than on a lower-cased copy: lower-casing can change the
  // length of some characters (e.g. "İ"), which would shift every index after them.
  let out = '';
  let from = 0;
  let at = 0;
  while (at + 6 <= text.length) {
    const before = at === 0 ? '' : text.charAt(at - 1);
    const isParam =
      before === '#' || before === '?' || before === '&' || before === '/' || before === ';';
    if (!isParam || text.substring(at, at + 6).toLowerCase() !== 'sccid=') {
      at++;
      continue;
    }
    const start = at + 6;
    let end = start;
    while (end < text.length && text.charAt(end) !== '&' && text.charAt(end) !== '#') end++;
    if (end > start) {
      out = out + text.substring(from, start) + mask(text.substring(start, end));
      from = end;
    }
    at = end > start ? end : start;
  }
  return out + text.substring(from);
}

/**
 * `url` with the value of every `ScCid` parameter passed through `mask`, so a logged page URL does not
 * reveal the click ID — in the query (names URI-decoded), and conservatively anywhere else it looks
 * like a parameter (fragments of single-page apps, malformed URLs), although the tag reads it only
 * from the query.
 */
export function maskClickIdInUrl(url: string, mask: (value: string) => string): string {
  const hash = url.indexOf('#');
  const beforeHash = hash >= 0 ? url.substring(0, hash) : url;
  const start = beforeHash.indexOf('?');
  const queryMasked =
    start < 0
      ? url
      : beforeHash.substring(0, start + 1) +
        maskQuery(beforeHash.substring(start + 1), mask) +
        (hash >= 0 ? url.substring(hash) : '');
  return maskAnywhere(queryMasked, mask);
}
