// Runs Lighthouse's Node API on one URL in a browser already listening on a debugging port, and
// writes the report (LHR) as JSON to stdout. Plain Node on purpose, started by bench/lighthouse.ts:
// under tsx, Lighthouse's page functions pick up esbuild's `__name` helper, which the page lacks.
import lighthouse from 'lighthouse';

const [url, port, categories] = process.argv.slice(2);
const runner = await lighthouse(url, {
  port: Number(port),
  output: 'json',
  logLevel: 'error',
  onlyCategories: categories.split(','),
});
if (!runner) throw new Error(`Lighthouse returned nothing for ${url}`);
process.stdout.write(JSON.stringify(runner.lhr));
