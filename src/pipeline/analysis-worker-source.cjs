// The worker entry when running from source (tsx): a worker thread on Node 20 does not get tsx's --import
// hooks, so the TypeScript entry is loaded through tsx's require hook instead. The build uses
// analysis-worker.js directly and never loads this file.
require("tsx/cjs/api").register();
module.exports = require("./analysis-worker.ts");
