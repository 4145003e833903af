// The entry GTM runs once per firing.
// `data` is the code's parameter.
import { data } from 'sgtm';
import { runTag } from './flow';

runTag(data);
