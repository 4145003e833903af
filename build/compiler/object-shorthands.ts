// ES2015 object-literal shorthands, `{ a }` and `{ f() {...} }`, are not in Google's list of the
// sandbox's ES6 features and no published server template uses them [unsure], so the build writes
// them out in ES5 form: `{ a: a }` and `{ f: function() {...} }`. (A method shorthand differs from a
// function expression only in `super` and in not being constructible, neither of which the sandbox has.)
import type { Program } from 'acorn';
import { walk, type AnyNode } from '../sandbox/ast';
import type { EditedText } from './edits';

export function expandObjectShorthands(program: Program, edits: EditedText): void {
  walk(program, (node, ancestors) => {
    if (node.type !== 'Property') return;
    const parent = ancestors[ancestors.length - 1];
    if (parent?.type !== 'ObjectExpression' || node.kind !== 'init' || node.computed) return;
    const key = node.key as AnyNode;
    if (node.shorthand && key.type === 'Identifier') {
      edits.insert(key.start, `${key.name as string}: `);
    } else if (node.method) {
      const value = node.value as AnyNode;
      if (!value.async && !value.generator) edits.insert(key.end, ': function');
    }
  });
}
