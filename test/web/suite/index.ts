// Entry point of the tests in VS Code's web-worker extension host (`extensionTestsPath` of @vscode/test-web; bundled
// for the browser by test/web/run-web-tests.mjs). Runs the integration suites that use nothing Node-only, the same
// files the desktop runs (test/integration/), and the browser's own checks (web.test.ts), with mocha's browser build.

export function run(): Promise<void> {
  // Mocha's browser build sets the global `mocha`. Required, not imported: a UMD file imported for its side effect
  // would be inlined by esbuild and assign its `module.exports`, this module's, in place of `run`.
  /* eslint-disable @typescript-eslint/no-require-imports -- the order of loading is the point here (see above) */
  require('mocha/mocha');
  return new Promise((resolve, reject) => {
    mocha.setup({ ui: 'bdd', reporter: 'spec', timeout: 60_000, color: false });
    // Required here, after setup (a static import would run their describe() before mocha exists). File order as on
    // the desktop: the browser's own checks first, activation before the feature suites.
    require('./web.test');
    require('../../integration/activation.test');
    require('../../integration/language.test');
    require('../../integration/diagnostics.test');
    require('../../integration/codeActions.test');
    require('../../integration/commands.test');
    require('../../integration/timelinePanel.test');
    /* eslint-enable @typescript-eslint/no-require-imports */
    try {
      mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} web test(s) failed`)) : resolve()));
    } catch (error) {
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
}
