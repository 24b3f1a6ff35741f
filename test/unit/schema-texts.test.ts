import * as assert from 'node:assert/strict';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import schemaJson from '../../schemas/ai-system.schema.json';
import daJson from '../../schemas/ai-system.schema.da.json';

type Node = Record<string, unknown>;
type DanishTexts = {
  title?: unknown;
  description?: unknown;
  markdownDescription?: unknown;
  enumDescriptions?: unknown;
  markdownEnumDescriptions?: unknown;
  enumNames?: unknown;
};

const schema = schemaJson as unknown as Node;
const da = daJson as unknown as Record<string, DanishTexts>;

/** The section objects of manifest v1 (spec, "Fields"), by JSON Pointer. */
const SECTIONS: Record<string, string> = {
  system: '/properties/system',
  owner: '/properties/system/properties/owner',
  legalBasis: '/properties/legalBasis',
  purpose: '/properties/purpose',
  decisions: '/properties/decisions',
  riskClassification: '/properties/riskClassification',
  derogation: '/properties/riskClassification/properties/derogation',
  humanOversight: '/properties/humanOversight',
  transparency: '/properties/transparency',
  dataProtection: '/properties/dataProtection',
  dpia: '/properties/dataProtection/properties/dpia',
  fria: '/properties/fria',
  logging: '/properties/logging',
  aiLiteracy: '/properties/aiLiteracy',
  model: '/properties/model',
  deployment: '/properties/deployment',
  documentation: '/properties/documentation',
};

const HUMAN_TEXT_KEYS = new Set([
  'title',
  'description',
  'markdownDescription',
  'enumDescriptions',
  'markdownEnumDescriptions',
  'enumNames',
  'defaultSnippets',
]);

const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);
const escapePointer = (key: string): string => key.replace(/~/g, '~0').replace(/\//g, '~1');

/** The field nodes: the root, every `properties` member and every `items` schema, recursively (not the if/then parts). */
function fieldNodes(node: Node = schema, pointer = ''): Array<[string, Node]> {
  const out: Array<[string, Node]> = [[pointer, node]];
  if (isNode(node.properties)) {
    for (const [key, child] of Object.entries(node.properties)) {
      assert.ok(isNode(child), `${pointer}/properties/${key} is a schema object`);
      out.push(...fieldNodes(child, `${pointer}/properties/${escapePointer(key)}`));
    }
  }
  if (isNode(node.items)) out.push(...fieldNodes(node.items, `${pointer}/items`));
  return out;
}

/** Every schema object anywhere in the schema, with its pointer. */
function allNodes(value: unknown, pointer = ''): Array<[string, Node]> {
  const out: Array<[string, Node]> = [];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...allNodes(v, `${pointer}/${i}`)));
  else if (isNode(value)) {
    out.push([pointer, value]);
    for (const [k, v] of Object.entries(value)) {
      if (k === 'defaultSnippets' || k === 'examples' || k === 'enum' || k === 'const') continue;
      out.push(...allNodes(v, `${pointer}/${escapePointer(k)}`));
    }
  }
  return out;
}

function resolve(pointer: string): unknown {
  if (pointer === '') return schema;
  assert.ok(pointer.startsWith('/'), `"${pointer}" is a JSON Pointer`);
  let cur: unknown = schema;
  for (const raw of pointer.slice(1).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(cur)) cur = cur[Number(key)];
    else if (isNode(cur)) cur = cur[key];
    else return undefined;
  }
  return cur;
}

const nonEmptyString = (v: unknown): boolean => typeof v === 'string' && v.trim().length > 0;

function assertStringArray(value: unknown, length: number, what: string): void {
  assert.ok(Array.isArray(value), `${what} is an array`);
  assert.equal(value.length, length, `${what} has ${length} entries`);
  value.forEach((v, i) => assert.ok(nonEmptyString(v), `${what}[${i}] is a non-empty string`));
}

/** Checks that a snippet body only uses keys the schema declares (a typo guard for the snippets themselves). */
function assertBodyMatches(body: unknown, node: Node, where: string): void {
  if (!isNode(body)) return; // scalars and lists of scalars
  assert.ok(isNode(node.properties), `${where}: the schema node has properties`);
  for (const [key, value] of Object.entries(body)) {
    const child = node.properties[key];
    assert.ok(isNode(child), `${where}.${key} is declared in the schema`);
    if (isNode(value)) assertBodyMatches(value, child, `${where}.${key}`);
  }
}

describe('ai-system.schema.json: texts', () => {
  const fields = fieldNodes();

  it('has the draft-07 $schema and an $id', () => {
    assert.equal(schema.$schema, 'http://json-schema.org/draft-07/schema#');
    assert.ok(nonEmptyString(schema.$id));
  });

  it('gives every field node a title, a description and a markdownDescription that names the article', () => {
    assert.ok(fields.length > 80, `found ${fields.length} field nodes`);
    for (const [pointer, node] of fields) {
      assert.ok(nonEmptyString(node.title), `${pointer || '(root)'} has a title`);
      assert.ok(nonEmptyString(node.description), `${pointer || '(root)'} has a description`);
      assert.ok(nonEmptyString(node.markdownDescription), `${pointer || '(root)'} has a markdownDescription`);
      assert.match(
        node.markdownDescription as string,
        /^\*\*[^*]+\*\* — /,
        `${pointer || '(root)'}: markdownDescription starts with the article in bold`,
      );
    }
  });

  it('gives every enum parallel enumDescriptions and markdownEnumDescriptions', () => {
    const withEnum = allNodes(schema).filter(([, node]) => 'enum' in node);
    assert.ok(withEnum.length >= 14, `found ${withEnum.length} enums`);
    for (const [pointer, node] of withEnum) {
      assert.ok(Array.isArray(node.enum), `${pointer}: enum is an array`);
      const n = (node.enum as unknown[]).length;
      assertStringArray(node.enumDescriptions, n, `${pointer}/enumDescriptions`);
      assertStringArray(node.markdownEnumDescriptions, n, `${pointer}/markdownEnumDescriptions`);
      assert.ok(nonEmptyString(node.title), `${pointer}: an enum node has a title (so it has Danish texts)`);
    }
  });

  it('says which Art. 5(1) point or Art. 50 paragraph each practice is, with the carve-outs', () => {
    const items = resolve('/properties/riskClassification/properties/practices/items') as Node;
    const values = items.enum as string[];
    const texts = items.enumDescriptions as string[];
    const text = (v: string): string => texts[values.indexOf(v)];
    for (const v of values) assert.match(text(v), /Art\. (5\(1\)\([a-h]{1,2}\)|50\([1-4]\))/, v);
    assert.match(text('workplace-emotion-recognition'), /medical or safety reasons/);
    assert.match(text('crime-risk-profiling'), /objective, verifiable facts/);
    assert.match(text('non-consensual-intimate-imagery'), /5\(1\)\(ba\)/);
    assert.match(text('csam-generation'), /5\(1\)\(bb\)/);
  });

  it('names the Annex III point of each area', () => {
    const items = resolve('/properties/riskClassification/properties/annexIII/items') as Node;
    const expected: Record<string, number> = {
      biometrics: 1,
      'critical-infrastructure': 2,
      education: 3,
      employment: 4,
      'essential-public-services': 5,
      'law-enforcement': 6,
      migration: 7,
      'justice-democracy': 8,
    };
    assert.deepEqual(items.enum, Object.keys(expected));
    (items.enumDescriptions as string[]).forEach((text, i) =>
      assert.match(text, new RegExp(`^Annex III point ${Object.values(expected)[i]}\\b`), Object.keys(expected)[i]),
    );
  });

  it('keeps dates out of everything but the human texts', () => {
    const walk = (value: unknown, where: string): void => {
      if (typeof value === 'string') assert.doesNotMatch(value, /\b(19|20)\d\d\b/, `${where} has no date`);
      else if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${where}/${i}`));
      else if (isNode(value)) for (const [k, v] of Object.entries(value)) if (!HUMAN_TEXT_KEYS.has(k)) walk(v, `${where}/${k}`);
    };
    walk(schema, '');
  });

  it('puts additionalProperties: false on every object field', () => {
    const objects = fields.filter(([, node]) => node.type === 'object');
    assert.ok(objects.length >= Object.keys(SECTIONS).length + 1);
    for (const [pointer, node] of objects) assert.equal(node.additionalProperties, false, `${pointer || '(root)'}`);
  });

  it('gives every section object additionalProperties: false and defaultSnippets whose bodies use declared keys', () => {
    for (const pointer of ['', ...Object.values(SECTIONS)]) {
      const node = resolve(pointer);
      assert.ok(isNode(node), `${pointer} resolves`);
      assert.equal(node.type, 'object', `${pointer} is an object`);
      assert.equal(node.additionalProperties, false, `${pointer}: additionalProperties false`);
      assert.ok(Array.isArray(node.defaultSnippets) && node.defaultSnippets.length > 0, `${pointer}: has defaultSnippets`);
      for (const snippet of node.defaultSnippets as unknown[]) {
        assert.ok(isNode(snippet), `${pointer}: snippet is an object`);
        assert.ok(nonEmptyString(snippet.label), `${pointer}: snippet has a label`);
        assert.ok(nonEmptyString(snippet.description), `${pointer}: snippet has a description`);
        assert.ok(isNode(snippet.body), `${pointer}: snippet has an object body`);
        assertBodyMatches(snippet.body, node, `${pointer || '(root)'} snippet "${snippet.label as string}"`);
      }
    }
  });

  it('declares every section of the spec', () => {
    for (const [name, pointer] of Object.entries(SECTIONS)) {
      assert.ok(pointer.endsWith(`/properties/${name}`), name);
      assert.ok(isNode(resolve(pointer)), `${name} at ${pointer}`);
    }
  });
});

describe('ai-system.schema.da.json: Danish texts', () => {
  const fields = fieldNodes();

  it('has a Danish title and description for every titled node, with enum texts of the right length', () => {
    const titled = allNodes(schema).filter(([, node]) => typeof node.title === 'string');
    assert.deepEqual(titled.map(([p]) => p).sort(), fields.map(([p]) => p).sort(), 'the titled nodes are the field nodes');
    for (const [pointer, node] of titled) {
      const entry = da[pointer];
      assert.ok(isNode(entry), `Danish entry for "${pointer}"`);
      assert.ok(nonEmptyString(entry.title), `${pointer}: Danish title`);
      assert.ok(nonEmptyString(entry.description), `${pointer}: Danish description`);
      assert.ok(nonEmptyString(entry.markdownDescription), `${pointer}: Danish markdownDescription`);
      assert.notEqual(entry.description, node.description, `${pointer}: description is translated`);
      if (Array.isArray(node.enum)) {
        assertStringArray(entry.enumDescriptions, node.enum.length, `da ${pointer}/enumDescriptions`);
        assertStringArray(entry.markdownEnumDescriptions, node.enum.length, `da ${pointer}/markdownEnumDescriptions`);
        assertStringArray(entry.enumNames, node.enum.length, `da ${pointer}/enumNames`);
      } else {
        assert.equal(entry.enumDescriptions, undefined, `${pointer}: no Danish enumDescriptions without an enum`);
      }
    }
  });

  it('has only keys that resolve to titled nodes of the schema', () => {
    for (const pointer of Object.keys(da)) {
      const node = resolve(pointer);
      assert.ok(isNode(node), `"${pointer}" resolves to a schema node`);
      assert.ok(typeof node.title === 'string', `"${pointer}" names a titled node`);
      for (const key of Object.keys(da[pointer])) assert.ok(HUMAN_TEXT_KEYS.has(key), `${pointer}: "${key}" is a text key`);
    }
  });

  it('has a Danish label and description for each defaultSnippet, translated', () => {
    for (const [pointer, node] of allNodes(schema)) {
      const snippets = (node as { defaultSnippets?: { label: string; description: string }[] }).defaultSnippets;
      if (!snippets) continue;
      const danish = (da[pointer] as { defaultSnippets?: { label: string; description: string }[] } | undefined)?.defaultSnippets;
      assert.ok(Array.isArray(danish) && danish.length === snippets.length, `${pointer || '(root)'}: one Danish text per snippet`);
      snippets.forEach((snippet, index) => {
        assert.ok(nonEmptyString(danish[index].label) && nonEmptyString(danish[index].description), `${pointer}[${index}]`);
        assert.notEqual(danish[index].label, snippet.label, `${pointer}[${index}]: label translated`);
        assert.notEqual(danish[index].description, snippet.description, `${pointer}[${index}]: description translated`);
      });
    }
  });

  it('writes Danish dates and article references', () => {
    const all = JSON.stringify(da);
    assert.doesNotMatch(all, /\b\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b/, 'no English dates');
    assert.doesNotMatch(all, /Art\. \d+\(\d+\)/, 'no English article references');
    assert.match(all, /2\. december 2027/);
    assert.match(all, /bilag III, punkt 5, litra a/);
  });
});

describe('ai-system.schema.json: validation with Ajv', () => {
  let validate: ValidateFunction;

  const valid = (): Record<string, any> => ({
    manifestVersion: 1,
    system: {
      id: 'journalnotat-assistent',
      name: 'Journalnotat-assistent',
      description: 'Drafts journal notes from the caseworker’s conversation notes.',
      version: '0.4.0',
      status: 'pilot',
      owner: { organisation: 'Eksempel Kommune', unit: 'Jobcenter Eksempel', contact: 'ai@eksempel.dk' },
      role: 'deployer',
    },
    legalBasis: { act: 'LAB', provision: 'LOB § 3, stk. 2' },
    purpose: { category: 'case-support', tasks: ['journal-notes'], affectedPersons: ['citizens'] },
    decisions: { automated: false, caseworkerDecides: true },
    riskClassification: {
      practices: [],
      annexI: false,
      annexIII: ['essential-public-services'],
      profiling: false,
      derogation: { condition: 'preparatory-task', justification: 'Drafts only; the caseworker writes and approves the note.' },
      declaredTier: 'limited',
    },
    humanOversight: {
      reviewer: 'Sagsbehandler i jobcentret',
      canOverride: true,
      competence: 'Trained in the system and its limits.',
      procedure: 'docs/human-oversight.md',
    },
    transparency: { citizenNotice: 'https://eksempel.dk/privatliv#ai', workersInformed: true },
    dataProtection: {
      personalData: true,
      categories: ['ordinary', 'cpr'],
      gdprLegalBasis: 'Art. 6(1)(e)',
      dataMinimisation: 'Only the conversation notes are sent.',
      security: 'EU hosting, access control, encryption.',
      retention: 'Prompts are deleted after 30 days.',
      dpia: { status: 'completed', document: 'docs/dpia.md', date: '2026-03-01' },
    },
    fria: { status: 'completed', document: 'docs/fria.md' },
    logging: { enabled: true, retentionMonths: 6 },
    aiLiteracy: { measures: 'Introductory course and guidance.', document: 'docs/ai-literacy.md' },
    model: { generalPurpose: true, name: 'Example LLM', provider: 'Example vendor', hosting: 'eu' },
    deployment: {
      instructionsFollowed: true,
      inputDataRelevance: 'Only notes from the case at hand.',
      monitoring: 'docs/monitoring.md',
      affectedPersonsInformed: true,
    },
    documentation: {
      technical: 'docs/technical-documentation.md',
      riskManagement: 'docs/risk-management.md',
      dataGovernance: 'docs/data-governance.md',
      accuracyRobustnessCybersecurity: 'docs/accuracy.md',
      qualityManagement: 'docs/qms.md',
      instructionsForUse: 'docs/instructions.md',
      conformityAssessment: 'docs/conformity.md',
      postMarketMonitoring: 'docs/post-market.md',
      euDatabaseRegistration: 'EU database id',
    },
  });

  const errorsOf = (data: unknown): ErrorObject[] => {
    const ok = validate(data);
    return ok ? [] : (validate.errors ?? []);
  };
  const hasError = (errors: ErrorObject[], instancePath: string, keyword: string, param?: [string, unknown]): boolean =>
    errors.some(
      (e) =>
        e.instancePath === instancePath &&
        e.keyword === keyword &&
        (param === undefined || (e.params as Record<string, unknown>)[param[0]] === param[1]),
    );
  const describeErrors = (errors: ErrorObject[]): string =>
    errors.map((e) => `${e.instancePath} ${e.keyword} ${JSON.stringify(e.params)}`).join('\n');

  before(() => {
    validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
  });

  it('also compiles in Ajv’s default strict mode once the editor keywords are declared', () => {
    const strictAjv = new Ajv({ allErrors: true, strictTypes: true });
    strictAjv.addVocabulary(['markdownDescription', 'enumDescriptions', 'markdownEnumDescriptions', 'defaultSnippets']);
    assert.doesNotThrow(() => strictAjv.compile(schema));
  });

  it('accepts a full manifest', () => {
    assert.deepEqual(describeErrors(errorsOf(valid())), '');
  });

  it('accepts a minimal manifest without personal data', () => {
    const m = valid();
    m.dataProtection = { personalData: false };
    for (const k of ['fria', 'logging', 'model', 'deployment', 'documentation']) delete m[k];
    delete m.riskClassification.derogation;
    m.riskClassification.annexIII = [];
    assert.deepEqual(describeErrors(errorsOf(m)), '');
  });

  it('requires transparency and its citizenNotice only with personal data (GDPR Arts. 13–14)', () => {
    const without = valid();
    without.dataProtection = { personalData: false };
    delete without.transparency;
    assert.deepEqual(describeErrors(errorsOf(without)), '', 'no personal data: no transparency section needed');
    without.transparency = { workersInformed: true };
    assert.deepEqual(describeErrors(errorsOf(without)), '', 'no personal data: a section without citizenNotice');
    const m = valid();
    delete m.transparency;
    let errors = errorsOf(m);
    assert.ok(hasError(errors, '', 'required', ['missingProperty', 'transparency']), describeErrors(errors));
    m.transparency = { workersInformed: true };
    errors = errorsOf(m);
    assert.ok(hasError(errors, '/transparency', 'required', ['missingProperty', 'citizenNotice']), describeErrors(errors));
  });

  it('rejects a wrong enum value', () => {
    const m = valid();
    m.system.role = 'user';
    const errors = errorsOf(m);
    assert.ok(hasError(errors, '/system/role', 'enum'), describeErrors(errors));
  });

  it('rejects a missing system.role', () => {
    const m = valid();
    delete m.system.role;
    const errors = errorsOf(m);
    assert.ok(hasError(errors, '/system', 'required', ['missingProperty', 'role']), describeErrors(errors));
  });

  it('rejects personalData true without dpia (and names the missing GDPR fields)', () => {
    const m = valid();
    delete m.dataProtection.dpia;
    delete m.dataProtection.security;
    const errors = errorsOf(m);
    assert.ok(hasError(errors, '/dataProtection', 'required', ['missingProperty', 'dpia']), describeErrors(errors));
    assert.ok(hasError(errors, '/dataProtection', 'required', ['missingProperty', 'security']), describeErrors(errors));
  });

  it('requires the dpia document unless the status is not-required, and then a justification', () => {
    const m = valid();
    delete m.dataProtection.dpia.document;
    assert.ok(hasError(errorsOf(m), '/dataProtection/dpia', 'required', ['missingProperty', 'document']));
    m.dataProtection.dpia = { status: 'not-required' };
    const errors = errorsOf(m);
    assert.ok(hasError(errors, '/dataProtection/dpia', 'required', ['missingProperty', 'justification']), describeErrors(errors));
    assert.ok(!hasError(errors, '/dataProtection/dpia', 'required', ['missingProperty', 'document']), describeErrors(errors));
    m.dataProtection.dpia.justification = 'No personal aspects are evaluated.';
    assert.deepEqual(describeErrors(errorsOf(m)), '');
  });

  it('requires the Art. 50 transparency fields for the listed practices', () => {
    const cases: Array<[string, string]> = [
      ['interacts-with-persons', 'aiInteractionDisclosure'],
      ['synthetic-content', 'contentMarking'],
      ['deepfake', 'contentMarking'],
      ['public-interest-text', 'contentMarking'],
      ['emotion-recognition', 'exposureNotice'],
      ['biometric-categorisation', 'exposureNotice'],
    ];
    for (const [practice, field] of cases) {
      const m = valid();
      m.riskClassification.practices = [practice];
      const errors = errorsOf(m);
      assert.ok(hasError(errors, '/transparency', 'required', ['missingProperty', field]), `${practice}: ${describeErrors(errors)}`);
      m.transparency[field] = 'Told in the user interface.';
      assert.deepEqual(describeErrors(errorsOf(m)), '', practice);
    }
  });

  it('requires both condition and justification in a derogation', () => {
    const m = valid();
    delete m.riskClassification.derogation.justification;
    assert.ok(hasError(errorsOf(m), '/riskClassification/derogation', 'required', ['missingProperty', 'justification']));
  });

  it('reports unknown keys through additionalProperties (the typo guard)', () => {
    const m = valid();
    m.humanOversight.reviwer = 'typo';
    assert.ok(hasError(errorsOf(m), '/humanOversight', 'additionalProperties', ['additionalProperty', 'reviwer']));
  });

  it('checks types and formats', () => {
    const bad: Array<[(m: Record<string, any>) => void, string, string]> = [
      [(m) => (m.manifestVersion = 2), '/manifestVersion', 'const'],
      [(m) => (m.system.id = 'Journal_Notat'), '/system/id', 'pattern'],
      [(m) => (m.system.version = '1.0'), '/system/version', 'pattern'],
      [(m) => (m.system.owner.contact = 'not an e-mail'), '/system/owner/contact', 'pattern'],
      [(m) => (m.dataProtection.dpia.date = '1 March 2026'), '/dataProtection/dpia/date', 'pattern'],
      [(m) => (m.logging.retentionMonths = -1), '/logging/retentionMonths', 'minimum'],
      [(m) => (m.logging.retentionMonths = 6.5), '/logging/retentionMonths', 'type'],
      [(m) => (m.purpose.tasks = []), '/purpose/tasks', 'minItems'],
      [(m) => (m.purpose.tasks = ['journal-notes', 'journal-notes']), '/purpose/tasks', 'uniqueItems'],
      [(m) => (m.decisions.automated = 'no'), '/decisions/automated', 'type'],
      [(m) => (m.riskClassification.practices = ['mind-reading']), '/riskClassification/practices/0', 'enum'],
    ];
    for (const [mutate, path, keyword] of bad) {
      const m = valid();
      mutate(m);
      const errors = errorsOf(m);
      assert.ok(hasError(errors, path, keyword), `${path} ${keyword}: ${describeErrors(errors)}`);
    }
  });

  it('leaves the high-risk requirements to the rules', () => {
    const m = valid();
    m.riskClassification.profiling = true;
    delete m.riskClassification.derogation;
    for (const k of ['fria', 'logging', 'deployment', 'documentation']) delete m[k];
    delete m.humanOversight.competence;
    m.logging = { enabled: true, retentionMonths: 1 };
    assert.deepEqual(describeErrors(errorsOf(m)), '');
  });
});
