/**
 * What `contract` and `checklist` share: read the transcript as `review` does, check `--out`, write the
 * file and print `{ file, pages, openFindings }` with --json.
 * @see ../../../shared/contract.md
 */
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, extname } from "node:path";
import { checkTranscriptText } from "../core/input.ts";
import { parseTranscript } from "../core/parse/parse-transcript.ts";
import type { Message, Review } from "../core/schemas.ts";
import { AppError } from "../errors.ts";
import { createModelClient } from "../model/create-model-client.ts";
import { analyzeTranscript } from "../pipeline/analyze-transcript.ts";
import type { CliContext } from "./command.ts";
import { readTranscriptArgument } from "./read-input.ts";

export type DocumentSource = { review: Review; messages: Message[]; issuedOn: string };

/** The transcript named on the command line, reviewed, with its messages (speakers and times for the appendix). */
export async function readDocumentSource(context: CliContext): Promise<DocumentSource> {
  const text = checkTranscriptText(await readTranscriptArgument(context.args[0], context.stdin));
  const { config, logger, clock } = context;
  const model = createModelClient({
    apiKey: config.OPENAI_API_KEY,
    baseURL: config.OPENAI_BASE_URL,
    model: config.OPENAI_MODEL,
    timeoutMs: config.OPENAI_TIMEOUT_S * 1000,
    logger,
  });
  const review = await analyzeTranscript(
    { model, logger, clock },
    { text, now: context.nowGiven ? clock.now() : undefined },
  );
  return {
    review,
    messages: parseTranscript(text).messages,
    issuedOn: clock.now().toISOString().slice(0, 10),
  };
}

/** The `--out` path, with one of the extensions the command writes. */
export function outPath(context: CliContext, extensions: string[]): string {
  const out = context.flags.out;
  if (typeof out !== "string" || out === "")
    throw new AppError("bad_arguments", `Name the file to write with --out PATH${extensions[0]}.`);
  if (!extensions.includes(extname(out).toLowerCase()))
    throw new AppError("bad_arguments", `--out must end in ${extensions.join(" or ")}, not "${out}".`);
  return out;
}

/** Write the file (creating its folder) and report as the contract says. */
export async function writeDocument(
  context: CliContext,
  input: { path: string; bytes: Buffer | string; pages: number; openFindings: number; what: string },
): Promise<number> {
  try {
    await mkdir(dirname(input.path), { recursive: true });
    await writeFile(input.path, input.bytes);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "unknown error";
    throw new AppError("file_not_found", `${input.path} could not be written (${code}): check the folder.`);
  }
  const result = { file: input.path, pages: input.pages, openFindings: input.openFindings };
  context.stdout.write(
    context.flags.json
      ? `${JSON.stringify(result)}\n`
      : `${input.what} written to ${input.path} (${input.pages} page${input.pages === 1 ? "" : "s"}, ${input.openFindings} open finding${input.openFindings === 1 ? "" : "s"})\n`,
  );
  return 0;
}
