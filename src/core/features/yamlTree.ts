import { parseDocument, type Document } from 'yaml';
import { MAX_ALIAS_COUNT, MAX_MANIFEST_BYTES, type ParsedManifest } from '../yaml/parse';

/**
 * The `yaml` document of a manifest with its source ranges, for the editor features that show where things are
 * (outline, links): the checker's own document when the text loaded, else `yaml`'s tolerant parse of the text, so
 * a manifest with a syntax error still has an outline and links up to where it breaks. Undefined when the text
 * was refused for its size or nesting (nothing would be safe to parse) or is empty.
 */
export function yamlTreeOf(parsed: ParsedManifest): Document | undefined {
  if (parsed.syntaxFindings.length === 0) return parsed.document ?? undefined;
  if (parsed.text.length > MAX_MANIFEST_BYTES) return undefined;
  // Only plain syntax errors are parsed again: the loader refuses too deep nesting and alias bombs before composing
  // (their messages say "within limits"), and `yaml` would exhaust the stack or the memory on them.
  if (!parsed.syntaxFindings.every((finding) => finding.message.en.startsWith('YAML syntax error'))) return undefined;
  try {
    return parseDocument(parsed.text, { uniqueKeys: false, prettyErrors: false });
  } catch {
    return undefined;
  }
}

/** The document's data as plain JavaScript (aliases expanded within the loader's limit), or undefined. */
export function dataOf(parsed: ParsedManifest, tree: Document | undefined): unknown {
  if (parsed.syntaxFindings.length === 0) return parsed.data;
  try {
    return tree?.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch {
    return undefined;
  }
}
