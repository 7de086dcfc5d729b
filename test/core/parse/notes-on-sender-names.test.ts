/**
 * An export that notes beside the sender what a message was ("Ionela Marin (voice 0:52, transcribed):", "Lee
 * (edited):"): the sender is the same person with or without the note, and a colon inside the note ends no name.
 */
import { describe, expect, it } from "vitest";
import { parseTranscript } from "../../../src/core/parse/parse-transcript.ts";

const chat = [
  "[08.07.2026 10:14] Ionela Marin (voice 0:52, transcribed): Hello Grace, we need 50,000 swabs.",
  "[08.07.2026 10:15] Ionela Marin: *swabs, sorry, the transcription is wrong",
  "[08.07.2026 10:40] Grace Liu (voice 1:10, transcribed): Hi Ionela, thank you. Swab USD 0.09/pc.",
  "[08.07.2026 10:41] Grace Liu (edited): MOQ 20,000 pcs.",
  "[08.07.2026 10:50] Ionela Marin: 0.08 possible?",
].join("\n");

describe("notes beside a sender's name", () => {
  it("leave one sender, and the message whole", () => {
    const messages = parseTranscript(chat).messages;
    expect(messages.map((m) => m.speaker)).toEqual([
      "Ionela Marin",
      "Ionela Marin",
      "Grace Liu",
      "Grace Liu",
      "Ionela Marin",
    ]);
    expect(messages[0]!.text).toBe("Hello Grace, we need 50,000 swabs.");
  });

  it("give each sender one role", () => {
    const roles = parseTranscript(chat).messages.map((m) => m.role);
    expect(roles).toEqual(["buyer", "buyer", "supplier", "supplier", "buyer"]);
  });
});
