import type { Position, SourceRange } from '../types';

/**
 * Converts offsets in a text to 0-based line/character positions and back. Line breaks are LF, CRLF and
 * a lone CR. Line starts are found on demand, only as far into the text as a question needs (a finding
 * near the top of a long file does not index all of it), with `indexOf` rather than a loop over every
 * character.
 */
export class LineIndex {
  private readonly starts = [0];
  /** Where the next LF and CR are (-1: none left); undefined until the first look. */
  private nextLf: number | undefined;
  private nextCr: number | undefined;
  private complete = false;

  constructor(readonly text: string) {}

  get lineCount(): number {
    this.findStartsBeyond(Infinity);
    return this.starts.length;
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const starts = this.starts;
    if (starts[starts.length - 1] <= clamped) this.findStartsBeyond(clamped);
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid] <= clamped) low = mid;
      else high = mid - 1;
    }
    // An offset inside a line break (between CR and LF) is the end of the line's content.
    return { line: low, character: Math.min(clamped, this.lineEnd(low)) - starts[low] };
  }

  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (!this.knowsLine(position.line)) return this.text.length;
    const start = this.starts[position.line];
    return Math.min(start + Math.max(0, position.character), this.lineEnd(position.line));
  }

  rangeOf(startOffset: number, endOffset: number): SourceRange {
    return { start: this.positionAt(startOffset), end: this.positionAt(endOffset) };
  }

  /** Offset of the end of the line's content, before its line break. */
  lineEnd(line: number): number {
    this.knowsLine(line + 1);
    const starts = this.starts;
    const next = line + 1 < starts.length ? starts[line + 1] : this.text.length;
    let end = next;
    if (end > starts[line] && this.text.charCodeAt(end - 1) === 10) end--;
    if (end > starts[line] && this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  lineText(line: number): string {
    const end = this.lineEnd(line);
    return this.text.slice(this.starts[line], end);
  }

  /** Whether the line exists, finding line starts up to it. */
  private knowsLine(line: number): boolean {
    while (this.starts.length <= line && this.findStartsBeyond(this.starts[this.starts.length - 1]));
    return line < this.starts.length;
  }

  /** Adds line starts until one lies beyond `offset`; false when there is none. */
  private findStartsBeyond(offset: number): boolean {
    if (this.complete) return false;
    const text = this.text;
    const starts = this.starts;
    let lf = (this.nextLf ??= text.indexOf('\n'));
    let cr = (this.nextCr ??= text.indexOf('\r'));
    let found = false;
    while (cr !== -1 || lf !== -1) {
      let start: number;
      if (lf === -1 || (cr !== -1 && cr < lf)) {
        start = cr + 1;
        cr = text.indexOf('\r', start);
        if (start === lf) continue; // in CRLF the LF starts the next line
      } else {
        start = lf + 1;
        lf = text.indexOf('\n', start);
      }
      starts.push(start);
      if (start > offset) {
        found = true;
        break;
      }
    }
    this.nextLf = lf;
    this.nextCr = cr;
    if (!found) this.complete = true;
    return found;
  }
}
