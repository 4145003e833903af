// The response callback is guarded: even if sendHttpRequest called back several times, the tag would
// call gtmOnSuccess/gtmOnFailure only once. (jest.doMock + require: the esbuild transform does not
// hoist jest.mock above imports.)
import type { TemplateData } from 'sgtm';

jest.doMock('sgtm', () => ({
  ...jest.requireActual('sgtm'),
  getContainerVersion: () => ({ debugMode: false }),
  sendHttpRequest: (_url: string, callback: (status: number) => void) => {
    callback(200);
    callback(500);
    callback(0);
  },
}));

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { gtmEnvironment, runTag } = require('../../template-src/tag/run-tag');

it('calls one callback once when the request callback fires three times', () => {
  const data = {
    atsConfigId: 'cfg',
    requireIdentity: false,
    gtmOnSuccess: jest.fn(),
    gtmOnFailure: jest.fn(),
  };
  const env = {
    ...gtmEnvironment,
    eventData: () => ({ event_name: 'page_view', event_id: 'x' }),
    nowMs: () => 1,
  };
  runTag(data as unknown as TemplateData, env);
  expect(data.gtmOnSuccess).toHaveBeenCalledTimes(1);
  expect(data.gtmOnFailure).not.toHaveBeenCalled();
});
