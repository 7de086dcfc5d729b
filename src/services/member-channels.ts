/**
 * The channels a person is a member of, so a surface shows them only orders from those channels (a
 * private channel's orders stay private). One users.conversations listing per person, kept a minute:
 * opening the Home twice costs one call, and leaving a channel hides its orders within a minute.
 */
import type { ServiceDeps } from "./deps.ts";

const ttlMs = 60_000;
const maxEntries = 5_000;
const maxPages = 20;
const cache = new Map<string, { channels: Set<string>; until: number }>();

/** The public and private channels `userId` is in (as far as the bot can see); cached for a minute. */
export async function channelsOfMember(
  deps: Pick<ServiceDeps, "slack">,
  input: { workspaceId: string; userId: string },
): Promise<Set<string>> {
  const key = `${input.workspaceId}/${input.userId}`;
  const now = Date.now();
  const hit = cache.get(key);
  if (hit && hit.until > now) return hit.channels;
  const channels = new Set<string>();
  let cursor: string | undefined;
  for (let page = 0; page < maxPages; page++) {
    const answer = await deps.slack.users.conversations({
      user: input.userId,
      types: "public_channel,private_channel",
      exclude_archived: true,
      limit: 999,
      ...(cursor ? { cursor } : {}),
    });
    for (const channel of answer.channels ?? []) if (channel.id) channels.add(channel.id);
    cursor = answer.response_metadata?.next_cursor || undefined;
    if (!cursor) break;
  }
  if (cache.size >= maxEntries) cache.clear();
  cache.set(key, { channels, until: now + ttlMs });
  return channels;
}
