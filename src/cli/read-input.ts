/** Reads a transcript argument: a file path, or `-` for standard input, as raw bytes for checkTranscriptText. */
import { readFile } from "node:fs/promises";
import { AppError } from "../errors.ts";

export async function readTranscriptArgument(
  path: string | undefined,
  stdin: NodeJS.ReadableStream,
): Promise<Uint8Array> {
  if (!path) throw new AppError("bad_arguments", "Name a transcript file, or - to read standard input.");
  if (path === "-") {
    const chunks: Buffer[] = [];
    for await (const chunk of stdin)
      chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer));
    return Buffer.concat(chunks);
  }
  try {
    return await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT")
      throw new AppError("file_not_found", `No file at ${path}: check the path and try again.`);
    if (code === "EISDIR") throw new AppError("bad_arguments", `${path} is a folder, not a transcript file.`);
    throw new AppError("file_not_found", `${path} could not be read (${code ?? "unknown error"}).`);
  }
}
