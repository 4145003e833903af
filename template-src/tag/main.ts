// Entry point of the sandboxed code: GTM runs this file's top level once per tag firing, with `data`
// as the code's parameter. The work lives in run-tag.ts so that tests can run it with their own
// `data` and environment without importing a module that runs on load.
import { data } from 'sgtm';
import { gtmEnvironment, runTag } from './run-tag';

runTag(data, gtmEnvironment);
