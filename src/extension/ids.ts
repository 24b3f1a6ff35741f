// Every id the extension shares with package.json or across its modules: commands, views, the webview panel, the
// language, settings, context keys. One module, with no `vscode` import, so test/unit/contributions.test.ts can load it
// in plain Node and check it against package.json both ways. An `aiSystemManifest.` literal anywhere else in src/ is a
// lint error (eslint.config.mjs).

/** The configuration section (`aiSystemManifest.*` settings) and the prefix of every id below. */
export const SECTION = 'aiSystemManifest';

export const LANGUAGE_ID = 'ai-system-yaml';

/** Every manifest file name of the spec ("Which files are manifests"). */
export const MANIFEST_GLOB = '**/{ai-system.yaml,ai-system.yml,*.ai-system.yaml,*.ai-system.yml}';
/** Folders never searched for manifests. */
export const MANIFEST_SEARCH_EXCLUDE = '**/{node_modules,.git}/**';

// Commands contributed in package.json (Command Palette, menus).
export const ASSESS_COMMAND = 'aiSystemManifest.assessRiskTier';
export const NEW_MANIFEST_COMMAND = 'aiSystemManifest.newManifest';
export const SHOW_TIMELINE_COMMAND = 'aiSystemManifest.showTimeline';
export const EXPORT_REGISTER_COMMAND = 'aiSystemManifest.exportRegister';
export const OPEN_SYSTEM_COMMAND = 'aiSystemManifest.systems.open';
export const ASSESS_SYSTEM_COMMAND = 'aiSystemManifest.systems.assess';
export const TIMELINE_SYSTEM_COMMAND = 'aiSystemManifest.systems.timeline';
export const REFRESH_SYSTEMS_COMMAND = 'aiSystemManifest.systems.refresh';
export const PREVIEW_CITIZENS_PAGE_COMMAND = 'aiSystemManifest.previewCitizensPage';

export const CONTRIBUTED_COMMANDS: readonly string[] = [
  ASSESS_COMMAND,
  NEW_MANIFEST_COMMAND,
  SHOW_TIMELINE_COMMAND,
  EXPORT_REGISTER_COMMAND,
  OPEN_SYSTEM_COMMAND,
  ASSESS_SYSTEM_COMMAND,
  TIMELINE_SYSTEM_COMMAND,
  REFRESH_SYSTEMS_COMMAND,
  PREVIEW_CITIZENS_PAGE_COMMAND,
];

// Commands registered but not contributed: buttons, links and code actions run them (and the integration tests).
/** The "Record" button of the assessment. */
export const RECORD_TIER_COMMAND = 'aiSystemManifest.recordDeclaredTier';
/** The panel's "Fix" buttons: the first fix for a finding. */
export const APPLY_FIX_COMMAND = 'aiSystemManifest.applyFix';
/** Creates a documentation stub and links it; the code action of that fix runs it. */
export const CREATE_DOCUMENT_COMMAND = 'aiSystemManifest.createDocumentStub';
/** "Fix all" runs it after its edit: creates the documentation stubs the edit links (never over a file), and says so. */
export const CREATE_FIX_ALL_DOCUMENTS_COMMAND = 'aiSystemManifest.createFixAllDocuments';
/** The link of a missing document path runs it (manifest URI string, field path, path as written). */
export const CREATE_LINKED_DOCUMENT_COMMAND = 'aiSystemManifest.createLinkedDocument';
/** "Accept the finding …": asks for the reason and who accepts, then inserts the acceptedFindings entry. */
export const ACCEPT_FINDING_COMMAND = 'aiSystemManifest.acceptFinding';
/** A diagnostic's rule id links to it: the rule's section of docs/rules.md. */
export const SHOW_RULE_DOCUMENTATION_COMMAND = 'aiSystemManifest.showRuleDocumentation';

export const INTERNAL_COMMANDS: readonly string[] = [
  RECORD_TIER_COMMAND,
  APPLY_FIX_COMMAND,
  CREATE_DOCUMENT_COMMAND,
  CREATE_FIX_ALL_DOCUMENTS_COMMAND,
  CREATE_LINKED_DOCUMENT_COMMAND,
  ACCEPT_FINDING_COMMAND,
  SHOW_RULE_DOCUMENTATION_COMMAND,
];

/** The activity bar container (`viewsContainers.activitybar`) and its view (`views.aiSystemManifest`). */
export const VIEW_CONTAINER = 'aiSystemManifest';
export const AI_SYSTEMS_VIEW = 'aiSystemManifest.systems';
/** `contextValue` of the view's items, matched by `viewItem == …` in package.json's menus. */
export const SYSTEM_ITEM_CONTEXT = 'aiSystem';
export const NEXT_DUTY_ITEM_CONTEXT = 'aiSystemNextDuty';

/** The timeline webview panel (`onWebviewPanel:` activation event, so a restored panel activates the extension). */
export const TIMELINE_VIEW_TYPE = 'aiSystemManifest.timeline';
/** "Assess risk tier": a webview panel per manifest, and one for the wizard's result (not restored after a reload). */
export const ASSESSMENT_VIEW_TYPE = 'aiSystemManifest.assessment';
/** The citizens' page's preview (a webview panel without script; not restored after a reload). */
export const CITIZENS_PAGE_VIEW_TYPE = 'aiSystemManifest.citizensPage';

/** Context key set once the AI systems view has loaded (package.json `viewsWelcome` waits for it). */
export const SYSTEMS_LOADED_CONTEXT = 'aiSystemManifest.systemsLoaded';
/** Context key: the workspace has a manifest (package.json `menus` show "Preview citizens' page" then). */
export const HAS_MANIFESTS_CONTEXT = 'aiSystemManifest.hasManifests';

export const RISK_TIER_STATUS_ITEM = 'aiSystemManifest.riskTier';

/** Settings, relative to `SECTION` (package.json `contributes.configuration.properties`). */
export const LANGUAGE_SETTING = 'language';
export const EDITION_SETTING = 'edition';
export const FUTURE_DUTIES_SETTING = 'futureDuties';
export const REFERENCE_DATE_SETTING = 'referenceDate';
/** The summary lens at the top of a manifest. */
export const CODE_LENS_SETTING = 'codeLens.enabled';

export const SETTINGS: readonly string[] = [
  LANGUAGE_SETTING,
  EDITION_SETTING,
  FUTURE_DUTIES_SETTING,
  REFERENCE_DATE_SETTING,
  CODE_LENS_SETTING,
];
