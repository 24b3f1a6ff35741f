import * as assert from 'node:assert/strict';
import { hoverAt } from '../../src/core/features/hover';
import { appliesFromPhrase, movedByOmnibus, type Edition, type ProvisionId } from '../../src/core/law/timeline';
import type { Lang } from '../../src/core/types';

/** Hover at the `|` in the text. */
function hover(marked: string, lang: Lang = 'en', edition?: Edition) {
  const offset = marked.indexOf('|');
  assert.ok(offset >= 0, 'the test text marks the position with |');
  return hoverAt(marked.slice(0, offset) + marked.slice(offset + 1), offset, lang, edition);
}

function contents(marked: string, lang: Lang = 'en', edition?: Edition): string {
  const found = hover(marked, lang, edition);
  assert.ok(found, `a hover at ${JSON.stringify(marked)}`);
  return found.contents;
}

/** The capitalised "Applies from …" phrase of the timeline, as the hover writes it. */
function applies(id: ProvisionId, lang: Lang = 'en', edition?: Edition): string {
  const phrase = appliesFromPhrase(id, edition)[lang];
  return phrase[0].toUpperCase() + phrase.slice(1);
}

const MANIFEST = `manifestVersion: 1
system:
  id: journalnotat-assistent
  role: deployer
riskClassification:
  practices: [synthetic-content, social-scoring, csam-generation]
  annexIII:
    - essential-public-services
transparency:
  citizenNotice: https://eksempel.dk/privatliv
  contentMarking: Marked
dataProtection:
  personalData: true
  dpia:
    status: completed
fria:
  status: in-progress
aiLiteracy:
  measures: Course
`;

/** MANIFEST with `|` put before the n-th occurrence (0-based) of `needle`, plus `shift` characters. */
function at(needle: string, shift = 1, occurrence = 0, text = MANIFEST): string {
  let index = -1;
  for (let i = 0; i <= occurrence; i++) index = text.indexOf(needle, index + 1);
  assert.ok(index >= 0, needle);
  return text.slice(0, index + shift) + '|' + text.slice(index + shift);
}

describe('hover', () => {
  it('over a key: the title in bold, the description, and the range of the key', () => {
    const found = hover(at('role:'));
    assert.ok(found);
    assert.match(found.contents, /^\*\*Role\*\*\n\n\*\*AI Act Art\. 3\(3\)/);
    assert.deepEqual(found.range, { start: { line: 3, character: 2 }, end: { line: 3, character: 6 } });
    assert.doesNotMatch(found.contents, /Applies from/, 'the role is not a dated duty');
  });

  it('over a key of a dated duty: the date it applies from, from the timeline', () => {
    assert.ok(contents(at('fria:')).includes(applies('annex-iii-high-risk')));
    assert.ok(contents(at('status: in-progress')).includes(applies('annex-iii-high-risk')), 'a field inherits its section’s date');
    assert.ok(contents(at('contentMarking')).includes(applies('transparency')));
    assert.ok(contents(at('citizenNotice')).includes(applies('gdpr')), 'GDPR Arts. 13–14 apply since 25 May 2018');
    assert.ok(contents(at('aiLiteracy')).includes(applies('ai-literacy')));
    assert.ok(contents(at('practices')).includes(applies('prohibitions')));
    assert.ok(contents(at('status: completed')).includes(applies('gdpr')), 'dataProtection.dpia.status');
  });

  it('follows the edition of the law', () => {
    assert.ok(movedByOmnibus('annex-iii-high-risk'));
    assert.ok(contents(at('fria:'), 'en', 'adopted').includes(applies('annex-iii-high-risk', 'en', 'adopted')));
    assert.ok(!contents(at('fria:'), 'en', 'adopted').includes(applies('annex-iii-high-risk', 'en', 'amended')));
  });

  it('over an enum value: its description and the field title', () => {
    const found = hover(at('deployer', 3));
    assert.ok(found);
    assert.match(found.contents, /^\*\*Role\*\*: `deployer`\n\n.*Deployer/);
    assert.deepEqual(found.range, { start: { line: 3, character: 8 }, end: { line: 3, character: 16 } });
    assert.match(contents(at('essential-public-services')), /`essential-public-services`/);
    assert.ok(contents(at('essential-public-services')).includes(applies('annex-iii-high-risk')));
  });

  it('over a practice: the date of that practice’s provision', () => {
    assert.ok(contents(at('social-scoring')).includes(applies('prohibitions')));
    assert.ok(contents(at('csam-generation', 5)).includes(applies('new-prohibitions')));
    assert.ok(contents(at('synthetic-content')).includes(applies('transparency')));
  });

  it('speaks Danish', () => {
    assert.match(contents(at('role:'), 'da'), /^\*\*Rolle\*\*/);
    assert.match(contents(at('deployer', 2), 'da'), /Idriftsætter/);
    assert.ok(contents(at('fria:'), 'da').includes(applies('annex-iii-high-risk', 'da')));
  });

  it('works when the YAML has syntax errors elsewhere', () => {
    const broken = `system:\n  id: [unclosed\n  name: "open\n\tbad: tab\n${MANIFEST.slice(MANIFEST.indexOf('riskClassification'))}`;
    assert.match(contents(at('contentMarking', 1, 0, broken)), /^\*\*/);
    assert.match(contents(at('social-scoring', 1, 0, broken)), /`social-scoring`/);
  });

  it('has nothing over free text, unknown keys, comments and blank space', () => {
    assert.equal(hover(at('journalnotat-assistent')), undefined);
    assert.equal(hover('system:\n  colour|: blue'), undefined);
    assert.equal(hover('# role: dep|loyer'), undefined);
    assert.equal(hover('system:\n |  role: deployer'), undefined);
    assert.equal(hover('system:\n  role: pro|grammer'), undefined);
  });
});
