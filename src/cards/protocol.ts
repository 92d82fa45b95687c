import type { Answer } from "../engine/types.ts";
import type { Catalog, Entry, Protocol } from "../knowledge/catalog.ts";
import { actionId } from "./actions.ts";
import type { Block, Card } from "./blocks.ts";
import { title } from "./describe.ts";
import { button, context, escapeMrkdwn, section } from "./mrkdwn.ts";
import { referenceValue } from "./references.ts";

/** "SMTP 550", "WebSocket close code 1006 Abnormal Closure", "gRPC 14 UNAVAILABLE". */
function codeLabel(protocol: Protocol, written: string, name: string | undefined): string {
  const shortName = /^[A-Za-z]+$/.test(protocol.name) ? protocol.name : protocol.name.split(" ")[0];
  const parts = [shortName, written];
  if (name && name.toLowerCase() !== written.toLowerCase()) parts.push(name);
  return parts.join(" ");
}

/**
 * Another protocol's code, said in one line to be not an HTTP status, with its meaning and, where a
 * standard mapping exists, the HTTP status it maps to.
 */
export function protocolCard(answer: Answer, catalog: Catalog): Card | undefined {
  const reply = answer.protocol;
  const protocol = reply ? catalog.protocol(reply.protocolId) : undefined;
  if (!reply || !protocol) return undefined;
  const code = reply.key === undefined ? undefined : catalog.protocolCode(protocol.id, reply.key);
  const label = codeLabel(protocol, reply.written, code?.name);
  const meaning = code?.meaning ?? protocol.summary;
  const line = `*${escapeMrkdwn(label)}* is not an HTTP status. ${escapeMrkdwn(meaning)}`;
  const mapped = code?.httpEntryId ? catalog.entry(code.httpEntryId) : undefined;
  const blocks: Block[] = [section(line)];
  const links = [`<${protocol.link}|${escapeMrkdwn(protocol.name)}>: ${escapeMrkdwn(protocol.summary)}`];
  let text = `${label} is not an HTTP status (${protocol.name}). ${meaning}`;
  if (mapped && protocol.httpMapping) {
    blocks.push(
      section(
        `*As HTTP:* ${escapeMrkdwn(title(mapped))}, as ${escapeMrkdwn(protocol.httpMapping.name)} maps it.`,
        mappedButton(mapped),
      ),
    );
    links.push(`<${protocol.httpMapping.link}|${escapeMrkdwn(protocol.httpMapping.name)}>`);
    text += ` As HTTP: ${title(mapped)}.`;
  }
  blocks.push(context(...links));
  return { text, blocks };
}

function mappedButton(entry: Entry) {
  return button(
    String(entry.code),
    actionId("showCode", entry.id),
    referenceValue({ kind: "code", entryId: entry.id }),
  );
}
