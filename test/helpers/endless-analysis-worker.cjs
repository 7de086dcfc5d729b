// A worker with the analysis worker's exports whose every step burns CPU until its thread is ended: what a
// pathological paste does to the real extraction, without depending on which pattern is slow today.
function spin() {
  for (;;) {
    // busy
  }
}
module.exports = { analyze: spin, extract: spin, review: spin };
