import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';

const root = path.resolve(__dirname, '../../..');
const read = (file: string): unknown => JSON.parse(fs.readFileSync(path.join(root, file), 'utf8'));

describe('the timeline data (src/core/law/ai-act-timeline.json)', () => {
  const schema = read('src/core/law/ai-act-timeline.schema.json') as object;
  const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);

  it('matches its JSON Schema (src/core/law/ai-act-timeline.schema.json)', () => {
    const valid = validate(read('src/core/law/ai-act-timeline.json'));
    assert.ok(valid, JSON.stringify(validate.errors, null, 2));
  });

  it('the schema rejects an unknown key, a wrong certainty and a malformed date', () => {
    const data = () => read('src/core/law/ai-act-timeline.json') as { milestones: Record<string, unknown>[] };
    const unknownKey = data();
    unknownKey.milestones[0].appliesTo = 'everyone';
    const badCertainty = data();
    badCertainty.milestones[0].certainty = 'probable';
    const badDate = data();
    badDate.milestones[0].date = '2026-8-2';
    for (const broken of [unknownKey, badCertainty, badDate]) assert.equal(validate(broken), false);
  });

  it('every milestone id a provision or edition names exists, and ids are unique', () => {
    const data = read('src/core/law/ai-act-timeline.json') as {
      editions: Record<string, { inForceFrom: string }>;
      milestones: { id: string }[];
      provisions: {
        id: string;
        appliesFrom: Record<string, string | null>;
        existingSystems?: { cutOff: Record<string, string | null>; backstop: string };
        inServiceBefore?: string;
        otherwise?: string;
      }[];
    };
    const milestones = data.milestones.map((m) => m.id);
    const provisions = data.provisions.map((p) => p.id);
    assert.equal(new Set(milestones).size, milestones.length);
    assert.equal(new Set(provisions).size, provisions.length);
    const named = [
      ...Object.values(data.editions).map((e) => e.inForceFrom),
      ...data.provisions.flatMap((p) => [
        ...Object.values(p.appliesFrom),
        ...Object.values(p.existingSystems?.cutOff ?? {}),
        p.inServiceBefore,
      ]),
    ].filter((id): id is string => typeof id === 'string');
    assert.deepEqual(
      named.filter((id) => !milestones.includes(id)),
      [],
    );
    const namedProvisions = data.provisions
      .flatMap((p) => [p.existingSystems?.backstop, p.otherwise])
      .filter((id): id is string => typeof id === 'string');
    assert.deepEqual(
      namedProvisions.filter((id) => !provisions.includes(id)),
      [],
    );
  });
});
