// Entry point loaded by VS Code's extension host (`extensionTestsPath`): runs every
// out/test/integration/**/*.test.js with mocha (bdd: describe/it) and rejects when a test fails.
// Output goes through console.log, which VS Code forwards to the launcher (codeAutomationLog / debug console).
import * as fs from 'fs';
import * as path from 'path';

type MochaCtor = typeof import('mocha');

function loadMocha(): MochaCtor {
  // mocha 12 is an ES module package; Node >= 20.19 loads it through require(esm), giving a namespace object.
  const mod = require('mocha') as MochaCtor & { default?: MochaCtor };
  return mod.default ?? mod;
}

function findTests(dir: string): string[] {
  const found: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...findTests(full));
    else if (entry.isFile() && entry.name.endsWith('.test.js')) found.push(full);
  }
  return found.sort();
}

export function run(): Promise<void> {
  const Mocha = loadMocha();
  // AISM_TEST_GREP runs only the tests whose title matches (e.g. while working on one feature).
  const grep = process.env.AISM_TEST_GREP;
  const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, color: false, reporter: 'spec', ...(grep ? { grep } : {}) });
  const files = findTests(__dirname);
  for (const file of files) mocha.addFile(file);
  return new Promise((resolve, reject) => {
    if (files.length === 0) {
      reject(new Error(`no *.test.js files under ${__dirname}`));
      return;
    }
    try {
      mocha.run((failures) => {
        if (failures > 0) reject(new Error(`${failures} integration test(s) failed`));
        else resolve();
      });
    } catch (err) {
      reject(err instanceof Error ? err : new Error(String(err)));
    }
  });
}
