/** Turns driver failures into the closed AppError vocabulary, so no raw stack reaches a person. */
import { AppError } from "../errors.ts";

/** Node socket errors, postgres.js connection errors, and SQLSTATEs that mean "the server is not there". */
const connectionCodes = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ENOTFOUND",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EAI_AGAIN",
  "EPIPE",
  "CONNECT_TIMEOUT",
  "CONNECTION_CLOSED",
  "CONNECTION_ENDED",
  "CONNECTION_DESTROYED",
  "57P01", // admin_shutdown
  "57P02", // crash_shutdown
  "57P03", // cannot_connect_now
  "53300", // too_many_connections
  "3D000", // invalid_catalog_name: the database does not exist
  "28P01", // invalid_password
  "28000", // invalid_authorization_specification
]);

function codesOf(error: unknown): string[] {
  const codes: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current && depth < 6; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string") codes.push(code);
    const nested = (current as { errors?: unknown }).errors; // AggregateError from a dual-stack connect
    if (Array.isArray(nested)) for (const inner of nested) codes.push(...codesOf(inner));
    current = (current as { cause?: unknown }).cause;
  }
  return codes;
}

/** True when the error says the database cannot be reached (as opposed to a bad query). */
export function isConnectionError(error: unknown): boolean {
  return codesOf(error).some((code) => connectionCodes.has(code) || code.startsWith("08"));
}

/** The AppError for any failure inside the store: AppErrors pass, connection failures are database_unavailable. */
export function toStoreError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (isConnectionError(error)) return new AppError("database_unavailable", undefined, { cause: error });
  return new AppError("internal", undefined, { cause: error });
}

/**
 * Pauses before each retry of a connection-level failure. After a failover or pg_terminate_backend
 * the pool still holds dead connections, and the first query on each fails (CONNECTION_CLOSED, 57P01)
 * although the database is back. A backend ends some milliseconds after it is told to, so the
 * immediate retry can meet a second dying connection; by the pause's end the pool has seen them close
 * and the last try gets a fresh one. A database that is really down costs the person about a quarter
 * of a second more before they are told, after the ack.
 */
const retryPausesMs = [0, 200];

/**
 * Runs a store operation and maps whatever it throws with toStoreError; a connection-level failure is
 * tried again after each pause above. Transactions roll back on such a failure, so running one again is
 * safe; a nested guard that already gave up throws an AppError, which is not retried again.
 */
export async function guard<T>(operation: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await operation();
    } catch (error) {
      const retry =
        !(error instanceof AppError) && isConnectionError(error) && attempt < retryPausesMs.length;
      if (!retry) throw toStoreError(error);
      const pauseMs = retryPausesMs[attempt]!;
      if (pauseMs > 0) await new Promise((resolve) => setTimeout(resolve, pauseMs));
    }
  }
}
