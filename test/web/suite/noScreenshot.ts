// The integration tests' `screenshot` in the browser run: the desktop launcher writes the pictures (Node's fs), VS
// Code for the Web has no such launcher here (its own picture comes from `npm run screenshot:web`), so a test that
// asks for one goes on without it.
export function screenshot(name: string): Promise<void> {
  console.log(`[screenshot] ${name} (not taken in the browser run)`);
  return Promise.resolve();
}
