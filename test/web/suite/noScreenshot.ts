// The integration tests' `screenshot` in the browser run: the desktop launcher writes the pictures (Node's fs), VS
// Code for the Web has no such launcher here (its own picture comes from `npm run screenshot:web`), so a test that
// asks for one goes on without it.
export function screenshot(name: string): Promise<void> {
  console.log(`[screenshot] ${name} (not taken in the browser run)`);
  return Promise.resolve();
}

// Neither can it click in a webview or read the workbench's console: the tests that ask go on without it.
export function followWebviewLinks(name: string): Promise<Record<string, unknown> | undefined> {
  console.log(`[webview-links] ${name} (not followed in the browser run)`);
  return Promise.resolve(undefined);
}

export function loggedErrors(name: string): Promise<string[] | undefined> {
  console.log(`[console-errors] ${name} (not read in the browser run)`);
  return Promise.resolve(undefined);
}
