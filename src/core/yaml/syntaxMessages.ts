import { localized } from '../l10n';
import type { Localized } from '../types';

/**
 * A syntax error of the `yaml` library as a finding's message. English keeps the library's words after "YAML syntax
 * error:"; Danish reads its translation from the bundle, one whole message per message the library writes
 * (node_modules/yaml/dist: `onError(…, code, message)`). A message the library adds later, or one with a detail
 * this table does not know, keeps the library's words, quoted, in Danish too.
 */
export function yamlSyntaxMessage(message: string): Localized {
  switch (message) {
    case 'Implicit keys need to be on a single line':
      return localized('YAML syntax error: Implicit keys need to be on a single line');
    case 'Implicit keys of flow sequence pairs need to be on a single line':
      return localized('YAML syntax error: Implicit keys of flow sequence pairs need to be on a single line');
    case 'Implicit map keys need to be followed by map values':
      return localized('YAML syntax error: Implicit map keys need to be followed by map values');
    case 'Nested mappings are not allowed in compact mappings':
      return localized('YAML syntax error: Nested mappings are not allowed in compact mappings');
    case 'A block sequence may not be used as an implicit map key':
      return localized('YAML syntax error: A block sequence may not be used as an implicit map key');
    case 'All sequence items must start at the same column':
      return localized('YAML syntax error: All sequence items must start at the same column');
    case 'Tabs are not allowed as indentation':
      return localized('YAML syntax error: Tabs are not allowed as indentation');
    case 'Map keys must be unique':
      return localized('YAML syntax error: Map keys must be unique');
    case 'Sequence item without - indicator':
      return localized('YAML syntax error: Sequence item without - indicator');
    case 'Comments must be separated from other tokens by white space characters':
      return localized('YAML syntax error: Comments must be separated from other tokens by white space characters');
    case 'Missing closing "quote':
      return localized('YAML syntax error: Missing closing "quote');
    case "Missing closing 'quote":
      return localized("YAML syntax error: Missing closing 'quote");
    case 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key':
      return localized('YAML syntax error: The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
    case 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key':
      return localized('YAML syntax error: The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
    case 'Missing , between flow map items':
      return localized('YAML syntax error: Missing , between flow map items');
    case 'Missing , between flow sequence items':
      return localized('YAML syntax error: Missing , between flow sequence items');
    case 'Missing , or : between flow map items':
      return localized('YAML syntax error: Missing , or : between flow map items');
    case 'Missing , or : between flow sequence items':
      return localized('YAML syntax error: Missing , or : between flow sequence items');
    case 'Missing space after : in flow map':
      return localized('YAML syntax error: Missing space after : in flow map');
    case 'A node can have at most one anchor':
      return localized('YAML syntax error: A node can have at most one anchor');
    case 'All mapping items must start at the same column':
      return localized('YAML syntax error: All mapping items must start at the same column');
    case 'Block collections are not allowed within flow collections':
      return localized('YAML syntax error: Block collections are not allowed within flow collections');
    case 'Flow map must end with a }':
      return localized('YAML syntax error: Flow map must end with a }');
    case 'Flow sequence must end with a ]':
      return localized('YAML syntax error: Flow sequence must end with a ]');
    case 'Flow map in block collection must be sufficiently indented and end with a }':
      return localized('YAML syntax error: Flow map in block collection must be sufficiently indented and end with a }');
    case 'Flow sequence in block collection must be sufficiently indented and end with a ]':
      return localized('YAML syntax error: Flow sequence in block collection must be sufficiently indented and end with a ]');
    case 'Alias cannot be an empty string':
      return localized('YAML syntax error: Alias cannot be an empty string');
    case 'Anchor cannot be an empty string':
      return localized('YAML syntax error: Anchor cannot be an empty string');
    case 'Unexpected scalar at node end':
      return localized('YAML syntax error: Unexpected scalar at node end');
    case 'Block scalar values in collections must be indented':
      return localized('YAML syntax error: Block scalar values in collections must be indented');
    case 'Plain value cannot start with a tab character':
      return localized('YAML syntax error: Plain value cannot start with a tab character');
    case 'A node can have at most one tag':
      return localized('YAML syntax error: A node can have at most one tag');
    case 'Source contains multiple documents; please use YAML.parseAllDocuments()':
      // The library's words advise its programmer; the author is told what to do.
      return localized(
        "YAML syntax error: the file holds more than one YAML document; a manifest is one document (remove the '---' between them)",
      );
  }
  const detail =
    /^(Plain value cannot start with reserved character|Plain value cannot start with block scalar indicator|Plain value cannot start with flow indicator character|Plain value cannot start with directive indicator character|Not a YAML token:|Unresolved tag:|Invalid escape sequence|Block scalar header includes extra characters:) ([\s\S]*)$/.exec(
      message,
    );
  switch (detail?.[1]) {
    case 'Plain value cannot start with reserved character':
      return localized('YAML syntax error: Plain value cannot start with reserved character {0}', detail[2]);
    case 'Plain value cannot start with block scalar indicator':
      return localized('YAML syntax error: Plain value cannot start with block scalar indicator {0}', detail[2]);
    case 'Plain value cannot start with flow indicator character':
      return localized('YAML syntax error: Plain value cannot start with flow indicator character {0}', detail[2]);
    case 'Plain value cannot start with directive indicator character':
      return localized('YAML syntax error: Plain value cannot start with directive indicator character {0}', detail[2]);
    case 'Not a YAML token:':
      return localized('YAML syntax error: Not a YAML token: {0}', detail[2]);
    case 'Unresolved tag:':
      return localized('YAML syntax error: Unresolved tag: {0}', detail[2]);
    case 'Block scalar header includes extra characters:':
      return localized('YAML syntax error: Block scalar header includes extra characters: {0}', detail[2]);
    case 'Invalid escape sequence':
      return localized('YAML syntax error: Invalid escape sequence {0}', detail[2]);
  }
  const token = /^Unexpected ([a-z-]+) token in YAML stream: ([\s\S]*)$/.exec(message);
  if (token) return localized('YAML syntax error: Unexpected {0} token in YAML stream: {1}', token[1], token[2]);
  return localized('YAML syntax error: {0}', message);
}
