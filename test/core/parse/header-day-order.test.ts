/**
 * A chat export's headers tell which way its dates are written in figures, even when every one could be read
 * both ways: the chat moves on a day at a time. The figures in what was said ("dispatch latest 10/04") read the
 * same way as the headers above them.
 */
import { describe, expect, it } from "vitest";
import { headerDayOrder } from "../../../src/core/parse/header-day-order.ts";
import { parseTranscript } from "../../../src/core/parse/parse-transcript.ts";
import { draftOf } from "../../helpers/read-chat.ts";

describe("the order of day and month in a chat's headers", () => {
  it.each([
    [["11/03/26, 19:42 - Me: hi", "12/03/26, 09:14 - Candy: hello"], "dmy"],
    [["11/03/26, 19:42 - Me: hi", "11/04/26, 09:14 - Candy: hello"], "mdy"],
    [["[09/03/2026 08:05] Josh: hi", "[10/03/2026 09:02] Fiona: hello"], "dmy"],
    [["25/03/2026, 10:00 - Me: hi"], "dmy"],
    [["03/25/2026, 10:00 - Me: hi"], "mdy"],
  ] as const)("%j reads %s", (lines, order) => {
    expect(headerDayOrder(lines)).toBe(order);
  });

  it("tells nothing from one day's chat", () => {
    expect(headerDayOrder(["05/03/26, 10:00 - Me: hi", "05/03/26, 11:00 - Ann: hello"])).toBeNull();
  });

  it("reads a WhatsApp export whose dates go on a day at a time month first when that is their way", () => {
    const parsed = parseTranscript(
      ["11/03/26, 19:42 - Jess: hi, 500 pcs please", "11/04/26, 09:14 - Candy: ok USD 2.95"].join("\n"),
    );
    expect(parsed.messages.map((message) => message.at?.slice(0, 10))).toEqual(["2026-11-03", "2026-11-04"]);
    expect(parsed.dayOrder).toBe("mdy");
  });
});

describe("dates said under day-first headers", () => {
  const chat = (deadline: string) => [
    "11/03/26, 19:42 - Me: Hi Candy, Jess from Good Boy Supply Co in Melbourne. 500 bone chew toys please",
    "11/03/26, 21:05 - Candy Chompy: Hi Jess! Candy here, Dongguan Chompy Rubber Products Co., Ltd. AUD 3.20/pc",
    "12/03/26, 09:14 - Me: 2.95?",
    "12/03/26, 09:20 - Candy Chompy: ok 2.95",
    `12/03/26, 09:25 - Me: Deal. ${deadline}`,
  ];

  it.each([
    ["Dispatch latest 10/04 please", "2026-04-10"],
    ["Please ship by 08/05 latest", "2026-05-08"],
  ])("%j is read day first (%s)", (deadline, date) => {
    expect(draftOf(chat(deadline), new Date("2026-03-13T12:00:00Z")).dispatch.date).toBe(date);
  });
});
