#!/usr/bin/env node
'use strict';
// Entry point of the `thidua` command line; the compiled CLI lives in dist/ (npm run build:cli).
const { main } = require('../dist/cli/main.js');
main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
