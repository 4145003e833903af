// The sandboxed code's entry: GTM runs this once per firing, with `data` as the code's parameter.
import { data } from 'sgtm';
import { runTag } from './flow';

runTag(data);
