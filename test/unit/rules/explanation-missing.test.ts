import * as assert from 'node:assert/strict';
import { assess } from '../../../src/core/assessment/assess';
import { renderTemplate } from '../../../src/core/templates/index';
import { fixesFor } from '../../../src/core/features/fixes';
import { check, findingsOf, highRiskManifest, minimalManifest, toYaml } from '../manifests';
import { describeRuleCases, with_ } from './ruleCase';

/** A recommender that lists its Annex III area but is kept out of the high tier by a complete derogation. */
function lowRiskRecommender(): Record<string, any> {
  return with_(minimalManifest(), (m) => {
    m.purpose.tasks = ['recommendation'];
    m.riskClassification.annexIIIAssessment = 'It recommends internal training courses to staff; no decision about a citizen.';
  });
}

describeRuleCases('explanation-missing', [
  {
    name: 'a deployer of an Annex III high-risk system: an error (Forvaltningsloven §§ 22–24, Art. 86)',
    triggers: () => with_(highRiskManifest(), (m) => delete m.decisions.explanation),
    control: () => highRiskManifest(),
    severity: 'error',
    rangeText: 'decisions',
    mentions: ["'decisions.explanation'", 'Forvaltningsloven §§ 22–24', 'Art. 86'],
  },
  {
    name: 'a recommender that is not high-risk: a warning on Forvaltningsloven alone',
    triggers: () => lowRiskRecommender(),
    control: () => with_(lowRiskRecommender(), (m) => (m.decisions.explanation = 'docs/explanation.md')),
    severity: 'warning',
    rangeText: 'decisions',
    mentions: ["'decisions.explanation'", 'Forvaltningsloven §§ 22–24'],
  },
  {
    name: 'a blank explanation is no explanation',
    triggers: () => with_(lowRiskRecommender(), (m) => (m.decisions.explanation = '   ')),
    control: () => with_(lowRiskRecommender(), (m) => (m.decisions.explanation = 'The reasons name the recommendation.')),
    severity: 'warning',
    rangeText: '',
    mentions: ["'decisions.explanation'"],
  },
]);

describe('rule explanation-missing (date, duty, template)', () => {
  it('has no date and --due-only never lowers it, also before any AI Act date', () => {
    const manifest = highRiskManifest();
    delete manifest.decisions.explanation;
    const result = check(manifest, { dueOnly: true, referenceDate: '2024-01-01' });
    const [finding] = findingsOf(result, 'explanation-missing');
    assert.equal(finding.severity, 'error');
    assert.equal(finding.appliesFrom, undefined);
    assert.match(finding.message.da, /forvaltningsloven §§ 22–24; AI-forordningens art\. 86/);
    assert.doesNotMatch(finding.message.en, /applies from/);
  });

  it('a system that does not support decisions has neither the finding nor the duty', () => {
    const result = check(minimalManifest());
    assert.deepEqual(findingsOf(result, 'explanation-missing'), []);
    assert.equal(
      assess(result, '2026-12-05').obligations.find((o) => o.id === 'explain-decisions'),
      undefined,
    );
  });

  it('assess: the duty has no date and is met or missing on any date', () => {
    for (const date of ['2024-01-01', '2031-01-01']) {
      const met = assess(check(highRiskManifest()), date).obligations.find((o) => o.id === 'explain-decisions');
      assert.equal(met?.status, 'met', date);
      assert.equal(met?.appliesFrom, undefined);
      assert.match(met?.article ?? '', /Art\. 86/);
      const missing = assess(check(with_(highRiskManifest(), (m) => delete m.decisions.explanation)), date).obligations.find(
        (o) => o.id === 'explain-decisions',
      );
      assert.equal(missing?.status, 'missing', date);
    }
    const low = assess(check(lowRiskRecommender()), '2026-12-05').obligations.find((o) => o.id === 'explain-decisions');
    assert.equal(low?.status, 'missing');
    assert.match(low?.text.da ?? '', /Begrund afgørelser/);
  });

  it('the template asks the questions of Forvaltningsloven §§ 22–24 and Art. 86, each with its question id', () => {
    const input = { systemName: 'Match', systemId: 'match', organisation: 'Eksempel Kommune', role: 'deployer', date: '2026-12-05' };
    for (const lang of ['en', 'da'] as const) {
      const text = renderTemplate('explanation', lang, input);
      for (const id of ['22-decisions', '24-role', '24-facts', '86-request'])
        assert.match(text, new RegExp(`^## .*\\n<!-- ai-system-manifest:question explanation\\.${id} -->$`, 'm'), `${lang} ${id}`);
      assert.match(text, lang === 'da' ? /forvaltningsloven § 22/ : /Forvaltningsloven § 22/);
      assert.match(text, /86/);
    }
  });

  it('the quick fixes create docs/explanation.md from the template and link it (preferred), or insert a placeholder', () => {
    const text = toYaml(lowRiskRecommender());
    const [finding] = findingsOf(check(text), 'explanation-missing');
    for (const lang of ['en', 'da'] as const) {
      const fixes = fixesFor(text, finding, lang, '2026-12-05');
      assert.deepEqual(
        fixes.map((fix) => fix.kind),
        ['create-document', 'insert-field'],
      );
      const create = fixes[0];
      assert.equal(create.isPreferred, true);
      assert.equal(create.document?.relativePath, 'docs/explanation.md');
      assert.deepEqual(create.document?.linkPath, ['decisions', 'explanation']);
      assert.match(create.document?.content ?? '', /<!-- ai-system-manifest:template explanation -->/);
      assert.match(create.inserts.map((insert) => insert.text).join(''), /explanation: docs\/explanation\.md/);
    }
  });
});
