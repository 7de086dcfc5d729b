/**
 * The bot scopes an install asks for: the same list as manifest.yml `oauth_config.scopes.bot` (a test
 * keeps the two equal). Each is explained there.
 */
export const botScopes = [
  "commands",
  "chat:write",
  "chat:write.public",
  "channels:history",
  "groups:history",
  "files:read",
  "files:write",
  "channels:read",
  "groups:read",
] as const;
