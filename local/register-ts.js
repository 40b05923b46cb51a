'use strict';
/*
 * Lets Node load the repository's TypeScript directly: each .ts file is
 * transpiled as it loads with the typescript package's transpileModule (no
 * type check: `npm run typecheck` does that), using the repository's
 * tsconfig options. The local site and the benchmark both load it. It
 * replaces Node 22's own type stripping for .ts, which refuses some syntax.
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
