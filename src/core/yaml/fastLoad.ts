import { isScalar, Schema } from 'yaml';
import { isPresent } from './fields';
import { recordText } from './loadedText';

/**
 * A fast path for loading the YAML that manifests are written in: block mappings with plain keys, block
 * sequences, plain and quoted one-line scalars, one-line flow sequences of scalars, literal and folded block
 * scalars, comments. It reads the text once, line by line, and builds the data and the offsets `locate`
 * needs, without the `yaml` package's token stream and node objects, which cost about twice as much.
 *
 * The `yaml` package stays the definition of what the text means: this loader gives up (returns undefined)
 * on anything outside that subset or anything it would have to guess about — anchors, aliases, tags, flow
 * mappings, multi-line plain or quoted scalars, escapes, keep-chomping, tabs, CR line ends, duplicate keys,
 * document markers, syntax errors — and the caller then parses with `yaml`. Where it does load a text, its
 * data and offsets are the same as `yaml`'s: a differential property test over generated and mutated
 * manifests holds it to that (`test/unit/fast-load.test.ts`, and `npm run fuzz`).
 */

export type FastNode = FastScalar | FastMap | FastSeq;

export interface FastScalar {
  kind: 'scalar';
  /** Offsets of the value as `yaml` gives them in `node.range[0..1]` (quotes and block headers included). */
  start: number;
  end: number;
  isNull: boolean;
}

export interface FastMap {
  kind: 'map';
  start: number;
  keys: string[];
  /** Start and end offset of each key, two numbers per key. */
  keyOffsets: number[];
  values: FastNode[];
}

export interface FastSeq {
  kind: 'seq';
  start: number;
  /** The end offset of a flow sequence (`[…]`); undefined for a block sequence, whose end `yaml` sets by its own rules. */
  end: number | undefined;
  items: FastNode[];
}

export interface FastLoaded {
  data: Record<string, unknown>;
  root: FastMap;
}

/** Collections nested deeper than this are left to `yaml` (and its depth limit in `parse.ts`). */
const MAX_FAST_DEPTH = 64;
/** `yaml` rejects implicit keys longer than this. */
const MAX_IMPLICIT_KEY_LENGTH = 1024;

/** What the fast path does not interpret: C0/C1 controls other than LF and CR, the BOM, Unicode line separators. */
// eslint-disable-next-line no-control-regex -- matching control characters is this pattern's purpose
const UNHANDLED_CHARACTERS = /[\x00-\x09\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufeff]/;
/** A CR that is not part of a CRLF. */
const LONE_CR = /\r(?!\n)/;

/** Thrown inside the loader to give up; never escapes `fastLoad`. */
class Unhandled extends Error {}
const UNHANDLED = new Unhandled();
function giveUp(): never {
  throw UNHANDLED;
}

const SPACE = 32;
const NEWLINE = 10;
const CARRIAGE_RETURN = 13;
const HASH = 35;
const COLON = 58;
const DASH = 45;
const DOUBLE_QUOTE = 34;
const SINGLE_QUOTE = 39;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const COMMA = 44;
const PIPE = 124;
const GREATER = 62;
const BACKSLASH = 92;

export function fastLoad(text: string): FastLoaded | undefined {
  if (UNHANDLED_CHARACTERS.test(text) || (text.includes('\r') && LONE_CR.test(text))) return undefined;
  try {
    return new FastLoader(text).load();
  } catch (error) {
    if (error === UNHANDLED) return undefined;
    throw error;
  }
}

interface Line {
  /** Offset of the line's first character. */
  start: number;
  /** Offset of the end of the line's content (its LF or CRLF, or the end of the text). */
  end: number;
  indent: number;
  /** Blank (spaces only) or a comment line. */
  empty: boolean;
}

class FastLoader {
  /** Offset of the start of the line to read next. Line ends are LF or CRLF; a line's `end` is before either. */
  private next = 0;

  constructor(private readonly text: string) {}

  load(): FastLoaded {
    const first = this.peekContentLine();
    if (!first || first.indent !== 0) giveUp();
    const data: Record<string, unknown> = {};
    const root = this.blockMap(0, data, 0, undefined);
    if (this.peekContentLine()) giveUp(); // content after the root mapping ended: not ours to judge
    return { data, root };
  }

  // --- lines ---------------------------------------------------------------------------------------

  private lineAt(start: number): Line {
    const text = this.text;
    const end = this.lineEndFrom(start);
    let position = start;
    while (position < end && text.charCodeAt(position) === SPACE) position++;
    const empty = position === end || text.charCodeAt(position) === HASH;
    return { start, end, indent: position - start, empty };
  }

  /** The next line with content (not blank, not a comment), without consuming it; undefined at the end. */
  private peekContentLine(): Line | undefined {
    let start = this.next;
    while (start < this.text.length) {
      const line = this.lineAt(start);
      if (!line.empty) {
        this.checkNotDocumentMarker(line);
        return line;
      }
      start = this.nextLineStart(line.end);
    }
    return undefined;
  }

  /** The next line that is not blank (a comment counts), without consuming it. */
  private peekNonBlankLine(): Line | undefined {
    let start = this.next;
    while (start < this.text.length) {
      const line = this.lineAt(start);
      if (line.indent < line.end - line.start) return line;
      start = this.nextLineStart(line.end);
    }
    return undefined;
  }

  private checkNotDocumentMarker(line: Line): void {
    if (line.indent !== 0) return;
    const text = this.text;
    const first = text.charCodeAt(line.start);
    if (first === 37 /* % */) giveUp();
    if ((first === DASH || first === 46) /* . */ && text.startsWith(first === DASH ? '---' : '...', line.start)) giveUp();
  }

  /** Consumes up to and including the line break at `end`. */
  private advancePast(end: number): void {
    this.next = this.nextLineStart(end);
  }

  /** The start of the line after the line break at `end` (LF or CRLF). */
  private nextLineStart(end: number): number {
    return this.text.charCodeAt(end) === CARRIAGE_RETURN ? end + 2 : end + 1;
  }

  // --- collections ---------------------------------------------------------------------------------

  /**
   * The pairs of a block mapping whose keys stand at column `indent`. `firstKeyAt` is given when the first
   * key has already been located (a mapping that starts on a `- ` line).
   */
  private blockMap(indent: number, data: Record<string, unknown>, depth: number, firstKeyAt: number | undefined): FastMap {
    if (depth > MAX_FAST_DEPTH) giveUp();
    const map: FastMap = { kind: 'map', start: -1, keys: [], keyOffsets: [], values: [] };
    let keyAt = firstKeyAt;
    for (;;) {
      if (keyAt === undefined) {
        const line = this.peekContentLine();
        if (!line || line.indent < indent) break;
        if (line.indent > indent) giveUp();
        keyAt = line.start + indent;
      }
      const { key, end: keyEnd } = this.key(keyAt);
      if (Object.prototype.hasOwnProperty.call(data, key) || key === '__proto__') giveUp();
      if (map.start === -1) map.start = keyAt;
      map.keys.push(key);
      map.keyOffsets.push(keyAt, keyEnd);
      const value = this.value(keyEnd + 1, indent, true, depth, data, key);
      map.values.push(value);
      keyAt = undefined;
    }
    if (map.start === -1) giveUp();
    return map;
  }

  /** A block sequence whose `-` stand at column `indent`. */
  private blockSeq(indent: number, data: unknown[], depth: number): FastSeq {
    if (depth > MAX_FAST_DEPTH) giveUp();
    const text = this.text;
    const seq: FastSeq = { kind: 'seq', start: -1, end: undefined, items: [] };
    for (;;) {
      const line = this.peekContentLine();
      if (!line || line.indent < indent) break;
      if (line.indent > indent) giveUp();
      const dashAt = line.start + indent;
      if (text.charCodeAt(dashAt) !== DASH) break; // the mapping this sequence is a value of goes on
      const after = text.charCodeAt(dashAt + 1);
      if (after !== SPACE && dashAt + 1 !== line.end) giveUp();
      if (seq.start === -1) seq.start = dashAt;
      const index = data.length;
      let contentAt = dashAt + 1;
      while (contentAt < line.end && text.charCodeAt(contentAt) === SPACE) contentAt++;
      if (contentAt < line.end && text.charCodeAt(contentAt) !== HASH && this.startsCompactPair(contentAt, line.end)) {
        // `- key: value` starts a mapping at the key's column.
        const item: Record<string, unknown> = {};
        data.push(item);
        seq.items.push(this.blockMap(contentAt - line.start, item, depth + 1, contentAt));
      } else {
        seq.items.push(this.value(dashAt + 1, indent, false, depth, data, index));
      }
    }
    if (seq.start === -1) giveUp();
    return seq;
  }

  /** Whether a list item (`-` followed by a space or the line end) starts at `at`. */
  private startsListItem(at: number, lineEnd: number): boolean {
    return this.text.charCodeAt(at) === DASH && (at + 1 === lineEnd || this.text.charCodeAt(at + 1) === SPACE);
  }

  /** Whether a key (plain or quoted, followed by `:` and a space or the line end) starts at `at`. */
  private startsKey(at: number, lineEnd: number): boolean {
    const text = this.text;
    const first = text.charCodeAt(at);
    if (first !== DOUBLE_QUOTE && first !== SINGLE_QUOTE) return this.startsCompactPair(at, lineEnd);
    const close = text.indexOf(String.fromCharCode(first), at + 1);
    if (close === -1 || close >= lineEnd) return false;
    // Not exact for quotes with escapes or doubled quotes; those end in a give-up either way.
    return text.charCodeAt(close + 1) === COLON && (close + 2 >= lineEnd || text.charCodeAt(close + 2) === SPACE);
  }

  /** Whether a `key:` (a plain key followed by `:` and a space or the line end) starts at `at`. */
  private startsCompactPair(at: number, lineEnd: number): boolean {
    const text = this.text;
    let position = at;
    while (position < lineEnd && isKeyCharacter(text.charCodeAt(position))) position++;
    if (position === at || text.charCodeAt(position) !== COLON) return false;
    return position + 1 === lineEnd || text.charCodeAt(position + 1) === SPACE;
  }

  /** A key such as `riskClassification` or `"x-note"` starting at `at`, followed by `:`; gives up on any other key. */
  private key(at: number): { key: string; end: number } {
    const text = this.text;
    const first = text.charCodeAt(at);
    let key: string;
    let end: number;
    if (first === DOUBLE_QUOTE || first === SINGLE_QUOTE) {
      const quoted = this.quoted(at, this.lineEndFrom(at));
      key = quoted.value;
      end = quoted.end;
    } else {
      if (!((first >= 65 && first <= 90) || (first >= 97 && first <= 122) || first === 95)) giveUp();
      end = at + 1;
      while (isKeyCharacter(text.charCodeAt(end))) end++;
      key = text.slice(at, end);
      if (typeof resolvePlain(key) !== 'string') giveUp(); // `true:`, `null:` are not text keys
    }
    if (text.charCodeAt(end) !== COLON) giveUp();
    const after = text.charCodeAt(end + 1);
    if (after !== SPACE && after !== NEWLINE && after !== CARRIAGE_RETURN && end + 1 !== text.length) giveUp();
    if (end - at > MAX_IMPLICIT_KEY_LENGTH) giveUp();
    return { key, end };
  }

  // --- values --------------------------------------------------------------------------------------

  /**
   * The value that starts after a `key:` or a `- ` at offset `from` of the current line, in a collection
   * whose entries stand at column `indent`. Stores it into `parent[slot]` and returns its node.
   */
  private value(
    from: number,
    indent: number,
    inMap: boolean,
    depth: number,
    parent: Record<string, unknown> | unknown[],
    slot: string | number,
  ): FastNode {
    const text = this.text;
    const lineEnd = this.lineEndFrom(from);
    let at = from;
    while (at < lineEnd && text.charCodeAt(at) === SPACE) at++;
    const first = at < lineEnd ? text.charCodeAt(at) : NEWLINE;

    if (first === NEWLINE || (first === HASH && at > from)) {
      this.advancePast(lineEnd);
      return this.valueOnNextLines(indent, inMap, depth, parent, slot, from);
    }
    if (at === from && first !== NEWLINE) giveUp(); // `key:value` is not a pair; `-x` is not an item
    let node: FastNode;
    let end: number;
    if (first === DOUBLE_QUOTE || first === SINGLE_QUOTE) {
      const quoted = this.quoted(at, lineEnd);
      setSlot(parent, slot, quoted.value);
      node = { kind: 'scalar', start: at, end: quoted.end, isNull: false };
      end = quoted.end;
    } else if (first === OPEN_BRACKET) {
      const items: unknown[] = [];
      setSlot(parent, slot, items);
      node = this.flowSeq(at, lineEnd, items);
      end = node.end!;
    } else if (first === PIPE || first === GREATER) {
      return this.blockScalar(at, lineEnd, indent, parent, slot);
    } else {
      return this.plain(at, lineEnd, indent, parent, slot);
    }
    this.checkLineRest(end, lineEnd);
    this.advancePast(lineEnd);
    // A more indented line after a one-line value would continue it (a multi-line scalar) or be an error.
    const following = this.peekNonBlankLine();
    if (following && following.indent > indent) giveUp();
    return node;
  }

  /**
   * A plain scalar from `at`, with the lines that continue it: lines indented more than the collection at
   * `indent`, folded as YAML folds them (a line break is a space, each blank line a line break).
   */
  private plain(at: number, lineEnd: number, indent: number, parent: Record<string, unknown> | unknown[], slot: string | number): FastNode {
    const text = this.text;
    let end = this.plainEnd(at, lineEnd);
    const source = new TextBuilder();
    const firstLine = text.slice(at, end);
    source.add(firstLine);
    let commented = this.checkLineRest(end, lineEnd);
    this.advancePast(lineEnd);
    let breaks = 0;
    while (!commented && this.next < text.length) {
      const line = this.lineAt(this.next);
      if (line.indent === line.end - line.start) {
        breaks++; // a blank line: a line break if the scalar goes on after it
        this.advancePast(line.end);
        continue;
      }
      if (line.indent <= indent) break;
      // plainEnd gives up on a line that starts a comment, an indicator or `- `, as on the first line.
      const start = line.start + line.indent;
      const lineContentEnd = this.plainEnd(start, line.end);
      source.add(breaks > 0 ? '\n'.repeat(breaks) : ' ');
      source.add(text.slice(start, lineContentEnd));
      breaks = 0;
      end = lineContentEnd;
      commented = this.checkLineRest(lineContentEnd, line.end);
      this.advancePast(line.end);
    }
    if (commented) {
      // After a comment, a more indented line would be an error.
      const following = this.peekNonBlankLine();
      if (following && following.indent > indent) giveUp();
    }
    // Folded over lines, the value has a space or a line break, so no core-schema tag but text matches it;
    // and it is a rope, which is not read here (see recordText).
    const multiLine = end > lineEnd;
    const value = multiLine ? source.text() : resolvePlain(source.text());
    setSlot(parent, slot, value);
    // The head: the first line, and a word standing for the lines folded after it (see loadedText.ts).
    if (multiLine && isPresent(text.charAt(at))) recordText(parent, slot, `${firstLine} x`);
    return { kind: 'scalar', start: at, end, isNull: value === null };
  }

  /** `key:` or `- ` with nothing after it on the line: a nested block collection, or an empty value. */
  private valueOnNextLines(
    indent: number,
    inMap: boolean,
    depth: number,
    parent: Record<string, unknown> | unknown[],
    slot: string | number,
    from: number,
  ): FastNode {
    const line = this.peekContentLine();
    // A list nested deeper, or (as a mapping's value) standing at its key's column.
    if (line && (line.indent > indent || (inMap && line.indent === indent)) && this.startsListItem(line.start + line.indent, line.end)) {
      const items: unknown[] = [];
      setSlot(parent, slot, items);
      return this.blockSeq(line.indent, items, depth + 1);
    }
    if (line && line.indent > indent) {
      if (!this.startsKey(line.start + line.indent, line.end)) {
        // A scalar that starts on the line after its key (or dash).
        return this.value(line.start, indent, inMap, depth, parent, slot);
      }
      const map: Record<string, unknown> = {};
      setSlot(parent, slot, map);
      return this.blockMap(line.indent, map, depth + 1, undefined);
    }
    if (!inMap) giveUp(); // an empty list item
    // An empty value: `yaml` gives null. Its offsets are never used (a finding points at the key).
    setSlot(parent, slot, null);
    return { kind: 'scalar', start: from, end: from, isNull: true };
  }

  /** The end of the content of the line that `from` is on: before its LF or CRLF. */
  private lineEndFrom(from: number): number {
    const text = this.text;
    const end = text.indexOf('\n', from);
    if (end === -1) return text.length;
    return end > from && text.charCodeAt(end - 1) === CARRIAGE_RETURN ? end - 1 : end;
  }

  /** After a value: only spaces, then the line end or a comment (true). */
  private checkLineRest(from: number, lineEnd: number): boolean {
    const text = this.text;
    let at = from;
    while (at < lineEnd && text.charCodeAt(at) === SPACE) at++;
    if (at === lineEnd) return false;
    if (text.charCodeAt(at) !== HASH || at === from) giveUp();
    return true;
  }

  /** End of a one-line plain scalar starting at `at` in block context: before ` #` and trailing spaces. */
  private plainEnd(at: number, lineEnd: number): number {
    const text = this.text;
    const first = text.charCodeAt(at);
    if (startsOnlyNonPlain(first)) giveUp();
    if ((first === DASH || first === 63 /* ? */ || first === COLON) && (at + 1 === lineEnd || text.charCodeAt(at + 1) === SPACE)) giveUp();
    let end = at;
    let position = at;
    while (position < lineEnd) {
      const code = text.charCodeAt(position);
      if (code === SPACE) {
        if (text.charCodeAt(position + 1) === HASH) break;
      } else {
        if (code === COLON && (position + 1 === lineEnd || text.charCodeAt(position + 1) === SPACE)) giveUp();
        end = position + 1;
      }
      position++;
    }
    return end;
  }

  /** A quoted scalar that closes on its own line, without escapes. */
  private quoted(at: number, lineEnd: number): { value: string; end: number } {
    const text = this.text;
    const quote = text.charCodeAt(at);
    if (quote === DOUBLE_QUOTE) {
      const close = text.indexOf('"', at + 1);
      if (close === -1 || close >= lineEnd) giveUp();
      const value = text.slice(at + 1, close);
      if (value.indexOf('\\') !== -1) giveUp();
      return { value, end: close + 1 };
    }
    let position = at + 1;
    let value = '';
    for (;;) {
      const close = text.indexOf("'", position);
      if (close === -1 || close >= lineEnd) giveUp();
      value += text.slice(position, close);
      if (text.charCodeAt(close + 1) !== SINGLE_QUOTE) return { value, end: close + 1 };
      value += "'";
      position = close + 2;
    }
  }

  /** `[a, "b", c]` on one line, of scalars only. */
  private flowSeq(at: number, lineEnd: number, data: unknown[]): FastSeq {
    const text = this.text;
    const seq: FastSeq = { kind: 'seq', start: at, end: undefined, items: [] };
    let position = at + 1;
    const skipSpaces = (): void => {
      while (position < lineEnd && text.charCodeAt(position) === SPACE) position++;
    };
    skipSpaces();
    if (text.charCodeAt(position) === CLOSE_BRACKET) {
      seq.end = position + 1;
      return seq;
    }
    for (;;) {
      skipSpaces();
      if (position >= lineEnd) giveUp();
      const first = text.charCodeAt(position);
      if (first === DOUBLE_QUOTE || first === SINGLE_QUOTE) {
        const quoted = this.quoted(position, lineEnd);
        data.push(quoted.value);
        seq.items.push({ kind: 'scalar', start: position, end: quoted.end, isNull: false });
        position = quoted.end;
      } else {
        if (startsOnlyNonPlain(first) || first === DASH || first === 63 /* ? */ || first === COLON) giveUp();
        const start = position;
        let end = position;
        while (position < lineEnd) {
          const code = text.charCodeAt(position);
          if (code === COMMA || code === CLOSE_BRACKET) break;
          if (code === OPEN_BRACKET || code === 123 || code === 125 || code === HASH || code === COLON) giveUp();
          if (code !== SPACE) end = position + 1;
          position++;
        }
        const value = resolvePlain(text.slice(start, end));
        data.push(value);
        seq.items.push({ kind: 'scalar', start, end, isNull: value === null });
      }
      skipSpaces();
      const separator = text.charCodeAt(position);
      if (position >= lineEnd) giveUp();
      if (separator === CLOSE_BRACKET) {
        seq.end = position + 1;
        return seq;
      }
      if (separator !== COMMA) giveUp();
      position++;
      skipSpaces();
      if (text.charCodeAt(position) === CLOSE_BRACKET) giveUp(); // a trailing comma
    }
  }

  /**
   * `|` or `>` (optionally `-`), then lines indented more than the collection at `indent`. Keep-chomping
   * (`+`), indentation indicators and, in folded scalars, more-indented lines are left to `yaml`.
   */
  private blockScalar(
    at: number,
    lineEnd: number,
    indent: number,
    parent: Record<string, unknown> | unknown[],
    slot: string | number,
  ): FastNode {
    const text = this.text;
    const folded = text.charCodeAt(at) === GREATER;
    let position = at + 1;
    const chomping = text.charCodeAt(position);
    const strip = chomping === DASH;
    if (strip) position++;
    else if (chomping !== SPACE && chomping !== NEWLINE && position !== lineEnd) giveUp();
    this.checkLineRest(position, lineEnd);
    if (lineEnd === text.length) giveUp();
    this.advancePast(lineEnd);

    // The content's indentation is that of its first non-blank line.
    const lines: string[] = [];
    let contentIndent = -1;
    let lastContentEnd = -1;
    let trailingBlank = 0;
    let leadingBlankSpaces = 0;
    let hasText = false;
    let start = this.next;
    while (start < text.length) {
      const line = this.lineAt(start);
      const length = line.end - line.start;
      const blank = line.indent === length;
      if (blank) {
        if (contentIndent === -1) leadingBlankSpaces = Math.max(leadingBlankSpaces, length);
        else if (length > contentIndent) giveUp(); // spaces beyond the indentation are content: left to yaml
        lines.push('');
        trailingBlank++;
        start = this.nextLineStart(line.end);
        continue;
      }
      if (contentIndent === -1) {
        if (line.indent <= indent) break;
        contentIndent = line.indent;
        if (leadingBlankSpaces > contentIndent) giveUp();
      } else if (line.indent < contentIndent) {
        if (line.indent > indent) giveUp();
        break;
      }
      if (folded && line.indent > contentIndent) giveUp();
      if (!hasText && isPresent(text.charAt(line.start + line.indent))) hasText = true;
      if (line.end === text.length) giveUp(); // the last line of the file without a line break
      lines.push(text.slice(line.start + contentIndent, line.end));
      lastContentEnd = this.nextLineStart(line.end);
      trailingBlank = 0;
      start = this.nextLineStart(line.end);
    }
    if (contentIndent === -1) giveUp(); // an empty block scalar
    lines.length -= trailingBlank;
    // The trailing blank lines stay unread: they belong to what follows (and are skipped as blank there).
    this.next = lastContentEnd;

    const value = new TextBuilder();
    let previousWasContent = false;
    let breaks = 0;
    for (const line of lines) {
      if (line === '') {
        breaks++;
        continue;
      }
      if (!folded) value.add('\n'.repeat(breaks + (previousWasContent ? 1 : 0)));
      else if (breaks > 0) value.add('\n'.repeat(breaks));
      else if (previousWasContent) value.add(' ');
      value.add(line);
      previousWasContent = true;
      breaks = 0;
    }
    if (!strip) value.add('\n');
    setSlot(parent, slot, value.text());
    if (hasText) {
      // The head: the first line with content, and a stand-in for any line with content after it (see loadedText.ts).
      let first = 0;
      while (lines[first] === '') first++;
      let more = first + 1;
      while (more < lines.length && lines[more] === '') more++;
      recordText(parent, slot, more < lines.length ? `${lines[first]}\nx` : lines[first]);
    }
    return { kind: 'scalar', start: at, end: lastContentEnd, isNull: false };
  }
}

/**
 * Joins many short pieces into a long text the way V8 handles best: flat pieces of up to CHUNK characters
 * (ordinary small strings), chained as a rope of few parts. One flat string of megabytes would be a large-object
 * allocation, and a rope of every line a crowd of small objects for the garbage collector to copy; the check
 * itself never reads a long text (see recordText), so it is never flattened.
 */
class TextBuilder {
  private static readonly CHUNK = 32 * 1024;
  private parts: string[] = [];
  private partsLength = 0;
  private done = '';

  add(piece: string): void {
    if (piece === '') return;
    this.parts.push(piece);
    this.partsLength += piece.length;
    if (this.partsLength >= TextBuilder.CHUNK) this.flush();
  }

  text(): string {
    this.flush();
    return this.done;
  }

  private flush(): void {
    if (this.parts.length === 0) return;
    const chunk = this.parts.length === 1 ? this.parts[0] : this.parts.join('');
    this.done = this.done === '' ? chunk : this.done + chunk;
    this.parts = [];
    this.partsLength = 0;
  }
}

function setSlot(parent: Record<string, unknown> | unknown[], slot: string | number, value: unknown): void {
  (parent as Record<string | number, unknown>)[slot] = value;
}

/** Letters, digits, `_` and `-`: the characters of the manifest's keys (and of `x-` extension keys). */
function isKeyCharacter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95 || code === DASH;
}

/** Indicators a plain scalar cannot start with (YAML 1.2, 7.3.3), and the ones the fast path leaves to yaml. */
function startsOnlyNonPlain(code: number): boolean {
  switch (code) {
    case COMMA:
    case OPEN_BRACKET:
    case CLOSE_BRACKET:
    case 123: // {
    case 125: // }
    case HASH:
    case 38: // &
    case 42: // *
    case 33: // !
    case PIPE:
    case GREATER:
    case SINGLE_QUOTE:
    case DOUBLE_QUOTE:
    case 37: // %
    case 64: // @
    case 96: // `
    case BACKSLASH:
      return true;
    default:
      return false;
  }
}

/**
 * The value of a plain scalar by the YAML 1.2 core schema, with the `yaml` package's own resolvers (so
 * `0o17`, `1e3`, `.inf`, `True` mean exactly what they mean there).
 */
const CORE_TAGS = new Schema({ schema: 'core' }).tags.filter(
  (tag): tag is typeof tag & { test: RegExp } => tag.default === true && tag.test instanceof RegExp,
);
/** First characters with which a core-schema scalar can be something other than a string. */
const NON_STRING_START = /^[~nNtTfF0-9+\-.]|^$/;

function resolvePlain(source: string): unknown {
  if (!NON_STRING_START.test(source)) return source;
  for (const tag of CORE_TAGS) {
    if (tag.test.test(source)) {
      const resolved = tag.resolve(source, giveUp, {});
      // Some resolvers (booleans) return a Scalar node that keeps the source spelling.
      return isScalar(resolved) ? resolved.value : resolved;
    }
  }
  return source;
}
