// The value exports of build/types/sgtm.d.ts's `declare module 'sgtm'`, read with the TypeScript parser:
// what the registry test and the conformance test hold the runtime to.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';
import { repoRoot } from './sandbox-program';

/** The names `declare module 'sgtm'` exports as values (`data` included), sorted. */
export function declaredSgtmValues(): string[] {
  const file = path.join(repoRoot, 'build', 'types', 'sgtm.d.ts');
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
  const names = new Set<string>();
  for (const statement of source.statements) {
    if (!ts.isModuleDeclaration(statement) || !statement.body) continue;
    if (!ts.isModuleBlock(statement.body)) continue;
    for (const member of statement.body.statements) {
      if (ts.isFunctionDeclaration(member) && member.name) names.add(member.name.text);
      if (ts.isVariableStatement(member)) {
        for (const declaration of member.declarationList.declarations) {
          if (ts.isIdentifier(declaration.name)) names.add(declaration.name.text);
        }
      }
    }
  }
  return [...names].sort();
}
