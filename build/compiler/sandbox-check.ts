// The sandbox checker: parses template code as GTM runs it (the body of `function(data) {...}`) and
// reports every construct, global and native method that Google's sandboxed JavaScript lacks, each
// with what to write instead. Used on the build's output and by `sgtm-template check` on .tpl files.
import type { Program } from 'acorn';
import { analyzeAsFunctionBody, parseScript, walk, type AnyNode } from '../sandbox/ast';
import type { Diagnostic } from './diagnostic';
import { API_OBJECTS } from '../sandbox/apis';
import { insteadOf, REMOVED_NATIVE_METHODS } from '../sandbox/natives';
import type { PositionMapper } from './source-position';

export interface SandboxCheckOptions {
  mapPosition: PositionMapper;
  /** 'ts': advice speaks of `import { x } from 'sgtm'`; 'js': of `require('x')`. */
  dialect: 'ts' | 'js';
  /**
   * Findings where Google's documentation is silent and published templates don't show the answer
   * (ES2015 object-literal forms): errors for our own build, warnings for third-party .tpl files.
   */
  unsureSeverity: Diagnostic['severity'];
  /** Offsets to skip (code esbuild generated, reported separately). */
  ignore?: (offset: number) => boolean;
  /** Globals reported elsewhere (the build's removed `import * as sgtm`). */
  ignoreGlobals?: ReadonlySet<string>;
}

const ALLOWED_GLOBALS = new Set(['data', 'require', 'undefined']);

function apiAdvice(name: string, dialect: SandboxCheckOptions['dialect']): string {
  return dialect === 'ts' ? `import { ${name} } from 'sgtm'` : `const ${name} = require('${name}')`;
}

function globalAdvice(name: string, dialect: SandboxCheckOptions['dialect']): string {
  const api = (api: string, how: string) => `${how} (${apiAdvice(api, dialect)})`;
  switch (name) {
    case 'JSON':
    case 'Math':
    case 'Object':
    case 'Promise':
      return apiAdvice(name, dialect);
    case 'Date':
      return api('getTimestampMillis', 'use getTimestampMillis()');
    case 'parseInt':
      return api('makeInteger', 'use makeInteger(x)');
    case 'parseFloat':
    case 'Number':
      return api('makeNumber', 'use makeNumber(x)');
    case 'String':
      return api('makeString', 'use makeString(x)');
    case 'Array':
      return api('getType', "use an array literal, and getType(x) === 'array' to test");
    case 'console':
      return api('logToConsole', 'use logToConsole(...)');
    case 'setTimeout':
    case 'setInterval':
    case 'queueMicrotask':
      return api('callLater', 'use callLater(fn)');
    case 'encodeURIComponent':
      return api('encodeUriComponent', 'use encodeUriComponent(x)');
    case 'encodeURI':
      return api('encodeUri', 'use encodeUri(x)');
    case 'decodeURIComponent':
      return api('decodeUriComponent', 'use decodeUriComponent(x)');
    case 'decodeURI':
      return api('decodeUri', 'use decodeUri(x)');
    case 'RegExp':
      return api('createRegex', 'use createRegex(pattern, flags)');
    case 'btoa':
      return api('toBase64', 'use toBase64(x)');
    case 'atob':
      return api('fromBase64', 'use fromBase64(x)');
    case 'isNaN':
    case 'NaN':
      return "test x !== x for NaN, or check getType(x) === 'number' first";
    case 'Infinity':
      return 'use a large literal such as 1e308, or compare against a limit';
    case 'Boolean':
      return 'use !!x';
    default:
      return `declare it, or if it is a sandbox API, ${apiAdvice(name, dialect)}`;
  }
}

function functionProblems(node: AnyNode): string[] {
  const problems: string[] = [];
  if (node.async) {
    problems.push(
      'async functions are not supported by the sandbox; chain .then() on the promise the API returns',
    );
  }
  if (node.generator) {
    problems.push('generators are not supported by the sandbox; build and return an array instead');
  }
  return problems;
}

/** The problem with one node, or undefined when the sandbox accepts it. */
function nodeProblem(node: AnyNode, parent: AnyNode | undefined): string | undefined {
  switch (node.type) {
    case 'NewExpression':
      return '`new` does not exist in the sandbox; create values with literals or with factory APIs (Promise.create, createRegex)';
    case 'ThisExpression':
      return '`this` does not exist in the sandbox; pass the object to the function as a parameter';
    case 'ClassDeclaration':
    case 'ClassExpression':
      return 'classes are not supported by the sandbox; use functions that return object literals';
    case 'TemplateLiteral':
      if (parent?.type === 'TaggedTemplateExpression') return undefined;
      return "template literals are not supported by the sandbox; concatenate with + ('a' + b + 'c')";
    case 'TaggedTemplateExpression':
      return 'tagged template literals are not supported by the sandbox; call a function with string arguments';
    case 'SpreadElement':
      return 'spread (...x) is not supported by the sandbox; copy properties in a for...in loop, or join arrays with concat()';
    case 'RestElement':
      return 'rest elements (...x) are not supported by the sandbox; pass an array, or read `arguments`';
    case 'ObjectPattern':
      return 'destructuring is not supported by the sandbox; read each property into its own variable (const a = obj.a;)';
    case 'ArrayPattern':
      return 'destructuring is not supported by the sandbox; read each element into its own variable (const a = list[0];)';
    case 'TryStatement':
      return 'try/catch is not supported by the sandbox; check values with getType() before using them and report failure with data.gtmOnFailure()';
    case 'ThrowStatement':
      return 'throw is not supported by the sandbox; return early and call data.gtmOnFailure() (an uncaught error ends the tag without either callback)';
    case 'Literal':
      if (node.regex) {
        return "regular-expression literals are not supported by the sandbox; use createRegex()/testRegex() from 'sgtm', or pass a pattern string to match()/replace()";
      }
      if (node.bigint !== undefined)
        return 'BigInt literals are not supported by the sandbox; use numbers';
      if (
        typeof node.value === 'number' &&
        typeof node.raw === 'string' &&
        node.raw.includes('_')
      ) {
        return 'numeric separators are not supported by the sandbox; write the number without _';
      }
      return undefined;
    case 'UnaryExpression':
      return node.operator === 'delete'
        ? "`delete` is not supported by the sandbox; use Object.delete(obj, key) (Object from 'sgtm')"
        : undefined;
    case 'ChainExpression':
      return 'optional chaining (?.) is not supported by the sandbox; test each step (a && a.b)';
    case 'LogicalExpression':
      return node.operator === '??'
        ? '`??` is not supported by the sandbox; write (x === undefined || x === null ? fallback : x)'
        : undefined;
    case 'BinaryExpression':
      return node.operator === '**'
        ? "`**` is not supported by the sandbox; use Math.pow(a, b) (Math from 'sgtm')"
        : undefined;
    case 'AssignmentExpression':
      if (node.operator === '**=') {
        return "`**=` is not supported by the sandbox; write x = Math.pow(x, y) (Math from 'sgtm')";
      }
      if (node.operator === '??=' || node.operator === '||=' || node.operator === '&&=') {
        const op = (node.operator as string).slice(0, 2);
        return op === '??'
          ? '`??=` is not supported by the sandbox; write if (x === undefined || x === null) x = y;'
          : `\`${op}=\` is not supported by the sandbox; write x = x ${op} y`;
      }
      return undefined;
    case 'AssignmentPattern':
      return 'default values are not supported by the sandbox; check for undefined in the function body (if (x === undefined) x = ...)';
    case 'Property':
      return node.kind === 'get' || node.kind === 'set'
        ? 'getters and setters are not supported by the sandbox; use a plain property or a function'
        : undefined;
    case 'LabeledStatement':
      return 'labels are not supported by the sandbox; use a flag variable, or move the loop into a function and return';
    case 'WithStatement':
      return '`with` is not supported by the sandbox; refer to the object explicitly';
    case 'DebuggerStatement':
      return '`debugger` is not supported by the sandbox; remove it';
    case 'ImportExpression':
      return "dynamic import() is not supported by the sandbox; import APIs from 'sgtm' at the top of the file";
    case 'MetaProperty':
      return `${(node.meta as AnyNode & { name: string }).name}.${(node.property as AnyNode & { name: string }).name} is not supported by the sandbox; remove it`;
    case 'AwaitExpression':
      return '`await` is not supported by the sandbox; chain .then() on the promise';
    case 'YieldExpression':
      return undefined; // reported on the generator function
    default:
      return undefined;
  }
}

function objectLiteralProblem(node: AnyNode): string | undefined {
  if (node.computed) {
    return "computed property names ({ [key]: value }) are not among the sandbox's documented ES6 features; create the object, then assign obj[key] = value";
  }
  if (node.shorthand) {
    return "shorthand properties ({ a }) are not among the sandbox's documented ES6 features; write { a: a }";
  }
  if (node.method) {
    return "method shorthand ({ f() {} }) is not among the sandbox's documented ES6 features; write { f: function() {} }";
  }
  return undefined;
}

function memberName(node: AnyNode): string | undefined {
  if (node.type !== 'MemberExpression') return undefined;
  const property = node.property as AnyNode;
  if (!node.computed && property.type === 'Identifier') return property.name as string;
  if (node.computed && property.type === 'Literal' && typeof property.value === 'string') {
    return property.value;
  }
  return undefined;
}

/** Names bound to `require('<API object>')` (JSON, Math, ...): calls on them are API calls. */
function apiObjectNames(program: Program): Set<string> {
  const names = new Set<string>();
  walk(program, (node) => {
    if (node.type !== 'VariableDeclarator') return;
    const id = node.id as AnyNode;
    const init = node.init as AnyNode | null;
    if (id.type !== 'Identifier' || !init || init.type !== 'CallExpression') return;
    const callee = init.callee as AnyNode;
    const [arg] = init.arguments as AnyNode[];
    if (
      callee.type === 'Identifier' &&
      callee.name === 'require' &&
      arg?.type === 'Literal' &&
      typeof arg.value === 'string' &&
      API_OBJECTS.has(arg.value)
    ) {
      names.add(id.name as string);
    }
  });
  return names;
}

export function checkSandboxCode(code: string, options: SandboxCheckOptions): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const report = (offset: number, message: string, severity: Diagnostic['severity'] = 'error') => {
    if (options.ignore?.(offset)) return;
    // In a .tpl, APIs come from require(), not from the 'sgtm' module of our TypeScript.
    const text =
      options.dialect === 'js' ? message.replace(/ from 'sgtm'/g, ' via require()') : message;
    diagnostics.push({ ...options.mapPosition(offset), message: text, severity });
  };

  let program: Program;
  try {
    program = parseScript(code);
  } catch (error) {
    const syntax = error as SyntaxError & { pos?: number };
    report(
      syntax.pos ?? 0,
      `syntax error: ${syntax.message.replace(/ \(\d+:\d+\)$/, '')}; the sandbox runs ECMAScript 5.1 plus const/let and arrow functions`,
    );
    return diagnostics;
  }

  const apiObjects = apiObjectNames(program);
  walk(program, (node, ancestors) => {
    const parent = ancestors[ancestors.length - 1];
    const problem = nodeProblem(node, parent);
    if (problem) report(node.start, problem);
    if (node.type === 'Property' && parent?.type === 'ObjectExpression') {
      const problem = objectLiteralProblem(node);
      if (problem) report(node.start, problem, options.unsureSeverity);
    }
    if (
      node.type === 'FunctionDeclaration' ||
      node.type === 'FunctionExpression' ||
      node.type === 'ArrowFunctionExpression'
    ) {
      for (const message of functionProblems(node)) report(node.start, message);
    }
    if (node.type === 'CallExpression') {
      const callee = node.callee as AnyNode;
      const name = memberName(callee);
      const object = callee.object as AnyNode | undefined;
      const onApiObject = object?.type === 'Identifier' && apiObjects.has(object.name as string);
      if (name !== undefined && !onApiObject && REMOVED_NATIVE_METHODS.has(name)) {
        report(
          (callee.property as AnyNode).start,
          `.${name}() is not one of the sandbox's native methods; ${insteadOf(name)}`,
        );
      }
    }
  });

  // Globals: everything the code reads that it neither declares nor receives as `data`.
  const scopes = analyzeAsFunctionBody(program);
  const seen = new Set<string>();
  for (const reference of scopes.globalScope!.through) {
    const identifier = reference.identifier as unknown as AnyNode & { name: string };
    const name = identifier.name;
    if (name === 'require') continue;
    if (options.ignoreGlobals?.has(name)) continue;
    if (ALLOWED_GLOBALS.has(name) || seen.has(`${name}@${identifier.start}`)) continue;
    seen.add(`${name}@${identifier.start}`);
    report(
      identifier.start,
      `\`${name}\` is not defined in the sandbox (only \`data\` and \`require\` are global); ${globalAdvice(name, options.dialect)}`,
    );
  }

  // require(): GTM finds the APIs (and so the permissions) a template uses from string literals.
  walk(program, (node, ancestors) => {
    if (node.type !== 'Identifier' || node.name !== 'require') return;
    const parent = ancestors[ancestors.length - 1];
    const isCallee = parent?.type === 'CallExpression' && parent.callee === node;
    const isProperty =
      parent?.type === 'MemberExpression' && parent.property === node && !parent.computed;
    const isKey = parent?.type === 'Property' && parent.key === node && !parent.computed;
    if (isProperty || isKey) return;
    if (!isCallee) {
      report(
        node.start,
        "require can only be called directly, with one string literal (require('sendHttpRequest'))",
      );
      return;
    }
    const args = parent.arguments as AnyNode[];
    if (args.length !== 1 || args[0].type !== 'Literal' || typeof args[0].value !== 'string') {
      report(
        node.start,
        "require() takes one string literal naming the API (GTM derives permissions from it), e.g. require('sendHttpRequest')",
      );
    }
  });

  return diagnostics;
}
