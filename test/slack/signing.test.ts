import { describe, expect, it } from "vitest";
import { payloadJson, signature } from "../helpers/slack-request.ts";

describe("request signing", () => {
  it("reproduces the signature of Slack's documented test vector", () => {
    const vector = payloadJson<{
      signing_secret: string;
      x_slack_request_timestamp: string;
      raw_body: string;
      expected_x_slack_signature: string;
    }>("docs/signing-test-vector.json");
    expect(signature(vector.signing_secret, vector.x_slack_request_timestamp, vector.raw_body)).toBe(
      vector.expected_x_slack_signature,
    );
  });
});
