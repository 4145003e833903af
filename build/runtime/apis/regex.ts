// createRegex / testRegex. The regex is made by the caller's realm so String.replace/match accept it.

export type RegexFactory = (pattern: string, flags: string) => RegExp;

/** Null when the pattern or flags are invalid [unsure: GTM's exact answer is undocumented]. */
export const createRegexApi =
  (make: RegexFactory = (p, f) => new RegExp(p, f)) =>
  (pattern: unknown, flags?: unknown): RegExp | null => {
    try {
      return make(String(pattern), flags === undefined ? '' : String(flags));
    } catch {
      return null;
    }
  };

/** Whether the regex matches; resets lastIndex first so a global regex gives the same answer twice. */
export const testRegex = (regex: unknown, text: unknown): boolean => {
  if (Object.prototype.toString.call(regex) !== '[object RegExp]') return false;
  const re = regex as RegExp;
  re.lastIndex = 0;
  return RegExp.prototype.test.call(re, String(text));
};
