// The files a command is given, read the one way every command reports them: a missing or unreadable
// file is one line naming it (exit 2); a .tpl that does not parse is one line with its place and what
// is wrong (exit 2) for the commands that run it. `check` reads the text the same way and gives its
// own verdict on the contents.
import * as fs from 'node:fs';
import type { TplFile } from '../tpl/model';
import { readTplFile, TplError, type TplWarning } from '../tpl/read';
import { InputError } from './command';

/** `file: no such file` and the like, for a file the user named. */
export function unreadable(file: string, error: unknown, what = 'file'): InputError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new InputError(`${file}: no such ${what}`);
  if (code === 'EISDIR') return new InputError(`${file}: is a folder, not a ${what}`);
  return new InputError(`${file}: cannot read it (${code ?? String(error)})`);
}

export function readInputText(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw unreadable(file, error);
  }
}

/** Every named file readable, before a command starts on the first: the first that is not, reported. */
export function readInputTexts(files: string[]): string[] {
  return files.map(readInputText);
}

/** A .tpl's parsed form; one line with the place and the problem when it is not a readable .tpl. */
export function parseInputTpl(
  text: string,
  file: string,
): { tpl: TplFile; warnings: TplWarning[] } {
  try {
    return readTplFile(text, file);
  } catch (error) {
    if (error instanceof TplError) {
      throw new InputError(
        `${error.message} (not a readable .tpl file; \`sgtm-template check ${file}\` lists every problem)`,
      );
    }
    throw error;
  }
}
