// Splits a query string (or one line of a gtag batch body) into decoded parameters, never throwing:
// a parameter whose percent-encoding cannot be decoded is dropped and named in a note.

export interface ParsedParams {
  /** Decoded `[name, value]` pairs in order; a repeated name appears once per occurrence. */
  params: [string, string][];
  notes: string[];
}

const decode = (text: string): string => decodeURIComponent(text.replace(/\+/g, ' '));

/** Like decodeURIComponent, but returns undefined instead of throwing on malformed input. */
export function tryDecode(text: string): string | undefined {
  try {
    return decode(text);
  } catch {
    return undefined;
  }
}

export function parseParams(text: string): ParsedParams {
  const out: ParsedParams = { params: [], notes: [] };
  for (const part of text.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const rawName = eq < 0 ? part : part.slice(0, eq);
    const rawValue = eq < 0 ? '' : part.slice(eq + 1);
    const name = tryDecode(rawName);
    const value = tryDecode(rawValue);
    if (name === undefined || value === undefined) {
      out.notes.push(`${rawName.slice(0, 40)} dropped: its percent-encoding cannot be decoded`);
      continue;
    }
    out.params.push([name, value]);
  }
  return out;
}
