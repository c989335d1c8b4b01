// Runs first in `npm start`, `dev`, `build` and `test`: on a Node.js older than package.json's
// `engines`, say so in one line and exit 1, instead of a stack trace from deep inside a dependency.
// Plain JavaScript with nothing newer than ES2017, so that even Node 12-20 can parse and run it.
import fs from 'node:fs';

function parse(version) {
  return String(version)
    .replace(/^v/, '')
    .split('.')
    .map(function (part) {
      return parseInt(part, 10) || 0;
    });
}

function atLeast(version, minimum) {
  var a = parse(version);
  var b = parse(minimum);
  for (var i = 0; i < 3; i++) {
    if ((a[i] || 0) !== (b[i] || 0)) return (a[i] || 0) > (b[i] || 0);
  }
  return true;
}

var pkg = JSON.parse(fs.readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
var range = pkg.engines && pkg.engines.node;
var minimum = range ? range.replace(/^>=\s*/, '') : '0';
var current = process.versions.node;

if (!atLeast(current, minimum)) {
  console.error(
    'Inkwell needs Node.js ' +
      minimum +
      ' or newer (Node 24 LTS recommended); this is Node.js ' +
      current +
      '. Install Node 24 (https://nodejs.org/ or `nvm install`, see .nvmrc) and run the command again.',
  );
  process.exit(1);
}
