import { isScalar, type Document, type Node } from 'yaml';
import { documentReferences } from '../documents/fields';
import type { ParsedManifest } from '../yaml/parse';
import type { Finding, ManifestPath, SourceRange } from '../types';
import { dataOf, yamlTreeOf } from './yamlTree';

/**
 * The local document paths a manifest names, where they stand: the fields the document check reads
 * (`documentReferences` of src/core/documents, so the links and the check never disagree). URLs are
 * not among them: the editor's own link detection keeps them ordinary links. Block and flow style, quoted or
 * plain; a manifest with a syntax error keeps the links `yaml` could read.
 */
export interface DocumentLinkTarget {
  /** The field, e.g. `['dataProtection', 'dpia', 'document']`. */
  path: ManifestPath;
  /** The path as written (trimmed), relative to the manifest's folder. */
  target: string;
  /** The path's characters in the text (inside the quotes of a quoted value). */
  range: SourceRange;
  /** The check found no such file (its `dpia-document-not-found` finding is about this field). */
  missing: boolean;
}

/** `findings`: the check's, with the file-system look-ups (a link is `missing` where one of them says so). */
export function documentLinks(parsed: ParsedManifest, findings: readonly Finding[] = []): DocumentLinkTarget[] {
  // A manifest that loaded is located by what the check already parsed (the fast path's offsets make no `yaml`
  // document); one with a syntax error by `yaml`'s tolerant parse of what it could read.
  const loaded = parsed.syntaxFindings.length === 0;
  const tree = loaded ? undefined : yamlTreeOf(parsed);
  const references = documentReferences(loaded ? parsed.data : dataOf(parsed, tree));
  if ((!loaded && !tree) || references.length === 0) return [];
  const missing = new Set(
    findings.filter((finding) => finding.ruleId === 'dpia-document-not-found').map((finding) => pathKey(finding.path)),
  );
  const links: DocumentLinkTarget[] = [];
  const linked = new Set<number>(); // an alias located at its anchor's scalar: that scalar is linked once
  for (const reference of references) {
    const at = loaded ? scalarAt(parsed, reference.path) : scalarIn(tree, reference.path);
    if (!at || linked.has(at[0])) continue;
    linked.add(at[0]);
    const [start, end] = at;
    const written = parsed.text.slice(start, end);
    const offset = written.indexOf(reference.target);
    if (offset < 0) continue; // written with escapes or folded over lines: no one range to link
    const range = parsed.lines.rangeOf(start + offset, start + offset + reference.target.length);
    links.push({ path: reference.path, target: reference.target, range, missing: missing.has(pathKey(reference.path)) });
  }
  return links;
}

/** Where the check's parse put the field's value, as offsets. */
function scalarAt(parsed: ParsedManifest, path: ManifestPath): [number, number] | undefined {
  const located = parsed.locate(path);
  if (!located.found) return undefined;
  return [parsed.lines.offsetAt(located.range.start), parsed.lines.offsetAt(located.range.end)];
}

/** The field's scalar in a `yaml` document; an alias (`document: *dpia`) names its path elsewhere: that anchor's scalar is linked where it is written. */
function scalarIn(tree: Document | undefined, path: ManifestPath): [number, number] | undefined {
  const node = tree?.getIn(path, true) as Node | undefined;
  return isScalar(node) && node.range ? [node.range[0], node.range[1]] : undefined;
}

function pathKey(path: ManifestPath): string {
  return path.join('\u0000');
}
