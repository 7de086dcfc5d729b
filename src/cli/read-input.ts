/**
 * Reads a transcript argument: a file path, or `-` for standard input, as raw bytes for checkTranscriptText.
 * Reading stops one byte past the paste limit, so /dev/zero or an endless pipe is refused at 512 KB instead
 * of filling memory.
 */
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { maxTranscriptBytes } from "../core/input.ts";
import { AppError } from "../errors.ts";

const tooLarge = () =>
  new AppError(
    "input_too_large",
    `Stopped reading at ${maxTranscriptBytes / 1024} KB: the input is over the 512 KB limit. Pass only the negotiation (or split it) and try again.`,
  );

/** Collects a stream's bytes, and stops (destroying the stream) as soon as there are more than the limit. */
async function readUpToLimit(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream) {
      const bytes = typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer);
      size += bytes.byteLength;
      if (size > maxTranscriptBytes) throw tooLarge();
      chunks.push(bytes);
    }
  } finally {
    // Leaving the loop early closes a file; a pipe is only paused, so let go of it explicitly.
    if (size > maxTranscriptBytes) (stream as { destroy?: () => void }).destroy?.();
  }
  return Buffer.concat(chunks);
}

export async function readTranscriptArgument(
  path: string | undefined,
  stdin: NodeJS.ReadableStream,
): Promise<Uint8Array> {
  if (!path) throw new AppError("bad_arguments", "Name a transcript file, or - to read standard input.");
  if (path === "-") return readUpToLimit(stdin);
  try {
    if ((await stat(path)).isDirectory())
      throw new AppError("bad_arguments", `${path} is a folder, not a transcript file.`);
    return await readUpToLimit(createReadStream(path, { highWaterMark: 64 * 1024 }));
  } catch (error) {
    if (error instanceof AppError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT")
      throw new AppError("file_not_found", `No file at ${path}: check the path and try again.`);
    if (code === "EISDIR") throw new AppError("bad_arguments", `${path} is a folder, not a transcript file.`);
    throw new AppError("file_not_found", `${path} could not be read (${code ?? "unknown error"}).`);
  }
}
