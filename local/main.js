#!/usr/bin/env node
'use strict';
/*
 * Starts the local Atlassian site from source: the site and the app's
 * src/forge are TypeScript, loaded through register-ts.js rather than
 * compiled to dist first.
 */
require('./register-ts.js');

require('./start.ts')
  .main(process.argv.slice(2))
  .catch((error) => {
    console.error(`[local] could not start: ${error && error.message}`);
    process.exitCode = 1;
  });
