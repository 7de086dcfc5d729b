/**
 * A lane for the database- and CPU-bound steps of the slow work that follows an ack. Slack wants every
 * request acked within 3 s; PGlite and the rules engine run on the same thread as the HTTP server, so
 * a burst of 200 pastes processed all at once would starve the acks of the next requests. The lane runs
 * a few steps at a time and yields to pending I/O before each one; waits on the model stay outside it.
 */
export type Lane = <T>(step: () => Promise<T>) => Promise<T>;

/** A lane running at most `concurrency` steps at once, each after a turn of the event loop. */
export function createLane(concurrency: number): Lane {
  let running = 0;
  const waiting: Array<() => void> = [];
  return async <T>(step: () => Promise<T>): Promise<T> => {
    if (running >= concurrency) await new Promise<void>((resolve) => waiting.push(resolve));
    running++;
    try {
      // Let the HTTP server read and ack whatever arrived before this step takes the thread.
      await new Promise<void>((resolve) => setImmediate(resolve));
      return await step();
    } finally {
      running--;
      waiting.shift()?.();
    }
  };
}

/** No lane: every step runs at once (tests, the CLI). */
export const directLane: Lane = (step) => step();
