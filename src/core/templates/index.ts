/**
 * Documentation stubs for the documents an `ai-system.yaml` manifest links to (DPIA, FRIA, human-oversight
 * procedure, AI-literacy measures, citizen notice, technical documentation), in English and Danish.
 *
 * Pure: no `vscode`, no file I/O, no clock. The caller passes the date and writes the file. Every rendered
 * text starts with the marker `<!-- ai-system-manifest:template KIND -->` so tooling can tell a stub from a
 * finished document (see `detectTemplateKind`).
 *
 * The headings follow what the law asks for: GDPR Art. 35(7)(a)–(d) and 35(9) for the DPIA, AI Act
 * Art. 27(1)(a)–(f) and 27(3) for the FRIA, Art. 14 / 26(2) and Forvaltningsloven for human oversight, Art. 4
 * for AI literacy, GDPR Arts. 13–14 (and AI Act Arts. 26(11), 50(1) and 86) for the citizen notice, and
 * Annex IV points 1–9 for the technical documentation. Danish texts use the terms of ../../../shared/domain/glossary-da.md.
 *
 * No dates of application are written here: the timeline data is the only place for them.
 */

import { formatDate } from '../law/timeline';

export type DocumentKind = 'dpia' | 'fria' | 'human-oversight' | 'ai-literacy' | 'citizen-notice' | 'technical-documentation';

export type TemplateLang = 'en' | 'da';

export interface TemplateInput {
  systemName: string;
  systemId: string;
  organisation: string;
  /** `system.role` from the manifest: provider | deployer | provider-and-deployer. */
  role?: string;
  /** ISO yyyy-mm-dd, passed in by the caller (templates never read the clock). */
  date: string;
}

export interface DocumentTemplate {
  kind: DocumentKind;
  /** Path relative to the manifest's folder, e.g. 'docs/dpia.md'. */
  defaultPath: string;
  /** Path in the manifest of the field that links the document, e.g. ['dataProtection', 'dpia', 'document']. */
  manifestField: readonly string[];
  title: Record<TemplateLang, string>;
}

type L = Record<TemplateLang, string>;

interface Section {
  heading: L;
  /** A short guiding question, rendered in italics. May use the tokens {system} and {organisation}. */
  question: L;
  /** Optional wording the author can start from (citizen notice). May use {system} and {organisation}. */
  suggestion?: L;
  subsections?: readonly Section[];
}

interface TemplateContent {
  /** One paragraph on who must do this and when, rendered under the stub notice. */
  about: L;
  /** Extra notes that depend on `role`. */
  roleNote?: (role: string | undefined) => L | undefined;
  sections: readonly Section[];
  sources: Record<TemplateLang, readonly string[]>;
}

export const DOCUMENT_TEMPLATES: readonly DocumentTemplate[] = [
  {
    kind: 'dpia',
    defaultPath: 'docs/dpia.md',
    manifestField: ['dataProtection', 'dpia', 'document'],
    title: { en: 'Data protection impact assessment (DPIA)', da: 'Konsekvensanalyse vedrørende databeskyttelse (DPIA)' },
  },
  {
    kind: 'fria',
    defaultPath: 'docs/fria.md',
    manifestField: ['fria', 'document'],
    title: {
      en: 'Fundamental rights impact assessment (FRIA)',
      da: 'Konsekvensanalyse vedrørende grundlæggende rettigheder (FRIA)',
    },
  },
  {
    kind: 'human-oversight',
    defaultPath: 'docs/human-oversight.md',
    manifestField: ['humanOversight', 'procedure'],
    title: { en: 'Human oversight procedure', da: 'Procedure for menneskeligt tilsyn' },
  },
  {
    kind: 'ai-literacy',
    defaultPath: 'docs/ai-literacy.md',
    manifestField: ['aiLiteracy', 'document'],
    title: { en: 'AI literacy measures', da: 'Tiltag for AI-færdigheder' },
  },
  {
    kind: 'citizen-notice',
    defaultPath: 'docs/citizen-notice.md',
    manifestField: ['transparency', 'citizenNotice'],
    title: { en: 'How we use artificial intelligence (AI)', da: 'Sådan bruger vi kunstig intelligens (AI)' },
  },
  {
    kind: 'technical-documentation',
    defaultPath: 'docs/technical-documentation.md',
    manifestField: ['documentation', 'technical'],
    title: { en: 'Technical documentation', da: 'Teknisk dokumentation' },
  },
];

export const DOCUMENT_KINDS: readonly DocumentKind[] = DOCUMENT_TEMPLATES.map((t) => t.kind);

const MARKER_PREFIX = '<!-- ai-system-manifest:template ';

/** The first line of every rendered stub. */
export function templateMarker(kind: DocumentKind): string {
  return `${MARKER_PREFIX}${kind} -->`;
}

/** The kind of stub a document's text starts with (after an optional BOM and blank lines), if any. */
export function detectTemplateKind(text: string): DocumentKind | undefined {
  const match = /^\uFEFF?\s*<!-- ai-system-manifest:template ([a-z-]+) -->/.exec(text);
  if (!match) return undefined;
  return DOCUMENT_KINDS.find((k) => k === match[1]);
}

export function getDocumentTemplate(kind: DocumentKind): DocumentTemplate {
  const template = DOCUMENT_TEMPLATES.find((t) => t.kind === kind);
  if (!template) throw new Error(`Unknown document kind: ${String(kind)}`);
  return template;
}

// ---------------------------------------------------------------------------------------------------------
// Contents
// ---------------------------------------------------------------------------------------------------------

const DPIA: TemplateContent = {
  about: {
    en:
      'A DPIA must be carried out before processing that is likely to result in a high risk to the rights and ' +
      'freedoms of natural persons, in particular systematic and extensive evaluation of personal aspects, ' +
      'including profiling, on which decisions are based (GDPR Art. 35(1), 35(3)(a)). Review it when the ' +
      "processing changes (Art. 35(11)). A deployer of a high-risk AI system uses the provider's instructions " +
      'for use to carry it out (AI Act Art. 26(9)).',
    da:
      'En konsekvensanalyse skal foretages, før en behandling, der sandsynligvis vil indebære en høj risiko for ' +
      'fysiske personers rettigheder og frihedsrettigheder, sættes i gang – især ved systematisk og ' +
      'omfattende vurdering af personlige forhold, herunder profilering, som afgørelser bygger på ' +
      '(databeskyttelsesforordningens art. 35, stk. 1, og stk. 3, litra a). Den skal tages op igen, når ' +
      'behandlingen ændres (art. 35, stk. 11). En idriftsætter af et højrisiko-AI-system bruger udbyderens ' +
      'brugsanvisning til analysen (AI-forordningens art. 26, stk. 9).',
  },
  sections: [
    {
      heading: {
        en: '1. Systematic description of the processing and its purposes (Art. 35(7)(a))',
        da: '1. Systematisk beskrivelse af behandlingen og formålene (art. 35, stk. 7, litra a)',
      },
      question: {
        en:
          'What personal data does {system} process, about whom, from which sources and for which purposes? ' +
          'Describe the data flow, recipients and data processors, and the legal basis (Art. 6; Art. 9 for ' +
          'special categories), including the legitimate interest pursued where relevant (a public authority ' +
          'performing its tasks relies on Art. 6(1)(e) and the Danish supplementary legal basis instead).',
        da:
          'Hvilke personoplysninger behandler {system}, om hvem, fra hvilke kilder og til hvilke formål? ' +
          'Beskriv dataflowet, modtagere og databehandlere og retsgrundlaget (art. 6; art. 9 for særlige ' +
          'kategorier af personoplysninger), herunder den legitime interesse, hvor det er relevant (en ' +
          'myndighed, der udfører sine opgaver, bruger i stedet art. 6, stk. 1, litra e, og det supplerende ' +
          'nationale retsgrundlag).',
      },
    },
    {
      heading: {
        en: '2. Necessity and proportionality of the processing in relation to the purposes (Art. 35(7)(b))',
        da: '2. Vurdering af behandlingens nødvendighed og proportionalitet i forhold til formålene (art. 35, stk. 7, litra b)',
      },
      question: {
        en:
          'Why is each item of data needed? How are data minimisation, purpose limitation, accuracy and storage ' +
          'limitation ensured (Art. 5)? Could the purpose be reached by less intrusive means? How are data ' +
          'subjects informed (Arts. 13–14), and how can they exercise their rights?',
        da:
          'Hvorfor er hver oplysning nødvendig? Hvordan sikres dataminimering, formålsbegrænsning, rigtighed og ' +
          'opbevaringsbegrænsning (art. 5)? Kan formålet nås med mindre indgribende midler? Hvordan opfyldes ' +
          'oplysningspligten (art. 13 og 14), og hvordan kan de registrerede udøve deres rettigheder?',
      },
    },
    {
      heading: {
        en: '3. Risks to the rights and freedoms of data subjects (Art. 35(7)(c))',
        da: '3. Vurdering af risiciene for de registreredes rettigheder og frihedsrettigheder (art. 35, stk. 7, litra c)',
      },
      question: {
        en:
          'What can go wrong for the people concerned (wrong or biased output, discrimination, loss of ' +
          'confidentiality, decisions on an inadequate basis), and how likely and how severe is each risk?',
        da:
          'Hvad kan gå galt for de berørte personer (forkerte eller skæve resultater, forskelsbehandling, brud på ' +
          'fortroligheden, afgørelser på et mangelfuldt grundlag), og hvor sandsynlig og alvorlig er hver risiko?',
      },
    },
    {
      heading: {
        en: '4. Measures envisaged to address the risks (Art. 35(7)(d))',
        da: '4. Foranstaltninger til imødegåelse af risiciene (art. 35, stk. 7, litra d)',
      },
      question: {
        en:
          'Which safeguards, security measures (Art. 32) and mechanisms protect the personal data and ' +
          'demonstrate compliance with the GDPR? What risk remains after the measures?',
        da:
          'Hvilke garantier, sikkerhedsforanstaltninger (art. 32) og mekanismer beskytter personoplysningerne og ' +
          'påviser, at databeskyttelsesforordningen overholdes? Hvilken risiko er tilbage efter foranstaltningerne?',
      },
    },
    {
      heading: {
        en: '5. Advice of the data protection officer (Art. 35(2))',
        da: '5. Rådgivning fra databeskyttelsesrådgiveren (art. 35, stk. 2)',
      },
      question: {
        en: 'When was the data protection officer consulted, what did they advise, and how was the advice followed?',
        da: 'Hvornår blev databeskyttelsesrådgiveren hørt, hvad anbefalede rådgiveren, og hvordan er rådene fulgt?',
      },
    },
    {
      heading: {
        en: '6. Views of data subjects or their representatives (Art. 35(9))',
        da: '6. De registreredes eller deres repræsentanters synspunkter (art. 35, stk. 9)',
      },
      question: {
        en:
          'Where appropriate, the controller seeks the views of data subjects or their representatives on the ' +
          'intended processing (Art. 35(9)). If views were sought: from whom (for example citizens, user ' +
          'panels, organisations representing the people concerned, or staff representatives), how, what were ' +
          'they, and how were they taken into account? If not, why not?',
        da:
          'Den dataansvarlige søger, hvor det er relevant, de registreredes eller deres repræsentanters ' +
          'synspunkter på den påtænkte behandling (art. 35, stk. 9). Hvis synspunkter er indhentet: fra hvem (fx ' +
          'borgere, brugerpaneler, organisationer, der repræsenterer de berørte, eller medarbejderrepræsentanter), ' +
          'hvordan, hvad var de, og hvordan er der taget hensyn til dem? Hvis ikke, hvorfor ikke?',
      },
    },
    {
      heading: { en: '7. AI-specific points', da: '7. AI-specifikke forhold' },
      question: {
        en: 'What does the use of AI add to the assessment above?',
        da: 'Hvad tilføjer brugen af AI til vurderingen ovenfor?',
      },
      subsections: [
        {
          heading: { en: '7.1 Training, validation and input data', da: '7.1 Trænings-, validerings- og inputdata' },
          question: {
            en:
              'Is personal data used to train or fine-tune a model, on which legal basis, and are the people ' +
              'concerned informed (Art. 14)? What goes into prompts or inputs, and does the provider keep or ' +
              'reuse it?',
            da:
              'Bruges personoplysninger til at træne eller tilpasse en model, på hvilket retsgrundlag, og er de ' +
              'registrerede oplyst om det (art. 14)? Hvad indgår i prompts eller input, og gemmer eller ' +
              'genbruger udbyderen det?',
          },
        },
        {
          heading: { en: '7.2 Profiling (Art. 4(4))', da: '7.2 Profilering (art. 4, nr. 4)' },
          question: {
            en:
              'Does the system evaluate personal aspects such as work capacity, health, reliability or ' +
              'behaviour? Note that an AI system in an Annex III area that profiles natural persons is always ' +
              'high-risk (AI Act Art. 6(3), last subparagraph).',
            da:
              'Vurderer systemet personlige forhold som arbejdsevne, helbred, pålidelighed eller adfærd? Bemærk, ' +
              'at et AI-system inden for et område i bilag III, der profilerer fysiske personer, altid er et ' +
              'højrisiko-AI-system (AI-forordningens art. 6, stk. 3, sidste afsnit).',
          },
        },
        {
          heading: {
            en: '7.3 Automated individual decisions (Art. 22)',
            da: '7.3 Automatiske individuelle afgørelser (art. 22)',
          },
          question: {
            en:
              'Is any decision based solely on automated processing? How is it ensured that a caseworker takes ' +
              'every decision, and that the citizen can obtain human intervention, express their view and ' +
              'contest the decision?',
            da:
              'Træffes nogen afgørelse alene på grundlag af automatisk behandling? Hvordan sikres det, at en ' +
              'sagsbehandler træffer alle afgørelser, og at borgeren kan få menneskelig medvirken, fremføre sine ' +
              'synspunkter og anfægte afgørelsen?',
          },
        },
        {
          heading: {
            en: "7.4 Datatilsynet's template for DPIAs of AI solutions",
            da: '7.4 Datatilsynets skabelon for konsekvensanalyser ved brug af AI',
          },
          question: {
            en:
              "Have you worked through Datatilsynet's (the Danish Data Protection Agency's) template for impact " +
              'assessments of AI solutions, and are its additional questions answered here?',
            da:
              'Har I gennemgået Datatilsynets skabelon for konsekvensanalyser ved brug af AI-løsninger, og er ' +
              'skabelonens supplerende spørgsmål besvaret her?',
          },
        },
      ],
    },
    {
      heading: {
        en: '8. Conclusion and prior consultation (Art. 36)',
        da: '8. Konklusion og forudgående høring af Datatilsynet (art. 36)',
      },
      question: {
        en: 'Is the residual risk high? If so, Datatilsynet must be consulted before the processing starts.',
        da: 'Er den resterende risiko høj? I så fald skal Datatilsynet høres, før behandlingen sættes i gang.',
      },
    },
  ],
  sources: {
    en: [
      'GDPR (Regulation (EU) 2016/679), Art. 35 (data protection impact assessment) and Art. 36 (prior consultation)',
      'GDPR, Art. 4(4) (profiling), Art. 5, Art. 6, Art. 9, Arts. 13–14, Art. 22 and Art. 32',
      'AI Act (Regulation (EU) 2024/1689), Art. 6(3), Art. 26(9) and Art. 27(4)',
      'Datatilsynet (Danish Data Protection Agency): templates for impact assessments, including one for AI solutions',
    ],
    da: [
      'Databeskyttelsesforordningen (forordning (EU) 2016/679), art. 35 (konsekvensanalyse vedrørende databeskyttelse) og art. 36 (forudgående høring)',
      'Databeskyttelsesforordningen, art. 4, nr. 4 (profilering), art. 5, art. 6, art. 9, art. 13 og 14, art. 22 og art. 32',
      'AI-forordningen (forordning (EU) 2024/1689), art. 6, stk. 3, art. 26, stk. 9, og art. 27, stk. 4',
      'Datatilsynet: skabeloner til konsekvensanalyser, herunder ved brug af AI-løsninger',
    ],
  },
};

const FRIA: TemplateContent = {
  about: {
    en:
      'Deployers that are bodies governed by public law, such as municipalities, must carry out this assessment ' +
      'before first using a high-risk AI system listed in Annex III (except point 2), and update it when any ' +
      'element changes (AI Act Art. 27(1)–(2)). Once it is performed, the deployer notifies the market ' +
      "surveillance authority of its results, submitting the filled-out template of the AI Office's " +
      'questionnaire (Art. 27(3)). Where a DPIA already covers an element, the FRIA complements it (Art. 27(4)).',
    da:
      'Idriftsættere, der er offentligretlige organer, som fx kommuner, skal foretage denne analyse, før et ' +
      'højrisiko-AI-system i bilag III (undtagen punkt 2) tages i brug første gang, og ajourføre den, når et ' +
      'element ændres (AI-forordningens art. 27, stk. 1 og 2). Når analysen er foretaget, underretter ' +
      'idriftsætteren markedsovervågningsmyndigheden om resultaterne og indsender den udfyldte skabelon fra ' +
      'AI-kontoret (art. 27, stk. 3). Hvor konsekvensanalysen vedrørende databeskyttelse allerede dækker et ' +
      'element, supplerer denne analyse den (art. 27, stk. 4).',
  },
  roleNote: (role) =>
    role === 'provider'
      ? {
          en:
            "Note: the manifest names the organisation as provider only. The FRIA is a deployer's duty; as a " +
            'provider, give deployers the information they need for it (Art. 13).',
          da:
            'Bemærk: Manifestet angiver organisationen som udbyder alene. Analysen er idriftsætterens pligt; som ' +
            'udbyder skal I give idriftsætterne de oplysninger, de skal bruge til den (art. 13).',
        }
      : undefined,
  sections: [
    {
      heading: {
        en: "1. The deployer's processes in which the system is used (Art. 27(1)(a))",
        da: '1. Idriftsætterens processer, hvor systemet anvendes (art. 27, stk. 1, litra a)',
      },
      question: {
        en: 'In which of your processes (case types, steps, decisions) will {system} be used in line with its ' + 'intended purpose?',
        da:
          'I hvilke af jeres processer (sagstyper, sagsskridt, afgørelser) vil {system} blive anvendt i ' +
          'overensstemmelse med sit tilsigtede formål?',
      },
    },
    {
      heading: {
        en: '2. Period of time and frequency of use (Art. 27(1)(b))',
        da: '2. Periode og hyppighed for anvendelsen (art. 27, stk. 1, litra b)',
      },
      question: {
        en: 'For how long, and how often, is the system intended to be used?',
        da: 'Hvor længe og hvor ofte er det hensigten, at systemet skal anvendes?',
      },
    },
    {
      heading: {
        en: '3. Categories of natural persons and groups likely to be affected (Art. 27(1)(c))',
        da: '3. Kategorier af fysiske personer og grupper, der sandsynligvis vil blive berørt (art. 27, stk. 1, litra c)',
      },
      question: {
        en:
          'Which citizens and groups are likely to be affected in this specific context of use, and which of ' +
          'them are particularly vulnerable?',
        da: 'Hvilke borgere og grupper vil sandsynligvis blive berørt i den konkrete sammenhæng, og hvem af dem er ' + 'særligt sårbare?',
      },
    },
    {
      heading: {
        en: '4. Specific risks of harm (Art. 27(1)(d))',
        da: '4. Specifikke risici for skade (art. 27, stk. 1, litra d)',
      },
      question: {
        en:
          'Which specific risks of harm to these persons and groups are likely (for example discrimination, ' +
          'wrongful loss of benefits or services, breach of good administration), taking into account the ' +
          "provider's information under Art. 13?",
        da:
          'Hvilke specifikke risici for skade for disse personer og grupper er sandsynlige (fx ' +
          'forskelsbehandling, uberettiget tab af ydelser eller tilbud, brud på god forvaltning), når der tages ' +
          'hensyn til udbyderens oplysninger efter art. 13?',
      },
    },
    {
      heading: {
        en: '5. Human oversight measures (Art. 27(1)(e))',
        da: '5. Foranstaltninger til menneskeligt tilsyn (art. 27, stk. 1, litra e)',
      },
      question: {
        en:
          'How is human oversight carried out according to the instructions for use: who reviews the output, ' +
          'with which competence and authority?',
        da:
          'Hvordan gennemføres menneskeligt tilsyn i overensstemmelse med brugsanvisningen: hvem gennemgår ' +
          'output, og med hvilke kompetencer og beføjelser?',
      },
    },
    {
      heading: {
        en: '6. Measures to be taken if the risks materialise (Art. 27(1)(f))',
        da: '6. Foranstaltninger, der skal træffes, hvis risiciene opstår (art. 27, stk. 1, litra f)',
      },
      question: {
        en:
          'What will you do if a risk materialises, including the internal governance arrangements and the ' +
          'complaint mechanisms available to citizens?',
        da:
          'Hvad gør I, hvis en risiko opstår, herunder ordningerne for intern styring og de klagemekanismer, ' + 'borgerne har adgang til?',
      },
    },
    {
      heading: {
        en: '7. Notification of the market surveillance authority (Art. 27(3))',
        da: '7. Underretning af markedsovervågningsmyndigheden (art. 27, stk. 3)',
      },
      question: {
        en: "When were the results notified to the market surveillance authority, using the AI Office's " + 'template questionnaire?',
        da: 'Hvornår blev markedsovervågningsmyndigheden underrettet om resultaterne ved hjælp af AI-kontorets ' + 'skabelon?',
      },
    },
    {
      heading: {
        en: '8. Relation to the DPIA and updates (Art. 27(2), 27(4))',
        da: '8. Sammenhæng med konsekvensanalysen vedrørende databeskyttelse og ajourføring (art. 27, stk. 2 og 4)',
      },
      question: {
        en: 'Which elements are already covered by the DPIA, and what will trigger an update of this assessment?',
        da:
          'Hvilke elementer er allerede dækket af konsekvensanalysen vedrørende databeskyttelse, og hvad udløser ' +
          'en ajourføring af denne analyse?',
      },
    },
  ],
  sources: {
    en: [
      'AI Act (Regulation (EU) 2024/1689), Art. 27 (fundamental rights impact assessment)',
      'AI Act, Art. 13 (instructions for use), Art. 14 and Art. 26 (obligations of deployers), Annex III',
      'Charter of Fundamental Rights of the European Union, in particular Arts. 8, 21, 34 and 41',
      'GDPR (Regulation (EU) 2016/679), Art. 35',
    ],
    da: [
      'AI-forordningen (forordning (EU) 2024/1689), art. 27 (konsekvensanalyse vedrørende grundlæggende rettigheder)',
      'AI-forordningen, art. 13 (brugsanvisning), art. 14 og art. 26 (idriftsætternes forpligtelser), bilag III',
      'Den Europæiske Unions charter om grundlæggende rettigheder, særligt art. 8, 21, 34 og 41',
      'Databeskyttelsesforordningen (forordning (EU) 2016/679), art. 35',
    ],
  },
};

const HUMAN_OVERSIGHT: TemplateContent = {
  about: {
    en:
      'Deployers of high-risk AI systems must assign human oversight to natural persons who have the necessary ' +
      'competence, training and authority, and the necessary support (AI Act Art. 26(2)); the system must be ' +
      'designed so that they can oversee it (Art. 14). Whatever the risk tier, Danish administrative law ' +
      "requires the caseworker's own investigation and concrete individual assessment, and no decision may be " +
      'taken by AI alone.',
    da:
      'Idriftsættere af højrisiko-AI-systemer skal overdrage det menneskelige tilsyn til fysiske personer, der ' +
      'har de nødvendige kompetencer, den nødvendige uddannelse og myndighed og den nødvendige støtte ' +
      '(AI-forordningens art. 26, stk. 2); systemet skal være udformet, så de kan føre tilsyn med det ' +
      '(art. 14). Uanset risikoniveau kræver forvaltningsretten sagsbehandlerens egen sagsoplysning og ' +
      'konkrete, individuelle vurdering, og ingen afgørelse må træffes af AI alene.',
  },
  sections: [
    {
      heading: { en: '1. Who oversees the system (Art. 26(2))', da: '1. Hvem fører tilsyn med systemet (art. 26, stk. 2)' },
      question: {
        en: "Which roles review {system}'s output in each case, and who follows its operation overall?",
        da: 'Hvilke roller gennemgår output fra {system} i den enkelte sag, og hvem følger driften samlet?',
      },
    },
    {
      heading: {
        en: '2. Competence, training and authority (Art. 26(2))',
        da: '2. Kompetencer, uddannelse og myndighed (art. 26, stk. 2)',
      },
      question: {
        en:
          'What competence and training do the reviewers have (see also AI literacy, Art. 4), and do they have ' +
          'the authority and support to disregard the output?',
        da:
          'Hvilke kompetencer og hvilken uddannelse har de, der fører tilsyn (se også AI-færdigheder, art. 4), ' +
          'og har de myndighed og støtte til at se bort fra output?',
      },
    },
    {
      heading: {
        en: '3. Understanding the output and its limitations (Art. 14(4)(a), (c))',
        da: '3. Forståelse af output og systemets begrænsninger (art. 14, stk. 4, litra a og c)',
      },
      question: {
        en:
          'How do reviewers learn what the output means, how accurate it is, its known limitations, and how to ' +
          'interpret it correctly?',
        da:
          'Hvordan lærer de, der fører tilsyn, hvad output betyder, hvor nøjagtigt det er, hvilke begrænsninger ' +
          'systemet har, og hvordan output fortolkes korrekt?',
      },
    },
    {
      heading: { en: '4. Automation bias (Art. 14(4)(b))', da: '4. Automatiseringsbias (art. 14, stk. 4, litra b)' },
      question: {
        en: 'How are reviewers made aware of, and protected against, relying too much on the output?',
        da: 'Hvordan gøres de, der fører tilsyn, opmærksomme på og beskyttet mod at stole for meget på output?',
      },
    },
    {
      heading: {
        en: '5. Disregarding, overriding or reversing the output (Art. 14(4)(d))',
        da: '5. At se bort fra, tilsidesætte eller omgøre output (art. 14, stk. 4, litra d)',
      },
      question: {
        en: 'How does the caseworker disregard, override or reverse the output, and how is a deviation recorded?',
        da: 'Hvordan ser sagsbehandleren bort fra, tilsidesætter eller omgør output, og hvordan noteres en fravigelse?',
      },
    },
    {
      heading: {
        en: '6. Stopping or suspending the system (Art. 14(4)(e), Art. 26(5))',
        da: '6. Standsning af systemet (art. 14, stk. 4, litra e, og art. 26, stk. 5)',
      },
      question: {
        en:
          'Who can stop the system and how? When must use be suspended and the provider and the market ' +
          'surveillance authority be informed?',
        da:
          'Hvem kan standse systemet, og hvordan? Hvornår skal brugen stilles i bero, og udbyderen og ' +
          'markedsovervågningsmyndigheden underrettes?',
      },
    },
    {
      heading: {
        en: '7. Investigation of the case (officialprincippet)',
        da: '7. Sagsoplysning (officialprincippet)',
      },
      question: {
        en:
          'How does the caseworker make sure the case is sufficiently investigated, so that the AI output does ' +
          "not replace the caseworker's own investigation?",
        da:
          'Hvordan sikrer sagsbehandleren, at sagen er tilstrækkeligt oplyst, så AI-output ikke erstatter ' +
          'sagsbehandlerens egen sagsoplysning?',
      },
    },
    {
      heading: { en: '8. Concrete individual assessment', da: '8. Konkret, individuel vurdering' },
      question: {
        en:
          'How do you ensure that each case is assessed on its own facts, and that a score or suggestion is never ' +
          'applied as a fixed rule?',
        da:
          'Hvordan sikrer I, at hver sag vurderes ud fra sine egne omstændigheder, og at en score eller et forslag ' +
          'aldrig anvendes som en fast regel (skøn under regel)?',
      },
    },
    {
      heading: {
        en: '9. Reasons for decisions (Forvaltningsloven §§ 22–24)',
        da: '9. Begrundelse (forvaltningslovens §§ 22-24)',
      },
      question: {
        en:
          'How do decisions state the legal rules, the main considerations and the facts relied on, and the ' +
          'role the AI output played where it influenced the decision?',
        da:
          'Hvordan angiver afgørelser retsreglerne, de hovedhensyn, der har været afgørende, og de faktiske ' +
          'oplysninger, der er lagt vægt på, og hvilken rolle AI-output har spillet, hvor det har påvirket ' +
          'afgørelsen?',
      },
    },
  ],
  sources: {
    en: [
      'AI Act (Regulation (EU) 2024/1689), Art. 14 (human oversight) and Art. 26(2), 26(5) (obligations of deployers)',
      'AI Act, Art. 4 (AI literacy) and Art. 86 (right to explanation of individual decision-making)',
      'GDPR (Regulation (EU) 2016/679), Art. 22 (automated individual decision-making)',
      'Forvaltningsloven (Danish Public Administration Act), §§ 22–24 (reasons)',
      'The unwritten principles of officialprincippet and the duty to exercise discretion (Folketingets Ombudsmand, myndighedsguiden)',
    ],
    da: [
      'AI-forordningen (forordning (EU) 2024/1689), art. 14 (menneskeligt tilsyn) og art. 26, stk. 2 og 5 (idriftsætternes forpligtelser)',
      'AI-forordningen, art. 4 (AI-færdigheder) og art. 86 (ret til forklaring af individuelle afgørelser)',
      'Databeskyttelsesforordningen (forordning (EU) 2016/679), art. 22 (automatiske individuelle afgørelser)',
      'Forvaltningsloven, §§ 22-24 (begrundelse)',
      'De uskrevne grundsætninger om officialprincippet og pligtmæssigt skøn (Folketingets Ombudsmand, myndighedsguiden)',
    ],
  },
};

const AI_LITERACY: TemplateContent = {
  about: {
    en:
      'Providers and deployers must take measures to ensure, to their best extent, a sufficient level of AI ' +
      'literacy of their staff and of other persons dealing with the operation and use of AI systems on their ' +
      'behalf, taking into account their technical knowledge, experience, education and training, the context ' +
      'the systems are used in, and the persons or groups on whom they are used (AI Act Art. 4).',
    da:
      'Udbydere og idriftsættere skal træffe foranstaltninger til i videst muligt omfang at sikre et ' +
      'tilstrækkeligt niveau af AI-færdigheder hos deres personale og andre personer, der på deres vegne er ' +
      'involveret i drift og anvendelse af AI-systemer, under hensyntagen til deres tekniske viden, erfaring, ' +
      'uddannelse og oplæring, den kontekst, systemerne anvendes i, og de personer eller grupper, systemerne ' +
      'anvendes på (AI-forordningens art. 4).',
  },
  sections: [
    {
      heading: { en: '1. Who uses or operates the system', da: '1. Hvem anvender eller betjener systemet' },
      question: {
        en:
          "Which staff groups and others (for example consultants or suppliers' staff) use, operate or oversee " +
          '{system} on behalf of {organisation}?',
        da:
          'Hvilke medarbejdergrupper og andre (fx konsulenter eller leverandørens medarbejdere) anvender, betjener ' +
          'eller fører tilsyn med {system} på vegne af {organisation}?',
      },
    },
    {
      heading: {
        en: '2. Technical knowledge, experience, education and training',
        da: '2. Teknisk viden, erfaring, uddannelse og oplæring',
      },
      question: {
        en: 'What do they already know, and what do they need to know to use the system responsibly?',
        da: 'Hvad ved de allerede, og hvad skal de vide for at anvende systemet forsvarligt?',
      },
    },
    {
      heading: {
        en: '3. Context of use and the persons affected',
        da: '3. Konteksten og de personer, systemet anvendes på',
      },
      question: {
        en: 'In which context is the system used, on which persons or groups, and what does that demand of staff?',
        da: 'I hvilken kontekst anvendes systemet, på hvilke personer eller grupper, og hvad kræver det af medarbejderne?',
      },
    },
    {
      heading: { en: '4. Measures: training and guidance', da: '4. Tiltag: uddannelse og vejledning' },
      question: {
        en: 'Which courses, guides and support does each group get, and are they required before access?',
        da: 'Hvilke kurser, vejledninger og hvilken støtte får hver gruppe, og er de et krav for at få adgang?',
      },
    },
    {
      heading: { en: '5. Follow-up and documentation', da: '5. Opfølgning og dokumentation' },
      question: {
        en: 'How are participation and effect followed up and recorded, and when are the measures renewed?',
        da: 'Hvordan følges der op på deltagelse og effekt, hvordan dokumenteres det, og hvornår fornyes tiltagene?',
      },
    },
  ],
  sources: {
    en: [
      'AI Act (Regulation (EU) 2024/1689), Art. 4 (AI literacy) and Art. 3(56) (definition of AI literacy)',
      'AI Act, Art. 26(2) (competence of the persons assigned human oversight)',
      'Digitaliseringsstyrelsen (Agency for Digital Government): guidance on AI literacy',
    ],
    da: [
      'AI-forordningen (forordning (EU) 2024/1689), art. 4 (AI-færdigheder) og art. 3, nr. 56 (definition af AI-færdigheder)',
      'AI-forordningen, art. 26, stk. 2 (kompetencer hos dem, der fører menneskeligt tilsyn)',
      'Digitaliseringsstyrelsen: vejledning om AI-færdigheder',
    ],
  },
};

const CITIZEN_NOTICE: TemplateContent = {
  about: {
    en:
      'Text for the privacy policy (GDPR Arts. 13–14). Citizens must be told that AI is used in processing ' +
      'their personal data; in practice, refer to this text from letters and self-service pages. Write in ' +
      'plain language, and delete the guiding questions when the text is done.',
    da:
      'Tekst til privatlivspolitikken (databeskyttelsesforordningens art. 13 og 14). Borgeren skal oplyses om, ' +
      'at der anvendes AI i behandlingen af vedkommendes oplysninger; i praksis henvises til teksten fra breve ' +
      'og selvbetjeningssider. Skriv i et klart og enkelt sprog, og slet de vejledende spørgsmål, når teksten ' +
      'er færdig.',
  },
  sections: [
    {
      heading: { en: '1. We use artificial intelligence', da: '1. Vi bruger kunstig intelligens' },
      question: {
        en: 'Which AI system is used, and in which service?',
        da: 'Hvilket AI-system bruges, og i hvilken del af sagsbehandlingen eller servicen?',
      },
      suggestion: {
        en: '{organisation} uses an AI system, {system}, when we TODO.',
        da: '{organisation} bruger et AI-system, {system}, når vi TODO.',
      },
    },
    {
      heading: { en: '2. What the AI is used for', da: '2. Hvad AI bruges til' },
      question: {
        en: 'For which purposes is the AI used: what does it do, and what does it not do?',
        da: 'Til hvilke formål bruges AI: hvad gør systemet, og hvad gør det ikke?',
      },
    },
    {
      heading: { en: '3. A caseworker always makes the decision', da: '3. En sagsbehandler træffer altid afgørelsen' },
      question: {
        en: 'How is it ensured that no decision about the citizen is made by the AI alone?',
        da: 'Hvordan sikres det, at ingen afgørelse om borgeren træffes af AI alene?',
      },
      suggestion: {
        en: 'The AI system does not make decisions. A caseworker always assesses your case and makes the decision.',
        da: 'AI-systemet træffer ikke afgørelser. En sagsbehandler vurderer altid din sag og træffer afgørelsen.',
      },
    },
    {
      heading: {
        en: '4. Decisions the AI system helps make, and your right to an explanation (AI Act Art. 26(11), Art. 86)',
        da: '4. Afgørelser, som AI-systemet hjælper med at træffe, og din ret til en forklaring (AI-forordningens art. 26, stk. 11, og art. 86)',
      },
      question: {
        en:
          'Where a high-risk AI system (Annex III) makes or helps make decisions about natural persons, the ' +
          'deployer informs the persons concerned that they are subject to its use (Art. 26(11)): which ' +
          'decisions does {system} help make, and where are the persons told? A person affected by such a ' +
          'decision that produces legal effects or similarly significantly affects them has the right to clear ' +
          'and meaningful explanations of the role of the AI system in the decision-making procedure and of the ' +
          'main elements of the decision taken (Art. 86): how do they ask for it, and who answers? Delete this ' +
          'section if the system is not such a high-risk AI system.',
        da:
          'Hvor et højrisiko-AI-system (bilag III) træffer eller bistår med at træffe afgørelser vedrørende ' +
          'fysiske personer, oplyser idriftsætteren de berørte personer om, at de er omfattet af anvendelsen af ' +
          'systemet (art. 26, stk. 11): hvilke afgørelser hjælper {system} med at træffe, og hvor får personerne ' +
          'det at vide? En berørt person, som er genstand for en sådan afgørelse, der har retsvirkninger eller ' +
          'på tilsvarende måde påvirker vedkommende betydeligt, har ret til klare og meningsfulde forklaringer ' +
          'på AI-systemets rolle i beslutningsprocessen og de vigtigste elementer i den trufne afgørelse ' +
          '(art. 86): hvordan beder borgeren om en forklaring, og hvem svarer? Slet afsnittet, hvis systemet ' +
          'ikke er et sådant højrisiko-AI-system.',
      },
      suggestion: {
        en:
          'The AI system helps us when we TODO. You have the right to an explanation of the role the AI system ' +
          'played in the decision about you and of the main elements of the decision. Contact TODO.',
        da:
          'AI-systemet hjælper os, når vi TODO. Du har ret til en forklaring på, hvilken rolle AI-systemet har ' +
          'spillet i afgørelsen om dig, og på de vigtigste elementer i afgørelsen. Kontakt TODO.',
      },
    },
    {
      heading: {
        en: '5. The personal data we use and where it comes from',
        da: '5. De personoplysninger, vi bruger, og hvor de kommer fra',
      },
      question: {
        en: 'Which categories of personal data are used, and from which sources (Art. 14(1)(d), 14(2)(f))?',
        da: 'Hvilke kategorier af personoplysninger bruges, og hvor kommer de fra (art. 14, stk. 1, litra d, og stk. 2, litra f)?',
      },
    },
    {
      heading: { en: '6. Purpose and legal basis', da: '6. Formål og retsgrundlag' },
      question: {
        en: 'Which legal basis (GDPR article and Danish law) allows the processing (Art. 13(1)(c))?',
        da: 'Hvilket retsgrundlag (artikel i databeskyttelsesforordningen og dansk lov) giver hjemmel til behandlingen (art. 13, stk. 1, litra c)?',
      },
    },
    {
      heading: { en: '7. Recipients and data processors', da: '7. Modtagere og databehandlere' },
      question: {
        en:
          "Who receives the data, including the AI system's supplier as data processor (Art. 13(1)(e))? Is data " +
          'transferred outside the EU/EEA (Art. 13(1)(f))?',
        da:
          'Hvem modtager oplysningerne, herunder AI-systemets leverandør som databehandler (art. 13, stk. 1, ' +
          'litra e)? Overføres oplysninger til lande uden for EU/EØS (art. 13, stk. 1, litra f)?',
      },
    },
    {
      heading: { en: '8. How long we keep the data', da: '8. Hvor længe vi opbevarer oplysningerne' },
      question: {
        en: 'How long are inputs, outputs and logs kept, or by which criteria is that decided (Art. 13(2)(a))?',
        da: 'Hvor længe opbevares input, output og logfiler, eller efter hvilke kriterier fastsættes det (art. 13, stk. 2, litra a)?',
      },
    },
    {
      heading: { en: '9. Your rights', da: '9. Dine rettigheder' },
      question: {
        en:
          'Which rights does the citizen have: access (Art. 15), rectification, erasure, restriction and ' +
          'objection (Arts. 16–18, 21), and the right to complain to Datatilsynet (Art. 13(2)(b), (d))?',
        da:
          'Hvilke rettigheder har borgeren: indsigt (art. 15), berigtigelse, sletning, begrænsning og indsigelse ' +
          '(art. 16-18 og 21) og retten til at klage til Datatilsynet (art. 13, stk. 2, litra b og d)?',
      },
      suggestion: {
        en:
          'You have the right to see the information we hold about you, to have it corrected, and to object to ' +
          'the processing. You can complain to Datatilsynet, www.datatilsynet.dk.',
        da:
          'Du har ret til at få indsigt i de oplysninger, vi behandler om dig, til at få dem rettet og til at ' +
          'gøre indsigelse mod behandlingen. Du kan klage til Datatilsynet, www.datatilsynet.dk.',
      },
    },
    {
      heading: { en: '10. Contact', da: '10. Kontakt' },
      question: {
        en: 'What are the contact details of the controller and of the data protection officer (Art. 13(1)(a)–(b))?',
        da: 'Hvad er kontaktoplysningerne på den dataansvarlige og på databeskyttelsesrådgiveren (art. 13, stk. 1, litra a og b)?',
      },
      suggestion: {
        en: '{organisation} is the controller. TODO: address, e-mail, and the contact details of our data protection officer.',
        da: '{organisation} er dataansvarlig. TODO: adresse, e-mail og kontaktoplysninger på vores databeskyttelsesrådgiver.',
      },
    },
    {
      heading: {
        en: '11. When you talk to an AI system (AI Act Art. 50(1))',
        da: '11. Når du skriver eller taler med et AI-system (AI-forordningens art. 50, stk. 1)',
      },
      question: {
        en:
          'If citizens interact directly with the system (for example a chatbot), how are they told that they ' +
          'are dealing with an AI system, at the latest at the first interaction (Art. 50(5))? Delete this ' +
          'section if it does not apply.',
        da:
          'Hvis borgere interagerer direkte med systemet (fx en chatbot), hvordan får de at vide, at de er i ' +
          'kontakt med et AI-system, senest ved første interaktion (art. 50, stk. 5)? Slet afsnittet, hvis det ' +
          'ikke er relevant.',
      },
    },
  ],
  sources: {
    en: [
      'GDPR (Regulation (EU) 2016/679), Arts. 12–14 (information to data subjects), Arts. 15–18 and 21 (rights), Art. 22',
      'AI Act (Regulation (EU) 2024/1689), Art. 50(1) and 50(5) (transparency), Art. 26(11) (informing affected persons), Art. 86 (right to explanation of individual decision-making)',
      'STAR (Danish Agency for Labour Market and Recruitment): guidance on AI in beskæftigelsesindsatsen (citizens are told that AI is used, e.g. in the privacy policy)',
    ],
    da: [
      'Databeskyttelsesforordningen (forordning (EU) 2016/679), art. 12-14 (oplysningspligt), art. 15-18 og 21 (rettigheder), art. 22',
      'AI-forordningen (forordning (EU) 2024/1689), art. 50, stk. 1 og 5 (gennemsigtighed), art. 26, stk. 11 (information til berørte personer), art. 86 (ret til forklaring af individuelle afgørelser)',
      'Styrelsen for Arbejdsmarked og Rekruttering (STAR): vejledning om brug af AI i beskæftigelsesindsatsen (borgeren oplyses om brugen af AI, fx i privatlivspolitikken)',
    ],
  },
};

const TECHNICAL_DOCUMENTATION: TemplateContent = {
  about: {
    en:
      'Providers of high-risk AI systems must draw up the technical documentation before the system is placed ' +
      'on the market or put into service, keep it up to date (AI Act Art. 11(1)), and keep it for ten years ' +
      '(Art. 18). It contains at least the elements of Annex IV, points 1–9.',
    da:
      'Udbydere af højrisiko-AI-systemer skal udarbejde den tekniske dokumentation, før systemet bringes i ' +
      'omsætning eller ibrugtages, holde den ajour (AI-forordningens art. 11, stk. 1) og opbevare den i ti år ' +
      '(art. 18). Den skal mindst indeholde elementerne i bilag IV, punkt 1-9.',
  },
  roleNote: (role) =>
    role === 'deployer'
      ? {
          en:
            "Note: the manifest names the organisation as deployer. The technical documentation is the provider's " +
            'duty; ask the provider for it and keep the instructions for use (Art. 13). If you substantially ' +
            'modify the system or change its intended purpose, you become its provider (Art. 25(1)).',
          da:
            'Bemærk: Manifestet angiver organisationen som idriftsætter. Den tekniske dokumentation er udbyderens ' +
            'pligt; bed udbyderen om den, og opbevar brugsanvisningen (art. 13). Foretager I en væsentlig ændring ' +
            'af systemet eller ændrer dets tilsigtede formål, bliver I udbyder (art. 25, stk. 1).',
        }
      : undefined,
  sections: [
    {
      heading: {
        en: '1. General description of the AI system (Annex IV, point 1)',
        da: '1. Generel beskrivelse af AI-systemet (bilag IV, punkt 1)',
      },
      question: {
        en:
          'What are the intended purpose, the provider and the version of {system}? How does it interact with ' +
          'other hardware, software and AI systems; on which hardware does it run; what does the user interface ' +
          'look like; and where are the instructions for use?',
        da:
          'Hvad er det tilsigtede formål, udbyderen og versionen af {system}? Hvordan interagerer systemet med ' +
          'anden hardware, software og andre AI-systemer, hvilken hardware kører det på, hvordan ser ' +
          'brugergrænsefladen ud, og hvor findes brugsanvisningen?',
      },
    },
    {
      heading: {
        en: '2. Detailed description of the elements of the AI system and of the process for its development (Annex IV, point 2)',
        da: '2. Detaljeret beskrivelse af AI-systemets elementer og af processen for dets udvikling (bilag IV, punkt 2)',
      },
      question: {
        en:
          'Which methods, pre-trained systems and third-party tools were used? What are the design choices, the ' +
          'system architecture, the data requirements and datasheets, the human oversight measures (Art. 14), ' +
          'the validation and testing procedures, and the cybersecurity measures?',
        da:
          'Hvilke metoder, forhåndstrænede systemer og tredjepartsværktøjer er brugt? Hvad er designvalgene, ' +
          'systemarkitekturen, datakravene og datablade, foranstaltningerne til menneskeligt tilsyn (art. 14), ' +
          'validerings- og testprocedurerne og cybersikkerhedsforanstaltningerne?',
      },
    },
    {
      heading: {
        en: '3. Monitoring, functioning and control of the AI system (Annex IV, point 3)',
        da: '3. Overvågning, funktion og kontrol af AI-systemet (bilag IV, punkt 3)',
      },
      question: {
        en:
          'What are the capabilities and limitations in performance, including the accuracy for specific persons ' +
          'or groups; the foreseeable unintended outcomes and risks; and the specifications for input data?',
        da:
          'Hvad er systemets kapacitet og begrænsninger i ydeevne, herunder nøjagtigheden for bestemte personer ' +
          'eller grupper, de forudsigelige utilsigtede resultater og risici og specifikationerne for inputdata?',
      },
    },
    {
      heading: {
        en: '4. Appropriateness of the performance metrics (Annex IV, point 4)',
        da: '4. Ydeevneparametrenes hensigtsmæssighed (bilag IV, punkt 4)',
      },
      question: {
        en: 'Why are the chosen performance metrics appropriate for this specific AI system?',
        da: 'Hvorfor er de valgte ydeevneparametre hensigtsmæssige for netop dette AI-system?',
      },
    },
    {
      heading: {
        en: '5. Risk management system in accordance with Art. 9 (Annex IV, point 5)',
        da: '5. Risikostyringssystemet i overensstemmelse med art. 9 (bilag IV, punkt 5)',
      },
      question: {
        en: 'How does the risk management system work, or where is it described?',
        da: 'Hvordan fungerer risikostyringssystemet, eller hvor er det beskrevet?',
      },
    },
    {
      heading: {
        en: '6. Relevant changes made through the lifecycle (Annex IV, point 6)',
        da: '6. Relevante ændringer i systemet i løbet af dets livscyklus (bilag IV, punkt 6)',
      },
      question: {
        en: 'Which relevant changes has the provider made to the system through its lifecycle?',
        da: 'Hvilke relevante ændringer har udbyderen foretaget i systemet i løbet af dets livscyklus?',
      },
    },
    {
      heading: {
        en: '7. Harmonised standards and other solutions applied (Annex IV, point 7)',
        da: '7. Anvendte harmoniserede standarder og andre løsninger (bilag IV, punkt 7)',
      },
      question: {
        en:
          'Which harmonised standards published in the Official Journal are applied? Where none are, which other ' +
          'solutions, common specifications or technical specifications meet the requirements of Chapter III, ' +
          'Section 2?',
        da:
          'Hvilke harmoniserede standarder offentliggjort i Den Europæiske Unions Tidende anvendes? Hvor ingen ' +
          'anvendes, hvilke andre løsninger, fælles specifikationer eller tekniske specifikationer opfylder ' +
          'kravene i kapitel III, afdeling 2?',
      },
    },
    {
      heading: {
        en: '8. EU declaration of conformity (Art. 47) (Annex IV, point 8)',
        da: '8. EU-overensstemmelseserklæringen (art. 47) (bilag IV, punkt 8)',
      },
      question: {
        en: 'Attach a copy of the EU declaration of conformity, drawn up after the conformity assessment (Art. 43).',
        da: 'Vedlæg en kopi af EU-overensstemmelseserklæringen, udarbejdet efter overensstemmelsesvurderingen (art. 43).',
      },
    },
    {
      heading: {
        en: '9. Post-market performance evaluation and monitoring plan (Art. 72) (Annex IV, point 9)',
        da: '9. Evaluering af ydeevnen efter omsætningen og plan for overvågning efter omsætningen (art. 72) (bilag IV, punkt 9)',
      },
      question: {
        en:
          "How is the system's performance evaluated in the post-market phase, and what is the post-market " +
          'monitoring plan (Art. 72(3))?',
        da:
          'Hvordan evalueres systemets ydeevne efter omsætningen, og hvad er planen for overvågning efter ' +
          'omsætningen (art. 72, stk. 3)?',
      },
    },
  ],
  sources: {
    en: [
      'AI Act (Regulation (EU) 2024/1689), Art. 11 (technical documentation) and Annex IV',
      'AI Act, Art. 9 (risk management system), Art. 10 (data and data governance), Art. 13, Art. 14, Art. 15, Art. 17 (quality management system) and Art. 18',
      'AI Act, Art. 43 (conformity assessment), Art. 47 (EU declaration of conformity) and Art. 72 (post-market monitoring)',
    ],
    da: [
      'AI-forordningen (forordning (EU) 2024/1689), art. 11 (teknisk dokumentation) og bilag IV',
      'AI-forordningen, art. 9 (risikostyringssystem), art. 10 (data og datastyring), art. 13, art. 14, art. 15, art. 17 (kvalitetsstyringssystem) og art. 18',
      'AI-forordningen, art. 43 (overensstemmelsesvurdering), art. 47 (EU-overensstemmelseserklæring) og art. 72 (overvågning efter omsætningen)',
    ],
  },
};

const CONTENTS: Record<DocumentKind, TemplateContent> = {
  dpia: DPIA,
  fria: FRIA,
  'human-oversight': HUMAN_OVERSIGHT,
  'ai-literacy': AI_LITERACY,
  'citizen-notice': CITIZEN_NOTICE,
  'technical-documentation': TECHNICAL_DOCUMENTATION,
};

// ---------------------------------------------------------------------------------------------------------
// Rendering
// ---------------------------------------------------------------------------------------------------------

const UI: Record<
  TemplateLang,
  Record<'stub' | 'system' | 'organisation' | 'role' | 'date' | 'status' | 'draft' | 'sources' | 'suggestion', string>
> = {
  en: {
    stub:
      '> **Stub to be completed.** This document was generated from a template by the AI System Manifest tool. ' +
      'Complete it together with your data protection officer (DPO) and legal function. It helps structure the ' +
      'work and is not legal advice. Replace every `TODO`, and remove the first line (the template marker) when ' +
      'the document is complete.',
    system: 'System',
    organisation: 'Organisation',
    role: 'Role under the AI Act',
    date: 'Date',
    status: 'Status',
    draft: 'Draft',
    sources: 'Sources',
    suggestion: 'Suggested wording',
  },
  da: {
    stub:
      '> **Skabelon, der skal udfyldes.** Dokumentet er dannet ud fra en skabelon i værktøjet AI System Manifest. ' +
      'Udfyld det sammen med jeres databeskyttelsesrådgiver (DPO) og juridiske funktion. Skabelonen er en hjælp ' +
      'til at strukturere arbejdet og er ikke juridisk rådgivning. Erstat alle `TODO`, og slet første linje ' +
      '(skabelonmarkøren), når dokumentet er færdigt.',
    system: 'System',
    organisation: 'Organisation',
    role: 'Rolle efter AI-forordningen',
    date: 'Dato',
    status: 'Status',
    draft: 'Udkast',
    sources: 'Kilder',
    suggestion: 'Forslag til tekst',
  },
};

const ROLE_LABELS: Record<string, L> = {
  provider: { en: 'Provider', da: 'Udbyder' },
  deployer: { en: 'Deployer', da: 'Idriftsætter' },
  'provider-and-deployer': { en: 'Provider and deployer', da: 'Udbyder og idriftsætter' },
};

/** "2026-03-01" → "1 March 2026" / "1. marts 2026"; anything else is returned as given. */
export function formatTemplateDate(iso: string, lang: TemplateLang): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso.trim());
  if (!match) return iso;
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return iso;
  return formatDate(`${match[1]}-${match[2]}-${match[3]}`, lang);
}

/** One line, for headings. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** One line, safe inside a Markdown table cell. */
function cell(text: string): string {
  return oneLine(text).replace(/\|/g, '\\|');
}

function fill(text: string, input: TemplateInput): string {
  const values: Record<string, string> = { system: oneLine(input.systemName), organisation: oneLine(input.organisation) };
  return text.replace(/\{(system|organisation)\}/g, (_, key: string) => values[key]);
}

function renderSection(section: Section, lang: TemplateLang, input: TemplateInput, level: number, out: string[]): void {
  out.push(`${'#'.repeat(level)} ${section.heading[lang]}`, '');
  out.push(`*${fill(section.question[lang], input)}*`, '');
  if (section.suggestion) {
    out.push(`> ${UI[lang].suggestion}: ${fill(section.suggestion[lang], input)}`, '');
  }
  if (section.subsections && section.subsections.length > 0) {
    for (const sub of section.subsections) renderSection(sub, lang, input, level + 1, out);
  } else {
    out.push('TODO', '');
  }
}

/** The Markdown stub for one document kind, in English or Danish. Deterministic: same input, same text. */
export function renderTemplate(kind: DocumentKind, lang: TemplateLang, input: TemplateInput): string {
  const template = getDocumentTemplate(kind);
  const content = CONTENTS[kind];
  const ui = UI[lang];
  const roleLabel = input.role ? (ROLE_LABELS[input.role]?.[lang] ?? input.role) : 'TODO';

  const out: string[] = [];
  out.push(templateMarker(kind));
  out.push(`# ${template.title[lang]}: ${oneLine(input.systemName)}`, '');
  out.push(ui.stub, '');
  out.push('| | |', '| --- | --- |');
  out.push(`| ${ui.system} | ${cell(input.systemName)} (\`${cell(input.systemId)}\`) |`);
  out.push(`| ${ui.organisation} | ${cell(input.organisation)} |`);
  out.push(`| ${ui.role} | ${cell(roleLabel)} |`);
  out.push(`| ${ui.date} | ${cell(formatTemplateDate(input.date, lang))} |`);
  out.push(`| ${ui.status} | ${ui.draft} |`, '');
  out.push(content.about[lang], '');
  const note = content.roleNote?.(input.role);
  if (note) out.push(`> ${note[lang]}`, '');

  for (const section of content.sections) renderSection(section, lang, input, 2, out);

  out.push(`## ${ui.sources}`, '');
  for (const source of content.sources[lang]) out.push(`- ${source}`);
  out.push('');
  return out.join('\n');
}
