/** Time as a dependency: core and jobs never read Date.now() directly, so tests and `--now` can fix it. */
export type Clock = { now(): Date };

export const systemClock: Clock = { now: () => new Date() };

/** A clock frozen at one instant (tests, `--now`). */
export function fixedClock(at: Date | string): Clock {
  const instant = typeof at === "string" ? new Date(at) : at;
  return { now: () => new Date(instant) };
}
