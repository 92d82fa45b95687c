import type { Block } from "../../cards/blocks.ts";

interface ReplyFields {
  readonly response_type: "ephemeral";
  readonly text: string;
  readonly blocks: Block[];
}

/**
 * An acknowledgement's body already written as JSON: the HTTP receiver sends `json` as it is
 * (direct-commands.ts), without building and serialising the message again. Its fields read as the
 * message's (parsed when first read), and `toJSON` serialises it as the message. Any other
 * acknowledgement gets the message's fields instead (see `forAck`): Socket Mode copies the body's
 * own properties before serialising it.
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

/** The acknowledgements that send a PreparedReply's JSON as it is. */
const takingPrepared = new WeakSet<object>();

/** Says that `ack` sends a PreparedReply's JSON as it is. */
export function takesPrepared<T extends object>(ack: T): T {
  takingPrepared.add(ack);
  return ack;
}

/** What to hand `ack`: a prepared reply as it is where `ack` takes it, else its fields. */
export function forAck(ack: object, response: unknown): unknown {
  return response instanceof PreparedReply && !takingPrepared.has(ack) ? response.toJSON() : response;
}
