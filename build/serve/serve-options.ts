// What `sgtm-template serve` runs, from its settings: the template read from its file, the project's
// serve setup (if any), and who answers the template's requests (see answer-requests.ts).
import * as fs from 'node:fs';
import { tplLines } from '../runtime/tpl-lines';
import type { RecordedResponse } from '../runtime/types';
import type { TplFile } from '../tpl/model';
import { readTpl } from '../tpl/read';
import { answerRequests } from './answer-requests';
import type { PreviewServerOptions } from './preview-server';
import type { LoadedSetup } from './setup';

export interface ServeSettings {
  /** The .tpl file, as the user named it. */
  file: string;
  /** The file's text and the template read from it, when the caller has them already. */
  text?: string;
  tpl?: TplFile;
  fields: Record<string, unknown>;
  /** The project's serve setup; none: a generic send panel, only --respond answers. */
  setup?: LoadedSetup;
  /** --respond's answers, tried before the setup's mocks. */
  respond?: RecordedResponse[];
  live?: boolean;
}

/** The server's options, and how the start line names who answers requests. Throws when the file is unreadable. */
export function serveOptions(settings: ServeSettings): {
  options: PreviewServerOptions;
  requestsLabel: string;
} {
  const text = settings.text ?? fs.readFileSync(settings.file, 'utf8');
  const { send, label } = answerRequests(settings);
  return {
    options: {
      tpl: settings.tpl ?? readTpl(text, settings.file),
      fileName: settings.file,
      codeLine: tplLines(text, settings.file).code - 1,
      fields: settings.fields,
      send,
      requests: settings.live ? 'live' : 'mock',
      setup: settings.setup,
    },
    requestsLabel: label,
  };
}
