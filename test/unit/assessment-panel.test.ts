// The assessment panel's page (src/core/views/assessmentPanel.ts): the assessment's Markdown as HTML, the record
// action with its question, the result, the CSP, and the messages the panel accepts from its webview.
import * as assert from 'node:assert/strict';
import { assess } from '../../src/core/assessment/assess';
import { checkManifestText } from '../../src/core/check';
import { assessmentMarkdown, assessmentTitle } from '../../src/core/views/assessmentMarkdown';
import { recordedText, renderAssessmentBody, renderAssessmentHtml, validateAssessmentMessage } from '../../src/core/views/assessmentPanel';
import { highRiskManifest, toYaml } from './manifests';

describe('assessment panel (HTML)', () => {
  const manifest = highRiskManifest();
  manifest.riskClassification.declaredTier = 'limited';
  const assessment = assess(checkManifestText(toYaml(manifest)), '2027-12-02');
  const markdown = assessmentMarkdown(assessment, { lang: 'en', subject: 'Testsystem <b>', declaredTier: 'limited' });

  it('shows the Markdown of "Assess risk tier" as HTML: the same headings, tables and texts', () => {
    const html = renderAssessmentBody({ lang: 'en', markdown });
    assert.match(html, /<h1>Risk tier: Testsystem &lt;b&gt;<\/h1>/, 'the name escaped, not markup');
    assert.match(html, /<h2>High risk \(<code>high<\/code>\)<\/h2>/);
    assert.match(html, /Declared tier: <code>limited<\/code> — <strong>differs from the computed tier<\/strong>/);
    assert.match(html, /<td>Listed in Annex III: essential-public-services[^<]*<\/td>/);
    assert.equal((html.match(/<tr>/g) ?? []).length, assessment.reasons.length + assessment.obligations.length + 2, 'every row');
    assert.doesNotMatch(html, /\| ---/, 'no table left as Markdown text');
  });

  it('renders no HTML of its own from the Markdown but the line break of an accepted finding', () => {
    const html = renderAssessmentBody({
      lang: 'en',
      markdown: '| a |\n| --- |\n| x<br>accepted by DPO <script>alert(1)</script> [l](https://example.org) |',
    });
    assert.match(html, /<td>x<br>\naccepted by DPO &lt;script&gt;alert\(1\)&lt;\/script&gt; \[l\]\(https:\/\/example\.org\)<\/td>/);
    assert.doesNotMatch(html, /<a /, 'no link out of the panel');
  });

  it('offers to record the computed tier under the tier, with a question that names the value and the file, in both languages', () => {
    const html = renderAssessmentBody({ lang: 'en', markdown, record: { tier: 'high', declared: 'limited', file: 'ai-system.yaml' } });
    const declared = html.indexOf('Declared tier: <code>limited</code>');
    const section = html.indexOf('<section class="record"');
    assert.ok(
      declared > html.indexOf('</h2>') && section > declared && section < html.indexOf('<h3>'),
      'under the tier and the declared tier',
    );
    assert.match(html, /<button type="button" id="record-ask" data-action="ask"[^>]*>Update declaredTier to high…<\/button>/);
    assert.match(html, /<div id="record-confirm" class="confirm" role="group" aria-labelledby="record-question" hidden>/);
    assert.match(html, /Write riskClassification\.declaredTier: high into ai-system\.yaml\?/);
    assert.match(html, /<button type="button" data-action="record" data-tier="high">Record<\/button>/);
    const danish = renderAssessmentBody({
      lang: 'da',
      markdown: assessmentMarkdown(assessment, { lang: 'da', subject: 'System' }),
      record: { tier: 'high', file: 'ai-system.yaml' },
    });
    assert.match(
      danish,
      /<\/h2>\n<section class="record"[^>]*>\n<p>Manifestet angiver ikke det beregnede risikoniveau/,
      'no declared tier: right under the tier',
    );
    assert.match(danish, />Registrér declaredTier: high…<\/button>/);
    assert.match(danish, /Skriv riskClassification\.declaredTier: high i ai-system\.yaml\?/);
    assert.doesNotMatch(danish, /risk tier|Record|Cancel/);
    assert.equal(assessmentTitle('System', 'da'), 'Risikoniveau: System');
  });

  it('shows the result of "Record" as a status the webview focuses', () => {
    const text = recordedText('high', 'ai-system.yaml', 'en');
    assert.equal(text, 'Recorded: riskClassification.declaredTier is now high in ai-system.yaml (not saved yet).');
    const html = renderAssessmentBody({ lang: 'en', markdown, result: { id: 3, ok: true, text } });
    assert.match(html, /<p id="assessment-result" class="result" role="status" tabindex="-1" data-result="3">Recorded: /);
    const failed = renderAssessmentBody({ lang: 'en', markdown, result: { id: 4, ok: false, text: '<why>' } });
    assert.match(failed, /class="result failed"[^>]*>&lt;why&gt;<\/p>/);
  });

  it('is a page with a strict CSP: its style and script by nonce, nothing remote', () => {
    const html = renderAssessmentHtml(
      { lang: 'da', markdown, record: { tier: 'high', file: 'ai-system.yaml' } },
      {
        nonce: 'abc123DEF456ghi789==',
        scriptUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/dist/webview/assessment.js',
        title: 'T',
      },
    );
    assert.match(
      html,
      /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'nonce-abc123DEF456ghi789=='; script-src 'nonce-abc123DEF456ghi789=='; img-src 'none'; base-uri 'none'; form-action 'none'">/,
    );
    assert.match(html, /<html lang="da">/);
    assert.equal((html.match(/<script\b/g) ?? []).length, 1);
    assert.match(html, /<script nonce="abc123DEF456ghi789==" src="https:\/\/file\+\.vscode-resource[^"]*assessment\.js"><\/script>/);
    assert.match(html, /<style nonce="abc123DEF456ghi789==">[^<]*var\(--vscode-foreground\)/);
    assert.throws(() => renderAssessmentHtml({ lang: 'en', markdown }, { nonce: "'x'", scriptUri: '', title: '' }));
  });

  it('accepts from its webview only a confirmed "Record" of a known tier', () => {
    assert.deepEqual(validateAssessmentMessage({ command: 'recordTier', tier: 'high' }), { command: 'recordTier', tier: 'high' });
    for (const message of [
      null,
      [],
      'recordTier',
      { command: 'recordTier' },
      { command: 'recordTier', tier: 'extreme' },
      { command: 'fix', tier: 'high' },
    ])
      assert.equal(validateAssessmentMessage(message), undefined, JSON.stringify(message));
  });
});
