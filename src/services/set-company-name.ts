/** `/order settings company "..."`: the buyer's company name every purchase contract of the workspace prints. */
import { setCompanyName } from "../store/index.ts";
import type { ServiceDeps } from "./deps.ts";

export async function setWorkspaceCompanyName(
  deps: ServiceDeps,
  input: { workspaceId: string; name: string },
): Promise<string> {
  await setCompanyName(deps.store.db, { workspaceId: input.workspaceId, companyName: input.name });
  return `Purchase contracts now name “${input.name}” as the buyer.`;
}
