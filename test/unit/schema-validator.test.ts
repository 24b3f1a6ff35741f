import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import { VALIDATOR_FILE, VALIDATOR_OPTIONS, validatorSource } from '../../scripts/generate-validator';
import schema from '../../schemas/ai-system.schema.json';
import { validate } from '../../src/core/generated/manifestValidator';
import { highRiskManifest, minimalManifest } from './manifests';

const root = path.resolve(__dirname, '../../..');

describe('the precompiled schema validator', () => {
  it('is in step with schemas/ai-system.schema.json (run `npm run generate:validator` after a schema change)', () => {
    assert.equal(fs.readFileSync(path.join(root, VALIDATOR_FILE), 'utf8'), validatorSource(schema));
  });

  it('gives the same verdicts and errors as ajv compiling the schema at run time', () => {
    const compiled = new Ajv({ ...VALIDATOR_OPTIONS, code: {} }).compile(schema);
    const broken = minimalManifest();
    broken.system.role = 'user';
    broken.riskClassification.practices = ['interacts-with-persons'];
    delete broken.dataProtection.dpia;
    broken.extra = true;
    for (const data of [minimalManifest(), highRiskManifest(), broken, null, [], { manifestVersion: 2 }]) {
      const precompiled = validate as unknown as typeof compiled;
      assert.equal(precompiled(data), compiled(data));
      assert.deepEqual(precompiled.errors ?? null, compiled.errors ?? null);
    }
  });
});
