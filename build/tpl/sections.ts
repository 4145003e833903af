// The section markers of a `.tpl` file and the order GTM writes them in.

export const SERVER_SECTIONS = [
  '___TERMS_OF_SERVICE___',
  '___INFO___',
  '___TEMPLATE_PARAMETERS___',
  '___SANDBOXED_JS_FOR_SERVER___',
  '___SERVER_PERMISSIONS___',
  '___TESTS___',
  '___NOTES___',
] as const;

export const WEB_SECTIONS = [
  '___TERMS_OF_SERVICE___',
  '___INFO___',
  '___TEMPLATE_PARAMETERS___',
  '___SANDBOXED_JS_FOR_WEB_TEMPLATE___',
  '___WEB_PERMISSIONS___',
  '___TESTS___',
  '___NOTES___',
] as const;

export const KNOWN_SECTIONS: ReadonlySet<string> = new Set<string>([
  ...SERVER_SECTIONS,
  ...WEB_SECTIONS,
]);

/** The sentence GTM writes when the Gallery terms box is ticked (wrapped as GTM wraps it). */
export const GALLERY_TERMS =
  "By creating or modifying this file you agree to Google Tag Manager's Community\n" +
  'Template Gallery Developer Terms of Service available at\n' +
  'https://developers.google.com/tag-manager/gallery-tos (or such other URL as\n' +
  'Google may provide), as modified from time to time.';

/** A marker line is followed by one blank line; a body is followed by two blank lines. */
export const AFTER_MARKER = '\n\n';
export const AFTER_BODY = '\n\n\n';
