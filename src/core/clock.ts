/** Time as a dependency: core and jobs never read Date.now() directly, so tests and `--now` can fix it. */
export type Clock = { now(): Date };

export const systemClock: Clock = { now: () => new Date() };

/** A clock frozen at one instant (tests, `--now`). */
export function fixedClock(at: Date | string): Clock {
  const instant = typeof at === "string" ? new Date(at) : at;
  return { now: () => new Date(instant) };
}

/**
 * A clock that follows `base` until it is set, then stays at the instant it was set to (local mode's
 * `tick DATE`): a simulated day must not roll over into the next while the person is still acting on it.
 */
export function settableClock(base: Clock): Clock & { set(at: Date): void } {
  let fixed: Date | null = null;
  return {
    now: () => (fixed ? new Date(fixed) : base.now()),
    set(at: Date) {
      fixed = new Date(at);
    },
  };
}
