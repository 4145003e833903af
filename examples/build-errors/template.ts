// A template with two mistakes the build refuses, for docs/toolchain.md ("sgtm-template build").
import { defineTemplate, text } from 'sgtm-template';

export default defineTemplate({
  info: {
    displayName: 'Build errors',
    description: 'Logs a greeting without the logging permission, with a template literal.',
    categories: ['UTILITY'],
    brand: { id: 'brand_dummy', displayName: 'Example' },
  },
  fields: [text('greeting', { displayName: 'Greeting' })],
  code: './main.ts',
  scope: {},
});
