// How every production server process starts: `npm start`, each instance of `npm run cluster`, the
// e2e suite and the benchmarks. Node itself with tsx as a loader (not the tsx command, which kills
// its child with SIGKILL when a signal is not confirmed within 30 ms: scripts/start.ts).
//
// The heap is sized for a blog, not for the machine: left alone, V8 gives a 24 GB machine 64 MB
// semi-spaces and lets the old space grow to gigabytes before collecting hard, so a server under
// load sat at 450–650 MB resident. Measured in docs/performance.md: with these, about 300 MB
// under load for the same CPU per cached page (a page rendered per request, search, collects more
// often: about +10 % CPU). The import and export stream one item at a time and fit in far less.
export const SERVER_NODE_ARGS = [
  '--max-semi-space-size=16',
  '--max-old-space-size=256',
  '--conditions=react-server',
  '--import',
  'tsx',
  'scripts/serve.ts',
];
