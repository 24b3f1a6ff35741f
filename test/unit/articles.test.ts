import * as assert from 'node:assert/strict';
import { cite } from '../../src/core/law/articles';
import { enumName, enumNames } from '../../src/core/law/enumNames';
import { counted, findingCounts } from '../../src/core/counts';
import { MANIFEST_SCHEMA } from '../../src/core/schema';

describe('cite: article references in Danish and English', () => {
  it('names each article of a list (spec: "Messages come in English and Danish")', () => {
    assert.equal(cite('AI Act Arts. 26(8), 49(3)', 'da'), 'AI-forordningens art. 26, stk. 8, og art. 49, stk. 3');
    assert.equal(cite('Arts. 5(1)(c), 6, 9 and 32', 'da'), 'art. 5, stk. 1, litra c, og art. 6, 9 og 32');
    assert.equal(cite('Art. 6(2), 6(3) last subparagraph', 'da'), 'art. 6, stk. 2, og art. 6, stk. 3, sidste afsnit');
    assert.equal(cite('AI Act Arts. 9, 10, 11, 13, 15, 17, 43, 49, 72', 'da'), 'AI-forordningens art. 9, 10, 11, 13, 15, 17, 43, 49 og 72');
    assert.equal(cite('Art. 6(3), 6(4)', 'da'), 'art. 6, stk. 3 og 4');
    assert.equal(
      cite('AI Act Art. 26(1), (4), (5), (8), (11); Art. 49(3)', 'da'),
      'AI-forordningens art. 26, stk. 1, 4, 5, 8 og 11; art. 49, stk. 3',
    );
    assert.equal(cite('AI Act Art. 50(1)–(4)', 'da'), 'AI-forordningens art. 50, stk. 1–4');
    assert.equal(cite('Art. 6(3), last subparagraph', 'da'), 'art. 6, stk. 3, sidste afsnit');
    assert.equal(cite('AI Act Arts. 12, 19, 26(6)', 'da'), 'AI-forordningens art. 12 og 19, og art. 26, stk. 6');
  });

  it('cites Annex points with their letter, and nothing English remains', () => {
    assert.equal(cite('Annex III point 5(a)', 'da'), 'bilag III, punkt 5, litra a');
    assert.equal(cite('Art. 6(2), Annex III point 1(c)', 'da'), 'art. 6, stk. 2, bilag III, punkt 1, litra c');
    assert.equal(cite('AI Act Art. 6(2), Annex III points 4 and 5', 'da'), 'AI-forordningens art. 6, stk. 2, bilag III, punkt 4 og 5');
    assert.equal(
      cite('AI Act Arts. 14, 26(2); Danish executive order; Forvaltningsloven', 'da'),
      'AI-forordningens art. 14 og art. 26, stk. 2; bekendtgørelsen; forvaltningsloven',
    );
  });

  it('leaves a date after an article alone, and English as written', () => {
    assert.equal(cite('Art. 50(2), 2 August 2026', 'da'), 'art. 50, stk. 2, 2 August 2026');
    assert.equal(cite('AI Act Arts. 26(8), 49(3)', 'en'), 'AI Act Arts. 26(8), 49(3)');
  });
});

describe('enumName: the one table of Danish names for enum values', () => {
  it('names the tiers, Annex III areas and statuses as the spec says', () => {
    assert.deepEqual(
      ['prohibited', 'high', 'limited', 'minimal'].map((tier) => enumName('tier', tier, 'da')),
      ['forbudt', 'højrisiko', 'begrænset risiko', 'minimal risiko'],
    );
    assert.equal(enumName('annexIII', 'essential-public-services', 'da'), 'væsentlige offentlige ydelser');
    assert.equal(enumName('dpiaStatus', 'completed', 'da'), 'gennemført');
    assert.equal(enumName('friaStatus', 'in-progress', 'da'), 'i gang');
    assert.equal(enumName('role', 'deployer', 'da'), 'idriftsætter');
    assert.equal(enumName('tier', 'high', 'en'), 'high');
    assert.equal(enumName('tier', 'unheard-of', 'da'), 'unheard-of');
  });

  it('has a Danish name, different from the value, for every value of every kind the schema lists', () => {
    const kinds = [
      'tier',
      'status',
      'role',
      'category',
      'task',
      'affectedPerson',
      'practice',
      'annexIII',
      'condition',
      'dataCategory',
      'dpiaStatus',
      'friaStatus',
      'hosting',
    ] as const;
    for (const kind of kinds) {
      const names = enumNames(kind);
      assert.ok(names.length > 0, kind);
      for (const [value, name] of names) if (value !== 'chatbot') assert.notEqual(name, value, `${kind} ${value}`);
    }
    const tiers = (MANIFEST_SCHEMA.properties?.riskClassification?.properties?.declaredTier?.enum ?? []) as string[];
    assert.deepEqual(
      enumNames('tier').map(([value]) => value),
      tiers,
    );
  });
});

describe('counted: numbers agree', () => {
  it('in Danish and English', () => {
    assert.equal(findingCounts({ errors: 1, warnings: 1, information: 0 }, 'da'), '1 fejl, 1 advarsel, 0 oplysninger');
    assert.equal(findingCounts({ errors: 2, warnings: 2, information: 1 }, 'da'), '2 fejl, 2 advarsler, 1 oplysning');
    assert.equal(findingCounts({ errors: 1, warnings: 2, information: 0 }, 'en'), '1 error(s), 2 warning(s), 0 information');
    assert.equal(counted(1, 'manifest', 'da'), '1 manifest');
    assert.equal(counted(3, 'manifest', 'da'), '3 manifester');
  });
});
