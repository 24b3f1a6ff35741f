import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseTemplateFile, readTemplateFiles, TEMPLATES_DIR, TEMPLATES_FILE, templatesSource } from '../../scripts/generate-templates';
import {
  DOCUMENT_TEMPLATES,
  detectTemplateKind,
  formatTemplateDate,
  frameText,
  templateTexts,
  renderTemplate,
  templateMarker,
  type DocumentKind,
  type TemplateInput,
} from '../../src/core/templates/index';

const root = path.resolve(__dirname, '../../..');

const KINDS: readonly DocumentKind[] = [
  'dpia',
  'fria',
  'human-oversight',
  'ai-literacy',
  'citizen-notice',
  'technical-documentation',
  'explanation',
];
const LANGS = ['en', 'da'] as const;

const INPUT: TemplateInput = {
  systemName: 'Journalnotat-assistent',
  systemId: 'journalnotat-assistent',
  organisation: 'Eksempel Kommune',
  role: 'deployer',
  date: '2026-03-01',
};

/** The headings the law asks for, per kind and language (substrings of the rendered Markdown headings). */
const REQUIRED_HEADINGS: Record<DocumentKind, Record<'en' | 'da', readonly string[]>> = {
  dpia: {
    en: [
      'Systematic description of the processing and its purposes (Art. 35(7)(a))',
      'Necessity and proportionality of the processing in relation to the purposes (Art. 35(7)(b))',
      'Risks to the rights and freedoms of data subjects (Art. 35(7)(c))',
      'Measures envisaged to address the risks (Art. 35(7)(d))',
      'Advice of the data protection officer (Art. 35(2))',
      'AI-specific points',
      'Profiling',
      'Automated individual decisions (Art. 22)',
      "Datatilsynet's template",
    ],
    da: [
      'Systematisk beskrivelse af behandlingen og formålene (art. 35, stk. 7, litra a)',
      'Vurdering af behandlingens nødvendighed og proportionalitet i forhold til formålene (art. 35, stk. 7, litra b)',
      'Vurdering af risiciene for de registreredes rettigheder og frihedsrettigheder (art. 35, stk. 7, litra c)',
      'Foranstaltninger til imødegåelse af risiciene (art. 35, stk. 7, litra d)',
      'Rådgivning fra databeskyttelsesrådgiveren (art. 35, stk. 2)',
      'AI-specifikke forhold',
      'Profilering',
      'Automatiske individuelle afgørelser (art. 22)',
      'Datatilsynets skabelon',
    ],
  },
  fria: {
    en: [
      'processes in which the system is used (Art. 27(1)(a))',
      'Period of time and frequency of use (Art. 27(1)(b))',
      'Categories of natural persons and groups likely to be affected (Art. 27(1)(c))',
      'Specific risks of harm (Art. 27(1)(d))',
      'Human oversight measures (Art. 27(1)(e))',
      'Measures to be taken if the risks materialise (Art. 27(1)(f))',
      'Notification of the market surveillance authority (Art. 27(3))',
    ],
    da: [
      'processer, hvor systemet anvendes (art. 27, stk. 1, litra a)',
      'Periode og hyppighed for anvendelsen (art. 27, stk. 1, litra b)',
      'Kategorier af fysiske personer og grupper, der sandsynligvis vil blive berørt (art. 27, stk. 1, litra c)',
      'Specifikke risici for skade (art. 27, stk. 1, litra d)',
      'Foranstaltninger til menneskeligt tilsyn (art. 27, stk. 1, litra e)',
      'hvis risiciene opstår (art. 27, stk. 1, litra f)',
      'Underretning af markedsovervågningsmyndigheden (art. 27, stk. 3)',
    ],
  },
  'human-oversight': {
    en: [
      'Who oversees the system (Art. 26(2))',
      'Competence, training and authority',
      'Automation bias (Art. 14(4)(b))',
      'overriding or reversing the output (Art. 14(4)(d))',
      'Stopping or suspending the system',
      'officialprincippet',
      'Concrete individual assessment',
      'Reasons for decisions (Forvaltningsloven §§ 22–24)',
    ],
    da: [
      'Hvem fører tilsyn med systemet (art. 26, stk. 2)',
      'Kompetencer, uddannelse og myndighed',
      'Automatiseringsbias (art. 14, stk. 4, litra b)',
      'tilsidesætte eller omgøre output (art. 14, stk. 4, litra d)',
      'Standsning af systemet',
      'officialprincippet',
      'Konkret, individuel vurdering',
      'Begrundelse (forvaltningslovens §§ 22–24)',
    ],
  },
  'ai-literacy': {
    en: [
      'Who uses or operates the system',
      'Technical knowledge, experience, education and training',
      'Context of use',
      'Measures',
      'Follow-up',
    ],
    da: [
      'Hvem anvender eller betjener systemet',
      'Teknisk viden, erfaring, uddannelse og oplæring',
      'Konteksten',
      'Foranstaltninger',
      'Opfølgning',
    ],
  },
  'citizen-notice': {
    en: [
      'We use artificial intelligence',
      'What the AI is used for',
      'A caseworker always makes the decision',
      'The personal data we use',
      'legal basis',
      'Recipients',
      'How long we keep the data',
      'Your rights',
      'Contact',
      'Art. 50(1)',
    ],
    da: [
      'Vi bruger kunstig intelligens',
      'Hvad AI bruges til',
      'En sagsbehandler træffer altid afgørelsen',
      'De personoplysninger, vi bruger',
      'retsgrundlag',
      'Modtagere',
      'Hvor længe vi opbevarer oplysningerne',
      'Dine rettigheder',
      'Kontakt',
      'art. 50, stk. 1',
    ],
  },
  'technical-documentation': {
    en: [
      'General description of the AI system (Annex IV, point 1)',
      'Detailed description of the elements of the AI system and of the process for its development (Annex IV, point 2)',
      'Monitoring, functioning and control of the AI system (Annex IV, point 3)',
      'Appropriateness of the performance metrics (Annex IV, point 4)',
      'Risk management system in accordance with Art. 9 (Annex IV, point 5)',
      'Relevant changes made through the lifecycle (Annex IV, point 6)',
      'Harmonised standards and other solutions applied (Annex IV, point 7)',
      'EU declaration of conformity (Art. 47) (Annex IV, point 8)',
      'Post-market performance evaluation and monitoring plan (Art. 72) (Annex IV, point 9)',
    ],
    da: [
      'Generel beskrivelse af AI-systemet (bilag IV, punkt 1)',
      'Detaljeret beskrivelse af AI-systemets elementer og af processen for dets udvikling (bilag IV, punkt 2)',
      'Overvågning, funktion og kontrol af AI-systemet (bilag IV, punkt 3)',
      'Ydeevneparametrenes hensigtsmæssighed (bilag IV, punkt 4)',
      'Risikostyringssystemet i overensstemmelse med art. 9 (bilag IV, punkt 5)',
      'Relevante ændringer i systemet i løbet af dets livscyklus (bilag IV, punkt 6)',
      'Anvendte harmoniserede standarder og andre løsninger (bilag IV, punkt 7)',
      'EU-overensstemmelseserklæringen, jf. art. 47 (bilag IV, punkt 8)',
      'plan for overvågning efter omsætningen, jf. art. 72 (bilag IV, punkt 9)',
    ],
  },
  explanation: {
    en: [
      'Which decisions the system supports (Forvaltningsloven § 22)',
      'How the reasons state the role of the output (Forvaltningsloven § 24(1))',
      'The facts the decision rests on (Forvaltningsloven § 24(2))',
      'How a person obtains an explanation (AI Act Art. 86)',
    ],
    da: [
      'Hvilke afgørelser systemet understøtter (forvaltningsloven § 22)',
      'Hvordan begrundelsen angiver outputtets rolle (forvaltningsloven § 24, stk. 1)',
      'De faktiske oplysninger, afgørelsen bygger på (forvaltningsloven § 24, stk. 2)',
      'Hvordan en person får en forklaring (AI-forordningens art. 86)',
    ],
  },
};

function headings(markdown: string): string[] {
  return markdown
    .split('\n')
    .filter((line) => /^#{1,6} /.test(line))
    .map((line) => line.replace(/^#{1,6} /, ''));
}

describe('documentation templates', () => {
  it('has one template per kind, with the agreed default paths and manifest fields', () => {
    assert.deepEqual(
      DOCUMENT_TEMPLATES.map((t) => t.kind),
      KINDS,
    );
    const byKind = new Map(DOCUMENT_TEMPLATES.map((t) => [t.kind, t]));
    assert.equal(byKind.get('dpia')?.defaultPath, 'docs/dpia.md');
    assert.deepEqual(byKind.get('dpia')?.manifestField, ['dataProtection', 'dpia', 'document']);
    assert.equal(byKind.get('fria')?.defaultPath, 'docs/fria.md');
    assert.deepEqual(byKind.get('fria')?.manifestField, ['fria', 'document']);
    assert.equal(byKind.get('human-oversight')?.defaultPath, 'docs/human-oversight.md');
    assert.deepEqual(byKind.get('human-oversight')?.manifestField, ['humanOversight', 'procedure']);
    assert.equal(byKind.get('ai-literacy')?.defaultPath, 'docs/ai-literacy.md');
    assert.deepEqual(byKind.get('ai-literacy')?.manifestField, ['aiLiteracy', 'document']);
    assert.equal(byKind.get('citizen-notice')?.defaultPath, 'docs/citizen-notice.md');
    assert.deepEqual(byKind.get('citizen-notice')?.manifestField, ['transparency', 'citizenNotice']);
    assert.equal(byKind.get('technical-documentation')?.defaultPath, 'docs/technical-documentation.md');
    assert.deepEqual(byKind.get('technical-documentation')?.manifestField, ['documentation', 'technical']);
    for (const t of DOCUMENT_TEMPLATES) {
      assert.ok(t.title.en.length > 0 && t.title.da.length > 0, `${t.kind} has titles`);
      assert.notEqual(t.title.en, t.title.da, `${t.kind} has a Danish title`);
    }
  });

  for (const kind of KINDS) {
    for (const lang of LANGS) {
      describe(`${kind} (${lang})`, () => {
        const text = renderTemplate(kind, lang, INPUT);
        const template = DOCUMENT_TEMPLATES.find((t) => t.kind === kind)!;

        it('starts with the template marker and is recognised as a stub', () => {
          assert.equal(text.split('\n')[0], `<!-- ai-system-manifest:template ${kind} -->`);
          assert.equal(text.split('\n')[0], templateMarker(kind));
          assert.equal(detectTemplateKind(text), kind);
        });

        it('has a title with the system name and mentions the id and organisation', () => {
          assert.equal(text.split('\n')[1], `# ${template.title[lang]}: ${INPUT.systemName}`);
          assert.ok(text.includes(INPUT.systemId));
          assert.ok(text.includes(INPUT.organisation));
        });

        it('says it is a stub to complete with the DPO / legal function and is not legal advice', () => {
          if (lang === 'en') {
            assert.match(text, /data protection officer \(DPO\) and legal function/);
            assert.match(text, /not legal advice/);
          } else {
            assert.match(text, /databeskyttelsesrådgiver og juridiske funktion/);
            assert.match(text, /ikke juridisk rådgivning/);
          }
        });

        it('has every heading the law asks for', () => {
          const found = headings(text);
          for (const required of REQUIRED_HEADINGS[kind][lang]) {
            assert.ok(
              found.some((h) => h.includes(required)),
              `missing heading "${required}" in:\n${found.join('\n')}`,
            );
          }
        });

        it('gives every section an italic guiding question and a TODO placeholder', () => {
          const lines = text.split('\n');
          const sectionStarts = lines
            .map((line, i) => ({ line, i }))
            .filter(({ line }) => /^#{2,6} /.test(line) && !/^## (Sources|Kilder)$/.test(line));
          assert.ok(sectionStarts.length >= 5);
          for (let s = 0; s < sectionStarts.length; s++) {
            const start = sectionStarts[s].i;
            const end = s + 1 < sectionStarts.length ? sectionStarts[s + 1].i : lines.length;
            const body = lines.slice(start + 1, end);
            assert.ok(
              body.some((l) => /^\*[^*].*[^*]\*$/.test(l)),
              `no italic question under "${sectionStarts[s].line}"`,
            );
            const nextIsSubsection =
              s + 1 < sectionStarts.length &&
              sectionStarts[s + 1].line.match(/^#+/)![0].length > sectionStarts[s].line.match(/^#+/)![0].length;
            if (!nextIsSubsection) {
              assert.ok(
                body.some((l) => l.includes('TODO')),
                `no TODO under "${sectionStarts[s].line}"`,
              );
            }
          }
        });

        it('ends with a list of sources', () => {
          const heading = lang === 'en' ? '## Sources' : '## Kilder';
          const at = text.indexOf(`\n${heading}\n`);
          assert.ok(at > 0, 'has a sources heading');
          const list = text
            .slice(at)
            .split('\n')
            .filter((l) => l.startsWith('- '));
          assert.ok(list.length >= 2, 'lists at least two sources');
        });

        it('has no undefined, null, NaN or unfilled tokens', () => {
          assert.doesNotMatch(text, /undefined|\bnull\b|NaN|\[object Object\]/);
          assert.doesNotMatch(text, /\{(system|organisation)\}/);
        });

        it('is deterministic', () => {
          assert.equal(renderTemplate(kind, lang, { ...INPUT }), text);
          assert.equal(renderTemplate(kind, lang, INPUT), renderTemplate(kind, lang, INPUT));
        });

        it('renders without a role, and with a system name that needs escaping', () => {
          const other = renderTemplate(kind, lang, {
            systemName: 'A | B',
            systemId: 'a-b',
            organisation: 'Eksempel Kommune',
            date: 'not a date',
          });
          assert.ok(other.includes('A | B'), 'title keeps the name');
          assert.ok(other.includes('A \\| B'), 'table cell escapes the pipe');
          assert.ok(other.includes('not a date'), 'an unparseable date is shown as given');
          assert.doesNotMatch(other, /undefined|\bnull\b|NaN/);
        });
      });
    }
  }

  it('uses the language asked for', () => {
    assert.match(renderTemplate('dpia', 'da', INPUT), /Konsekvensanalyse vedrørende databeskyttelse/);
    assert.match(renderTemplate('fria', 'da', INPUT), /Konsekvensanalyse vedrørende grundlæggende rettigheder/);
    assert.match(renderTemplate('human-oversight', 'da', INPUT), /menneskeligt tilsyn/);
    assert.match(renderTemplate('ai-literacy', 'da', INPUT), /AI-færdigheder/);
    assert.match(renderTemplate('technical-documentation', 'da', INPUT), /Teknisk dokumentation/);
    assert.doesNotMatch(renderTemplate('dpia', 'en', INPUT), /Konsekvensanalyse/);
  });

  it('formats the date in the document language', () => {
    assert.equal(formatTemplateDate('2026-03-01', 'en'), '1 March 2026');
    assert.equal(formatTemplateDate('2026-03-01', 'da'), '1. marts 2026');
    assert.equal(formatTemplateDate('2027-12-02', 'da'), '2. december 2027');
    assert.ok(renderTemplate('dpia', 'da', INPUT).includes('| Dato | 1. marts 2026 |'));
    assert.ok(renderTemplate('dpia', 'en', INPUT).includes('| Date | 1 March 2026 |'));
  });

  it('notes role-specific duties', () => {
    assert.match(renderTemplate('technical-documentation', 'en', INPUT), /provider's duty/);
    assert.doesNotMatch(renderTemplate('technical-documentation', 'en', { ...INPUT, role: 'provider' }), /provider's duty/);
    assert.match(renderTemplate('fria', 'da', { ...INPUT, role: 'provider' }), /idriftsætterens forpligtelse/);
  });

  describe('points of the law the stubs must raise (issue 10, item 7)', () => {
    /** The rendered text above the sources list, so that a citation in the sources alone does not count. */
    function body(kind: DocumentKind, lang: 'en' | 'da'): string {
      const text = renderTemplate(kind, lang, INPUT);
      const at = text.indexOf(lang === 'en' ? '\n## Sources\n' : '\n## Kilder\n');
      assert.ok(at > 0, 'has a sources heading');
      return text.slice(0, at);
    }

    const POINTS: readonly { kind: DocumentKind; point: string; en: readonly RegExp[]; da: readonly RegExp[] }[] = [
      {
        kind: 'dpia',
        point: 'asks for the views of data subjects or their representatives (GDPR Art. 35(9))',
        en: [/^## .*Views of data subjects or their representatives \(Art\. 35\(9\)\)$/m, /seeks the views of data subjects/],
        da: [
          /^## .*De registreredes eller deres repræsentanters synspunkter \(art\. 35, stk\. 9\)$/m,
          /søger, hvor det er relevant, de registreredes eller deres repræsentanters/,
        ],
      },
      {
        kind: 'fria',
        point: 'says its results are notified to the market surveillance authority (AI Act Art. 27(3))',
        en: [/notifies the market surveillance authority of its results[^.]*\(Art\. 27\(3\)\)/],
        da: [/underretter idriftsætteren markedsovervågningsmyndigheden om resultaterne[^.]*\(art\. 27, stk\. 3\)/],
      },
      {
        kind: 'citizen-notice',
        point: 'says persons subject to decisions the system helps make are told (AI Act Art. 26(11))',
        en: [/helps make decisions about natural persons, the deployer informs the persons concerned[^?]*\(Art\. 26\(11\)\)/],
        da: [/bistår med at træffe afgørelser vedrørende fysiske personer, oplyser idriftsætteren[^?]*\(art\. 26, stk\. 11\)/],
      },
      {
        kind: 'citizen-notice',
        point: 'covers the right to an explanation of individual decision-making (AI Act Art. 86)',
        en: [/^## .*your right to an explanation.*Art\. 86\)$/m, /right to clear and meaningful explanations[^?]*\(Art\. 86\)/],
        da: [/^## .*din ret til en forklaring.*art\. 86\)$/m, /ret til klare og meningsfulde forklaringer[^?]*\(art\. 86\)/],
      },
    ];

    for (const { kind, point, en, da } of POINTS) {
      for (const lang of LANGS) {
        it(`${kind} (${lang}) ${point}`, () => {
          const text = body(kind, lang);
          for (const pattern of lang === 'en' ? en : da) assert.match(text, pattern);
          if (lang === 'da') assert.doesNotMatch(text, /\bArt\. \d/, 'Danish cites "art. N, stk. M"');
        });
      }
    }
  });

  it('detects only the marker at the start of a document', () => {
    assert.equal(detectTemplateKind('# A finished DPIA\n'), undefined);
    assert.equal(detectTemplateKind('<!-- ai-system-manifest:template nonsense -->\n'), undefined);
    assert.equal(detectTemplateKind('\uFEFF<!-- ai-system-manifest:template fria -->\n# x'), 'fria');
  });
});

describe('documentation templates as data (src/core/templates/*.md)', () => {
  const files = readTemplateFiles(path.join(root, TEMPLATES_DIR));

  it('the generated module is in step with the data files (run `npm run generate:templates` after editing one)', () => {
    assert.equal(fs.readFileSync(path.join(root, TEMPLATES_FILE), 'utf8'), templatesSource(files));
  });

  it('has one file per kind and language, and a frame per language', () => {
    const expected = [...KINDS, 'frame'].flatMap((name) => LANGS.map((lang) => `${name}.${lang}.md`));
    assert.deepEqual(Object.keys(files).sort(), expected.sort());
  });

  /** Each line by what it is: a heading of its level, a question, a quote, a role block marker, a TODO, a list item, a table row. */
  function structure(body: string): string[] {
    return body.split('\n').map((line) => {
      const heading = /^(#+) /.exec(line);
      if (heading) return `h${heading[1].length}`;
      if (/^\*[^*].*\*$/.test(line)) return 'question';
      if (line.startsWith('> ')) return 'quote';
      if (line.startsWith('<!--')) return line;
      if (line.startsWith('- ')) return 'item';
      if (line.startsWith('|')) return 'row';
      if (line === 'TODO' || line === '') return line;
      return 'paragraph';
    });
  }

  const tokens = (body: string) => [...body.matchAll(/\{[A-Za-z]+\}/g)].map((match) => match[0]);

  for (const name of [...KINDS, 'frame']) {
    it(`${name}: English and Danish have the same structure (headings per level, questions, role blocks, TODOs, sources) and tokens`, () => {
      const en = parseTemplateFile(`${name}.en.md`, files[`${name}.en.md`]);
      const da = parseTemplateFile(`${name}.da.md`, files[`${name}.da.md`]);
      assert.deepEqual(structure(da.body), structure(en.body));
      assert.deepEqual(tokens(da.body), tokens(en.body));
      assert.deepEqual(Object.keys(da.frontMatter as object), Object.keys(en.frontMatter as object));
    });
  }

  it('keeps a role note only for its role: the FRIA note for a provider, the technical documentation note for a deployer', () => {
    const NOTED: Partial<Record<DocumentKind, string>> = { fria: 'provider', 'technical-documentation': 'deployer' };
    for (const kind of KINDS) {
      for (const lang of LANGS) {
        for (const role of [undefined, 'provider', 'deployer', 'provider-and-deployer', 'user']) {
          const text = renderTemplate(kind, lang, { ...INPUT, role });
          const note =
            lang === 'en' ? /^> Note: the manifest names the organisation as / : /^> Bemærk: Manifestet angiver organisationen som /;
          const lines = text.split('\n');
          const at = lines.findIndex((line) => note.test(line));
          assert.equal(at >= 0, role !== undefined && NOTED[kind] === role, `${kind} (${lang}) for role ${String(role)}`);
          if (at >= 0)
            assert.deepEqual(
              [lines[at - 1], lines[at + 1], lines[at + 2].slice(0, 3)],
              ['', '', '## '],
              'a paragraph of its own before the sections',
            );
          assert.doesNotMatch(text, /<!-- (?:if role|end if)/, 'no role block marker is left');
        }
      }
    }
  });

  it('keeps each question with its heading split into number, title and article, the same ids in both languages', () => {
    const source = templatesSource({
      'frame.en.md': '---\ndraftRow: "| Status | Draft |"\nroles:\n  provider: Provider\n---\n# {title}\n\n| Status | Draft |\n',
      'dpia.en.md':
        '---\ntitle: DPIA\nquestions:\n  35-7-d: GDPR Art. 35(7)(d)\n  views: GDPR Art. 35(9)\noptional: [views]\n---\n## 4. Measures envisaged (Art. 35(7)(d))\n<!-- ai-system-manifest:question dpia.35-7-d -->\n\nTODO\n\n### Views\n<!-- ai-system-manifest:question dpia.views -->\n',
    });
    assert.match(
      source,
      /"id": "dpia.35-7-d",\n\s*"level": 2,\n\s*"number": "4",\n\s*"title": "Measures envisaged",\n\s*"article": "GDPR Art. 35\(7\)\(d\)"/,
    );
    assert.match(
      source,
      /"id": "dpia.views",\n\s*"level": 3,\n\s*"number": "",\n\s*"title": "Views",\n\s*"article": "GDPR Art. 35\(9\)",\n\s*"optional": true/,
    );
    assert.match(source, /"draftRow": "\| Status \| Draft \|"/);
  });

  it('marks every question of every template (each section with a TODO to answer) with its id, in both languages alike', () => {
    for (const kind of KINDS) {
      const ids: Record<string, string[]> = {};
      for (const lang of LANGS) {
        const lines = renderTemplate(kind, lang, INPUT).split('\n');
        const questions = templateTexts(kind, lang).questions;
        ids[lang] = questions.map((question) => question.id);
        assert.ok(questions.length >= 5, `${kind} (${lang}) asks its questions`);
        lines.forEach((line, i) => {
          if (!/^#{2,6} /.test(line) || /^## (Sources|Kilder)$/.test(line)) return;
          const next = /^<!-- ai-system-manifest:question ([a-z-]+)\.([a-z0-9-]+) -->$/.exec(lines[i + 1]);
          const leaf = !/^#{2,6} /.test(lines.slice(i + 1).find((l) => /^#{2,6} |^TODO$/.test(l)) ?? '');
          assert.equal(next !== null, leaf, `${kind} (${lang}): "${line}" is a question exactly when it asks for an answer`);
          if (!next) return;
          assert.equal(next[1], kind);
          const question = questions.find((q) => q.id === `${kind}.${next[2]}`)!;
          assert.ok(question && question.article.length > 0 && question.title.length > 0, `${kind}.${next[2]} has its data`);
          assert.ok(line.includes(question.title), `"${line}" holds the title "${question.title}"`);
          if (question.number) assert.ok(line.startsWith(`${'#'.repeat(question.level)} ${question.number}`));
          if (lang === 'da') assert.doesNotMatch(question.article, /\bArt\.|Annex|GDPR/, 'Danish cites in Danish');
        });
      }
      assert.deepEqual(ids.da, ids.en, `${kind}: the same questions in both languages`);
    }
  });

  it('writes the draft status row in the frame of every stub', () => {
    for (const lang of LANGS) {
      assert.equal(frameText(lang).draftRow, lang === 'en' ? '| Status | Draft |' : '| Status | Udkast |');
      for (const kind of KINDS) assert.ok(renderTemplate(kind, lang, INPUT).split('\n').includes(frameText(lang).draftRow));
    }
  });

  describe('the generator refuses a broken data file', () => {
    const FRAME =
      '---\ndraftRow: "| Status | Draft |"\nroles:\n  provider: Provider\n---\n# {title}: {system}\n\n| System | {system} |\n| Status | Draft |\n';
    const QUESTIONS = 'questions:\n  35-7-a: GDPR Art. 35(7)(a)\n';
    const asking = (frontMatter: string, body: string) => ({
      'frame.en.md': FRAME,
      'dpia.en.md': `---\ntitle: DPIA\n${frontMatter}---\n${body}`,
    });
    const valid = (body: string) => ({ 'frame.en.md': FRAME, 'dpia.en.md': `---\ntitle: DPIA\n---\n${body}` });

    it('accepts a valid one', () => {
      assert.match(
        templatesSource(valid('About.\n\n<!-- if role = provider -->\n\n> Note.\n\n<!-- end if -->\n\n## 1. A\n')),
        /"title": "DPIA"/,
      );
    });

    for (const [what, files, error] of [
      ['an unknown token', valid('About {systemId}.\n'), /unknown token \{systemId\}/],
      ['an unknown role', valid('<!-- if role = user -->\n\nX\n\n<!-- end if -->\n\nY\n'), /unknown role "user"/],
      ['an unclosed role block', valid('<!-- if role = provider -->\n\nX\n'), /without "<!-- end if -->"/],
      ['a marker without blank lines', valid('<!-- if role = provider -->\nX\n<!-- end if -->\n\nY\n'), /blank line/],
      ['another comment', valid('<!-- note -->\n\nX\n'), /the only comments/],
      ['no line break at the end', valid('About.'), /exactly one line break/],
      ['two line breaks at the end', valid('About.\n\n'), /exactly one line break/],
      ['no title', { 'frame.en.md': FRAME, 'dpia.en.md': '---\nname: DPIA\n---\nAbout.\n' }, /"title:"/],
      ['a language without its frame', { ...valid('About.\n'), 'dpia.da.md': '---\ntitle: DPIA\n---\nOm.\n' }, /no frame\.da\.md/],
      ['a missing language', { ...valid('About.\n'), 'frame.da.md': FRAME }, /no dpia\.da\.md/],
      ['a frame without its draft row', { ...valid('About.\n'), 'frame.en.md': FRAME.replace('| Status | Draft |\n', '') }, /"draftRow:"/],
      [
        'a question not after its heading',
        asking(QUESTIONS, '## 1. A\n\n<!-- ai-system-manifest:question dpia.35-7-a -->\n'),
        /right after its heading/,
      ],
      ['a question of another kind', asking(QUESTIONS, '## 1. A\n<!-- ai-system-manifest:question fria.35-7-a -->\n'), /kind is "fria"/],
      ['a question without its article', asking('', '## 1. A\n<!-- ai-system-manifest:question dpia.35-7-a -->\n'), /no article/],
      ['an article of no question', asking(QUESTIONS, '## 1. A\n'), /which the text does not ask/],
      [
        'a question asked twice',
        asking(
          QUESTIONS,
          '## 1. A\n<!-- ai-system-manifest:question dpia.35-7-a -->\n## 2. B\n<!-- ai-system-manifest:question dpia.35-7-a -->\n',
        ),
        /asked twice/,
      ],
      [
        'languages that ask different questions',
        {
          ...asking(QUESTIONS, '## 1. A\n<!-- ai-system-manifest:question dpia.35-7-a -->\n'),
          'frame.da.md': FRAME,
          'dpia.da.md': '---\ntitle: DPIA\n---\n## 1. A\n',
        },
        /the same questions/,
      ],
    ] as const) {
      it(`refuses ${what}`, () => {
        assert.throws(() => templatesSource(files), error);
      });
    }
  });
});

describe('templates say what the law asks as amended (issue 19)', () => {
  it('the AI-literacy stub quotes Art. 4 as amended: measures that support literacy, no guaranteed level', () => {
    const en = renderTemplate('ai-literacy', 'en', INPUT);
    assert.match(en, /take measures to support the AI literacy/);
    assert.match(en, /the law guarantees no level/);
    assert.doesNotMatch(en, /must take measures to ensure/);
    const da = renderTemplate('ai-literacy', 'da', INPUT);
    assert.match(da, /foranstaltninger til at understøtte AI-færdighederne/);
    assert.match(da, /loven garanterer intet niveau/);
  });

  it('the citizen notice asks about profiling and its consequences (GDPR recital 60, Arts. 13(2)(f), 14(2)(g)), with its question id', () => {
    const en = renderTemplate('citizen-notice', 'en', INPUT);
    assert.match(
      en,
      /^### Profiling and its consequences \(GDPR recital 60, Arts\. 13\(2\)\(f\), 14\(2\)\(g\)\)\n<!-- ai-system-manifest:question citizen-notice\.profiling -->$/m,
    );
    assert.match(en, /significance and envisaged consequences/);
    const da = renderTemplate('citizen-notice', 'da', INPUT);
    assert.match(
      da,
      /^### Profilering og dens konsekvenser \(databeskyttelsesforordningens betragtning 60, art\. 13, stk\. 2, litra f, og art\. 14, stk\. 2, litra g\)\n<!-- ai-system-manifest:question citizen-notice\.profiling -->$/m,
    );
  });
});
