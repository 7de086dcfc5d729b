/**
 * Tokens at rest: AES-256-GCM (node:crypto) under TOKEN_ENCRYPTION_KEY, a fresh 12-byte IV per value.
 * The sealed form names its version so the scheme can change without guessing.
 */
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { AppError } from "../errors.ts";

export type TokenCipher = { seal(plain: string): string; open(sealed: string): string };

/** The key: 32 bytes as 64 hex characters or as base64 (e.g. `openssl rand -base64 32`). */
export function parseEncryptionKey(text: string | undefined): Buffer {
  const value = text?.trim() ?? "";
  const key = /^[0-9a-fA-F]{64}$/.test(value) ? Buffer.from(value, "hex") : Buffer.from(value, "base64");
  if (key.length !== 32)
    throw new AppError(
      "config_invalid",
      "TOKEN_ENCRYPTION_KEY must be 32 bytes as 64 hex characters or base64 (openssl rand -base64 32).",
    );
  return key;
}

export function createTokenCipher(key: Buffer): TokenCipher {
  return {
    seal(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv("aes-256-gcm", key, iv);
      const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
      return ["v1", iv, cipher.getAuthTag(), body]
        .map((part) => (typeof part === "string" ? part : part.toString("base64url")))
        .join(":");
    },
    open(sealed) {
      const [version, iv, tag, body] = sealed.split(":");
      if (version !== "v1" || !iv || !tag || body === undefined)
        throw new AppError("internal", "A stored installation is not in a known sealed form.");
      try {
        const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64url"));
        decipher.setAuthTag(Buffer.from(tag, "base64url"));
        return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString(
          "utf8",
        );
      } catch (error) {
        throw new AppError(
          "config_invalid",
          "A stored installation cannot be decrypted: TOKEN_ENCRYPTION_KEY is not the key it was sealed with.",
          { cause: error },
        );
      }
    },
  };
}
