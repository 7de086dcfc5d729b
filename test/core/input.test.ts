import { describe, expect, it } from "vitest";
import { checkTranscriptText, maxTranscriptBytes } from "../../src/core/input.ts";
import { isAppError } from "../../src/errors.ts";

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    return isAppError(error) ? error.code : "other";
  }
  return undefined;
}

describe("checkTranscriptText", () => {
  it("accepts a chat and normalises Windows line endings and a BOM", () => {
    expect(checkTranscriptText("\uFEFFMe: hi\r\nSupplier: hello\r\n")).toBe("Me: hi\nSupplier: hello\n");
  });

  it("accepts Chinese and emoji as text", () => {
    const text = "Lily 10:31\n定金30%，尾款出货前付清 👍";
    expect(checkTranscriptText(new TextEncoder().encode(text))).toBe(text);
  });

  it("refuses an empty or whitespace-only paste", () => {
    expect(codeOf(() => checkTranscriptText(""))).toBe("empty_input");
    expect(codeOf(() => checkTranscriptText(" \n\t\n"))).toBe("empty_input");
  });

  it("refuses a paste over 512 KB", () => {
    expect(codeOf(() => checkTranscriptText("a".repeat(maxTranscriptBytes + 1)))).toBe("input_too_large");
  });

  it("refuses binary data: NUL bytes, invalid UTF-8, many control characters", () => {
    expect(codeOf(() => checkTranscriptText(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01])))).toBe(
      "binary_input",
    );
    expect(codeOf(() => checkTranscriptText(new Uint8Array([0xff, 0xfe, 0xfd, 0x41])))).toBe("binary_input");
    expect(codeOf(() => checkTranscriptText("\u0001\u0002\u0003\u0004abc"))).toBe("binary_input");
  });
});
