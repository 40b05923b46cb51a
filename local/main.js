#!/usr/bin/env node
'use strict';
/*
 * Starts the local Atlassian site from source. The site and the app's
 * src/forge are TypeScript; rather than compile them to dist first, this
 * registers a require hook that transpiles each .ts file as it loads with
 * the typescript package's transpileModule (no type check: run
 * `npm run typecheck` for that), using the repository's tsconfig options.
 * The same hook serves Node 20 and 22 (it replaces Node 22's own type
 * stripping for .ts, which would refuse some TypeScript syntax).
 */
const fs = require('node:fs');
const path = require('node:path');
const ts = require('typescript');

const root = path.resolve(__dirname, '..');
const config = ts.readConfigFile(
  path.join(root, 'tsconfig.json'),
  ts.sys.readFile,
);
const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, root);
const compilerOptions = {
  ...parsed.options,
  module: ts.ModuleKind.CommonJS,
  noEmit: false,
  sourceMap: false,
  inlineSourceMap: true,
  inlineSources: true,
};

require.extensions['.ts'] = function transpile(module, filename) {
  const source = fs.readFileSync(filename, 'utf8');
  const output = ts.transpileModule(source, {
    compilerOptions,
    fileName: filename,
  });
  module._compile(output.outputText, filename);
};
process.setSourceMapsEnabled(true);

require('./start.ts')
  .main(process.argv.slice(2))
  .catch((error) => {
    console.error(`[local] could not start: ${error && error.message}`);
    process.exitCode = 1;
  });
