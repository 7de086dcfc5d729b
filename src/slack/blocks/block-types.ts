/** Block Kit types, taken from Bolt's own re-export of @slack/types (not a separate dependency). */
import type { types } from "@slack/bolt";

export type KnownBlock = types.KnownBlock;
export type ModalView = types.ModalView;
export type HomeView = types.HomeView;
export type Button = types.Button;
export type PlainTextOption = types.PlainTextOption;
export type StaticSelect = types.StaticSelect;

/** A message a builder hands to chat.postMessage / chat.update (defined with the services that post it). */
export type { BlockMessage } from "../../services/deps.ts";
