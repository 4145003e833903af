// Traces a position in the final template code back to the TypeScript source: through the edits
// made to esbuild's output, then through esbuild's source map.
import {
  eachMapping,
  GREATEST_LOWER_BOUND,
  LEAST_UPPER_BOUND,
  originalPositionFor,
  TraceMap,
} from '@jridgewell/trace-mapping';
import { LineIndex, type MappedText } from './edits';
import type { Origin } from './esbuild-renames';

export interface SourcePosition {
  file: string;
  /** 1-based */
  line: number;
  /** 1-based */
  col: number;
}

export type PositionMapper = (outputOffset: number) => SourcePosition;

/** esbuild's output with its source map, parsed once for every mapper made from it. */
export interface TracedBundle {
  trace: TraceMap;
  lines: LineIndex;
}

export function traceBundle(bundleCode: string, bundleMap: string): TracedBundle {
  return { trace: new TraceMap(bundleMap), lines: new LineIndex(bundleCode) };
}

export function sourcePositionMapper(
  { trace, lines: bundleLines }: TracedBundle,
  edited: MappedText,
  fallbackFile: string,
): PositionMapper {
  const outputLines = new LineIndex(edited.text);
  return (outputOffset) => {
    const { line, column } = bundleLines.position(edited.inputOffset(outputOffset));
    for (const bias of [GREATEST_LOWER_BOUND, LEAST_UPPER_BOUND] as const) {
      const original = originalPositionFor(trace, { line, column, bias });
      if (original.source !== null && original.line !== null && original.column !== null) {
        return { file: original.source, line: original.line, col: original.column + 1 };
      }
    }
    // Code esbuild generated itself (helpers) has no source: point at the output instead.
    const out = outputLines.position(outputOffset);
    return { file: fallbackFile, line: out.line, col: out.column + 1 };
  };
}

/** For a `.tpl` being checked: positions are lines of the file itself. */
export function tplPositionMapper(
  code: string,
  file: string,
  firstCodeLine: number,
): PositionMapper {
  const lines = new LineIndex(code);
  return (offset) => {
    const { line, column } = lines.position(offset);
    return { file, line: firstCodeLine + line - 1, col: column + 1 };
  };
}

/**
 * For an offset in esbuild's output: the source module it comes from and, where esbuild renamed an
 * identifier, the name it has in the source (esbuild records those in the map's `names`).
 */
export function bundleOrigin({ trace, lines }: TracedBundle): Origin {
  const names = new Map<string, string>();
  eachMapping(trace, (m) => {
    if (m.name !== null) names.set(`${m.generatedLine}:${m.generatedColumn}`, m.name);
  });
  return (offset) => {
    const { line, column } = lines.position(offset);
    const original = originalPositionFor(trace, { line, column });
    if (original.source === null) return undefined;
    const name = names.get(`${line}:${column}`);
    return name === undefined ? { file: original.source } : { file: original.source, name };
  };
}
