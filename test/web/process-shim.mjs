// `process` for the npm package `assert` (and its `util`) in the web test bundle: the web-worker extension host has
// no Node `process`. Injected by test/web/run-web-tests.mjs; not part of the extension.
export const process = {
  env: {},
  argv: [],
  platform: 'browser',
  version: '',
  versions: {},
  nextTick: (callback, ...args) => Promise.resolve().then(() => callback(...args)),
  emitWarning: () => undefined,
};
