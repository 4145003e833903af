// A request body parsed once: the schema check (when the request is answered) and the event's
// `bodyJson` (when the firing has ended) read the same text, so the last few parses are kept.
export type ParsedBody = { ok: true; value: unknown } | { ok: false; error: string };

const KEPT = 64;
const recent = new Map<string, ParsedBody>();

export function parseJsonBody(text: string): ParsedBody {
  const known = recent.get(text);
  if (known) return known;
  let parsed: ParsedBody;
  try {
    parsed = { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    parsed = { ok: false, error: (error as Error).message };
  }
  recent.set(text, parsed);
  if (recent.size > KEPT) recent.delete(recent.keys().next().value as string);
  return parsed;
}
