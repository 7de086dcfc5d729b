/** `--aql MAJOR/MINOR` (e.g. 1.5/4.0): the major and minor AQLs; critical stays 0 (no critical defect accepted). */
import { type AqlLevels, defaultAqls } from "./contract-content.ts";
import { isSupportedAql, tableAqls } from "./sampling-plan.ts";

/** The AQLs for `text`, or a sentence saying what is wrong with it. */
export function parseAqlOption(
  text: string | undefined,
): { ok: true; aqls: AqlLevels } | { ok: false; reason: string } {
  if (text === undefined) return { ok: true, aqls: defaultAqls };
  const match = text.trim().match(/^(\d{1,3}(?:\.\d{1,3})?)\/(\d{1,3}(?:\.\d{1,3})?)$/);
  const major = Number(match?.[1]);
  const minor = Number(match?.[2]);
  if (!match || !isSupportedAql(major) || !isSupportedAql(minor))
    return {
      ok: false,
      reason: `AQLs go as MAJOR/MINOR from ISO 2859-1's AQLs (${tableAqls.join(", ")}), e.g. 2.5/4.0, not "${text}".`,
    };
  return { ok: true, aqls: { critical: 0, major, minor } };
}
