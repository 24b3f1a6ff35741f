// typescript-eslint (8.x) supports TypeScript >=4.8.4 <6.1.0 and drives TypeScript's JavaScript compiler API. The
// project compiles with TypeScript 7, the native port, whose package has no such API. Type-aware linting therefore
// runs on TypeScript 6.0, the last JavaScript release (same language and type system), installed as the
// devDependency `typescript-eslint-typescript`. Loaded first by eslint.config.mjs, this makes every
// `require('typescript')` (and `typescript/…`) in the ESLint process resolve to it; tsc (typecheck, tests) and the build stay on 7.
'use strict';
const Module = require('node:module');

const original = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  const redirected = request === 'typescript' || request.startsWith('typescript/') ? `typescript-eslint-${request}` : request;
  return original.call(this, redirected, ...rest);
};
