#!/usr/bin/env node
'use strict';
// The compiled command lives in dist/; `npm run build` makes it.
require('../dist/cli/main.js')
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
