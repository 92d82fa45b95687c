import type { Block } from "../../cards/blocks.ts";

interface ReplyFields {
  readonly response_type: "ephemeral";
  readonly text: string;
  readonly blocks: Block[];
}

/**
 * An acknowledgement's body already written as JSON: the HTTP receiver sends `json` as it is
 * (direct-commands.ts), without building and serialising the message again. Anything else that
 * serialises it (Socket Mode's acknowledgement, Bolt's receiver) gets the same JSON through
 * `toJSON`; its fields read the same too (parsed when first read).
 */
export class PreparedReply {
  readonly json: string;
  #fields: ReplyFields | undefined;

  constructor(json: string) {
    this.json = json;
  }

  #parsed(): ReplyFields {
    this.#fields ??= JSON.parse(this.json) as ReplyFields;
    return this.#fields;
  }

  get response_type(): "ephemeral" {
    return this.#parsed().response_type;
  }

  get text(): string {
    return this.#parsed().text;
  }

  get blocks(): Block[] {
    return this.#parsed().blocks;
  }

  toJSON(): ReplyFields {
    return this.#parsed();
  }
}
