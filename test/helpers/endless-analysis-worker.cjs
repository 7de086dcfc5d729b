// A worker with the analysis worker's exports whose every step burns CPU until its thread is ended: what a
// pathological paste does to the real extraction, without depending on which pattern is slow today.
// Like the real worker, it stamps when the step starts (the budget counts from there).
function spin(task) {
  task.startedAt[0] = Date.now();
  for (;;) {
    // busy
  }
}
module.exports = { analyze: spin, extract: spin, review: spin };
