import { cite } from '../law/articles';
import type { RegisterOptions } from './formats';
import { displayName, textAt, type RegisterEntry } from './record';

/** The namespace of the AI Act facts in the BOM's properties (spec: "The register"). */
export const PROPERTY_NAMESPACE = 'ai-system-manifest:';

interface Property {
  name: string;
  value: string;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function properties(entries: [string, string | number | boolean | readonly string[] | null][]): Property[] {
  const out: Property[] = [];
  for (const [name, value] of entries) {
    if (value === null) continue;
    out.push({ name: `${PROPERTY_NAMESPACE}${name}`, value: Array.isArray(value) ? value.join(',') : String(value) });
  }
  return out;
}

/** A bom-ref unique in the BOM: the system's id (else its file), made unique by a counter when two share one. */
function refs(entries: readonly RegisterEntry[]): string[] {
  const seen = new Map<string, number>();
  return entries.map((entry) => {
    const base = entry.record.id ?? entry.file;
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    return count === 0 ? base : `${base}#${count + 1}`;
  });
}

/**
 * One CycloneDX 1.6 JSON BOM: per system an `application` component, and a `machine-learning-model` component for
 * its `model` when given (the application depends on it), with the AI Act facts as `ai-system-manifest:` properties.
 */
export function formatRegisterCycloneDx(entries: readonly RegisterEntry[], options: RegisterOptions, toolVersion: string): string {
  const components: Record<string, unknown>[] = [];
  const dependencies: { ref: string; dependsOn?: string[] }[] = [];
  const bomRefs = refs(entries);
  entries.forEach((entry, index) => {
    const r = entry.record;
    const ref = bomRefs[index];
    const version = textAt(entry.data, ['system', 'version']);
    const supplier = r.organisation
      ? { name: r.organisation, ...(r.contact && EMAIL.test(r.contact) ? { contact: [{ email: r.contact }] } : {}) }
      : undefined;
    components.push({
      type: 'application',
      'bom-ref': ref,
      name: displayName(entry),
      ...(version ? { version } : {}),
      ...(r.description ? { description: r.description } : {}),
      ...(supplier ? { supplier } : {}),
      properties: properties([
        ['file', r.file],
        ['id', r.id],
        ['tier', r.tier ?? 'not-determined'],
        ['role', r.role],
        ['status', r.status],
        ['annexIII', r.annexIII],
        ['practices', r.practices],
        ['profiles', r.profiles],
        ['legalBasis', r.legalBasis],
        ['dpia', r.dpia],
        ['fria', r.fria],
        ['inServiceSince', r.inServiceSince],
        ['providerRegistration', r.providerRegistration],
        ['deployerRegistration', r.deployerRegistration],
        ['errors', r.findings.errors],
        ['warnings', r.findings.warnings],
        ['acceptedFindings', r.findings.accepted],
        ['missing', r.missing],
        ['nextDuty', r.nextDuty ? `${r.nextDuty.text[options.lang]} (${cite(r.nextDuty.article, options.lang)})` : null],
        ['nextDutyAppliesFrom', r.nextDuty?.appliesFrom ?? null],
        ['edition', options.edition],
      ]),
    });
    if (r.model) {
      const modelRef = `${ref}/model`;
      components.push({
        type: 'machine-learning-model',
        'bom-ref': modelRef,
        name: r.model.name ?? `${displayName(entry)} model`,
        ...(r.model.provider ? { supplier: { name: r.model.provider } } : {}),
        properties: properties([
          ['generalPurpose', r.model.generalPurpose],
          ['hosting', r.model.hosting],
          ['system', ref],
        ]),
      });
      dependencies.push({ ref, dependsOn: [modelRef] }, { ref: modelRef });
    } else {
      dependencies.push({ ref });
    }
  });
  const bom = {
    $schema: 'http://cyclonedx.org/schema/bom-1.6.schema.json',
    bomFormat: 'CycloneDX',
    specVersion: '1.6',
    version: 1,
    metadata: {
      tools: { components: [{ type: 'application', name: 'ai-system-manifest', version: toolVersion }] },
      properties: properties([
        ['date', options.date],
        ['edition', options.edition],
      ]),
    },
    components,
    dependencies,
  };
  return JSON.stringify(bom, null, 2) + '\n';
}
