// Text edits that remember where every output character came from, so that a position in the
// rewritten code can be traced back to the esbuild output (and from there through its source map).

interface Edit {
  start: number;
  end: number;
  text: string;
}

interface Segment {
  outStart: number;
  inStart: number;
  length: number;
  /** Inserted text maps every character to `inStart`. */
  inserted: boolean;
}

export class EditedText {
  private readonly edits: Edit[] = [];

  constructor(readonly input: string) {}

  replace(start: number, end: number, text: string): void {
    this.edits.push({ start, end, text });
  }

  remove(start: number, end: number): void {
    this.replace(start, end, '');
  }

  insert(at: number, text: string): void {
    this.replace(at, at, text);
  }

  /** Whether the character at `offset` is deleted by an edit. */
  isRemoved(offset: number): boolean {
    return this.edits.some((e) => e.start <= offset && offset < e.end);
  }

  /** Removes the lines that the range [start, end) covers, including their line break. */
  removeLines(start: number, end: number): void {
    const lineStart = this.input.lastIndexOf('\n', start - 1) + 1;
    const nextBreak = this.input.indexOf('\n', end);
    this.remove(lineStart, nextBreak === -1 ? this.input.length : nextBreak + 1);
  }

  apply(): MappedText {
    const edits = [...this.edits].sort((a, b) => a.start - b.start || a.end - b.end);
    const segments: Segment[] = [];
    let out = '';
    let cursor = 0;
    const keep = (from: number, to: number) => {
      if (to <= from) return;
      segments.push({ outStart: out.length, inStart: from, length: to - from, inserted: false });
      out += this.input.slice(from, to);
    };
    for (const edit of edits) {
      if (edit.start < cursor) {
        throw new Error(`overlapping edits at offset ${edit.start} (internal error of the build)`);
      }
      keep(cursor, edit.start);
      if (edit.text !== '') {
        segments.push({
          outStart: out.length,
          inStart: edit.start,
          length: edit.text.length,
          inserted: true,
        });
        out += edit.text;
      }
      cursor = edit.end;
    }
    keep(cursor, this.input.length);
    return new MappedText(out, segments);
  }
}

export class MappedText {
  constructor(
    readonly text: string,
    private readonly segments: Segment[],
  ) {}

  /** The input offset an output offset came from. */
  inputOffset(outOffset: number): number {
    let low = 0;
    let high = this.segments.length - 1;
    let found: Segment | undefined;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if (this.segments[mid].outStart <= outOffset) {
        found = this.segments[mid];
        low = mid + 1;
      } else {
        high = mid - 1;
      }
    }
    if (!found) return 0;
    return found.inserted ? found.inStart : found.inStart + (outOffset - found.outStart);
  }
}

/** Line starts of a text, for offset ↔ (line, column) conversions. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.starts.push(i + 1);
  }

  /** 1-based line, 0-based column. */
  position(offset: number): { line: number; column: number } {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - this.starts[low] };
  }

  offset(line: number, column: number): number {
    return (this.starts[line - 1] ?? 0) + column;
  }
}
