/**
 * Validators for the files CI services read from the CLI, against the formats' published descriptions:
 * - SARIF 2.1.0: the JSON schema (draft-04) of SARIF 2.1.0 as shipped by Microsoft's SARIF JS SDK in the npm package
 *   `@microsoft/jest-sarif` (lib/schemas/sarif-2.1.0-rtm.5.json; the machines reach no other source). It differs from
 *   the OASIS errata01 schema only where it is stricter (GUIDs by pattern, not format) or older (three artifact roles
 *   added by the errata), none of which our output uses.
 * - GitLab Code Quality: test/schemas/gitlab-code-quality.schema.json, written from GitLab's documentation (its
 *   `$comment` says where from), plus the two rules a schema cannot say: no byte order mark, one fingerprint each.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv7 from 'ajv';
import Ajv04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';

const root = path.resolve(__dirname, '../../..');

const readJson = (file: string): object => JSON.parse(fs.readFileSync(file, 'utf8')) as object;

export const SARIF_SCHEMA_FILE = path.join(root, 'node_modules', '@microsoft', 'jest-sarif', 'lib', 'schemas', 'sarif-2.1.0-rtm.5.json');
export const CODE_QUALITY_SCHEMA_FILE = path.join(root, 'test', 'schemas', 'gitlab-code-quality.schema.json');

let sarifValidator: (((data: unknown) => boolean) & { errors?: unknown }) | undefined;
let codeQualityValidator: (((data: unknown) => boolean) & { errors?: unknown }) | undefined;

/** The schema's errors for a SARIF log, or [] when it is valid SARIF 2.1.0. */
export function sarifErrors(log: unknown): unknown[] {
  if (!sarifValidator) {
    // unicodeRegExp off: the rtm.5 schema's `language` pattern has a stray `]` (fixed by the errata), which only
    // JavaScript's non-Unicode regular expressions accept, as JSON Schema's ECMA 262 dialect does.
    const ajv = new Ajv04({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats(ajv);
    sarifValidator = ajv.compile(readJson(SARIF_SCHEMA_FILE));
  }
  return sarifValidator(log) ? [] : [...((sarifValidator.errors as unknown[]) ?? [])];
}

/** What is wrong with a Code Quality report file's text by GitLab's documented format, or [] when nothing is. */
export function codeQualityErrors(text: string): unknown[] {
  if (text.charCodeAt(0) === 0xfeff) return ['the file starts with a byte order mark, which GitLab rejects'];
  let report: unknown;
  try {
    report = JSON.parse(text);
  } catch (error) {
    return [`not JSON: ${String(error)}`];
  }
  if (!codeQualityValidator) {
    const ajv = new Ajv7({ allErrors: true });
    codeQualityValidator = ajv.compile(readJson(CODE_QUALITY_SCHEMA_FILE));
  }
  if (!codeQualityValidator(report)) return [...((codeQualityValidator.errors as unknown[]) ?? [])];
  const fingerprints = (report as { fingerprint: string }[]).map((issue) => issue.fingerprint);
  const repeated = fingerprints.filter((fingerprint, index) => fingerprints.indexOf(fingerprint) !== index);
  return repeated.map((fingerprint) => `fingerprint ${fingerprint} is not unique: GitLab would show those findings as one`);
}
