import { describe, expect, it } from "vitest";
import {
  escapeSlack,
  questionFromMessage,
  slackToPlainText,
  textOfMessage,
  unescapeSlack,
} from "../../../src/slack/messages/text.ts";

describe("questionFromMessage", () => {
  it("removes the bot's mention wherever it is", () => {
    expect(questionFromMessage("<@UBOT> what should I return when the rate limit is hit?", "UBOT")).toBe(
      "what should I return when the rate limit is hit?",
    );
    expect(questionFromMessage("hey <@UBOT>, 401 vs 403?", "UBOT")).toBe("hey , 401 vs 403?");
    expect(questionFromMessage("<@UBOT>: 429", "UBOT")).toBe("429");
    expect(questionFromMessage("<@UBOT>", "UBOT")).toBe("");
  });

  it("unescapes entities and keeps links as URLs", () => {
    expect(questionFromMessage("<@UBOT> is 3 &lt; 4 &amp;&amp; 5 &gt; 2", "UBOT")).toBe("is 3 < 4 && 5 > 2");
    expect(questionFromMessage("<@UBOT> <https://http.cat/404|cat>?", "UBOT")).toBe("https://http.cat/404 ?");
  });

  it("drops other people's mentions and special mentions, keeps channel names", () => {
    expect(questionFromMessage("<!here> <@U999|bob> in <#C1|ops> 503?", "UBOT")).toBe("in #ops 503?");
  });

  it("copes with missing text", () => {
    expect(questionFromMessage(undefined, "UBOT")).toBe("");
  });
});

describe("slackToPlainText", () => {
  it("can drop links", () => {
    expect(slackToPlainText("a <https://x.y/z|label> b", { links: "drop" })).toBe("a b");
    expect(slackToPlainText("a <https://x.y/z|label> b", { links: "label" })).toBe("a label b");
  });
});

describe("escapeSlack", () => {
  it("escapes the three control characters and round-trips", () => {
    const text = "<script> & <@U1>";
    expect(escapeSlack(text)).toBe("&lt;script&gt; &amp; &lt;@U1&gt;");
    expect(unescapeSlack(escapeSlack(text))).toBe(text);
  });
});

describe("textOfMessage", () => {
  it("is the text, then the attachments' pretext, title, text and fields", () => {
    const message = {
      text: "Alert fired",
      attachments: [
        {
          pretext: "prod",
          title: "checkout",
          text: "HTTP 503 from payments",
          fallback: "[prod] checkout: HTTP 503",
          fields: [{ title: "Status", value: "502 Bad Gateway" }, { value: 7 }],
        },
        { fallback: "HTTP 429 Too Many Requests" },
        "junk",
      ],
    };
    expect(textOfMessage(message)).toBe(
      "Alert fired\nprod\ncheckout\nHTTP 503 from payments\nStatus\n502 Bad Gateway\nHTTP 429 Too Many Requests",
    );
  });

  it("is empty for a message with no text", () => {
    expect(textOfMessage({})).toBe("");
    expect(textOfMessage({ text: 42, attachments: "no" })).toBe("");
  });
});
