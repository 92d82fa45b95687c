import type { Answer, RankedCode } from "../engine/types.ts";
import type { Catalog, Comparison, Entry } from "../knowledge/catalog.ts";
import { actionId } from "./actions.ts";
import type { Block, Button, Card, HomeView, SectionBlock } from "./blocks.ts";
import {
  badge,
  cacheLine,
  clashLine,
  classLabel,
  entryName,
  RETRY_LABEL,
  retryText,
  specLink,
  title,
} from "./describe.ts";
import { helpBlocks, helpText } from "./help.ts";
import {
  bullets,
  button,
  clip,
  context,
  escapeMrkdwn,
  fieldsSection,
  fitBlocks,
  header,
  LIMITS,
  section,
  sectionsOf,
  userMention,
} from "./mrkdwn.ts";
import { protocolCard } from "./protocol.ts";
import { referenceOf, referenceValue } from "./references.ts";
import { sourceBlocks, sourceText } from "./sources.ts";

export { renderHome } from "./home.ts";
export type { Block, Card, HomeView };

export interface RenderOptions {
  /** Show the "Share in channel" button (ephemeral answers). Default true. */
  shareable?: boolean;
  /** Slack user id of the person who shared the card into the channel. */
  sharedBy?: string;
  /** The slash command help and hints teach: the one the person used, else the manifest's. */
  command?: string;
}

/**
 * What a card shows of the question as asked, each piece computed from it alone: the question
 * quoted (scenario cards, "not sure" cards, a shared card's footer), the Share button's value for
 * an answer found by the question itself, and the question cut short for the "not sure" fallback
 * text (which `fallback` then escapes with the rest of the text). Everything else on a card is
 * the same for every question with the same answer: reply-template.ts renders a card once with
 * placeholders here, and fills them in per question.
 */
export interface Echo {
  readonly quoted: string;
  readonly shareValue: string;
  readonly notSure: string;
}

/** The pieces of a card that show the question `query`. */
export function echoOf(query: string): Echo {
  return {
    quoted: quote(query),
    shareValue: referenceValue({ kind: "query", query }),
    notSure: clip(query, 100),
  };
}

/** The full card for an answer. Pure: the same answer always renders the same blocks. */
export function renderAnswer(
  answer: Answer,
  catalog: Catalog,
  options: RenderOptions = {},
  echo: Echo = echoOf(answer.query),
): Card {
  const card = cardFor(answer, catalog, options.command, echo);
  const footer: Block[] = [];
  const shared = userMention(options.sharedBy);
  if (shared) footer.push(context(`Shared by ${shared} · asked: ${echo.quoted}`));
  const shareable = options.shareable ?? true;
  if (shareable && answer.intent !== "help") {
    const reference = referenceOf(answer);
    const value = reference.kind === "query" ? echo.shareValue : referenceValue(reference);
    footer.push({
      type: "actions",
      elements: [button("Share in channel", actionId("share"), value, "primary")],
    });
  }
  return { text: fallback(card.text), blocks: fitBlocks([...card.blocks, ...footer]) };
}

function cardFor(answer: Answer, catalog: Catalog, command: string | undefined, echo: Echo): Card {
  const entries = answer.codes
    .map((c) => catalog.entry(c.entryId))
    .filter((e): e is Entry => e !== undefined);
  switch (answer.intent) {
    case "help":
      return { text: helpText(command), blocks: helpBlocks({ command }) };
    case "code":
      if (entries.length === 1 && entries[0]) return codeCard(catalog, entries[0], answer);
      if (entries.length > 1) return severalCodesCard(catalog, entries);
      break;
    case "compare":
      if (entries.length >= 2 && entries[0] && entries[1])
        return withVerdicts(compareCard(catalog, entries[0], entries[1]), catalog, answer);
      break;
    case "class":
      if (answer.classDigit !== undefined) return classCard(catalog, answer.classDigit);
      break;
    case "scenario":
      if (entries[0]) return withVerdicts(scenarioCard(answer, entries, echo), catalog, answer);
      break;
    case "protocol": {
      const card = protocolCard(answer, catalog);
      if (card) return card;
      break;
    }
    case "source": {
      const blocks = sourceBlocks(answer, catalog);
      if (!blocks.length) break;
      // Where it came from, then the usual advice for the status.
      const advice = entries[0] ? codeCard(catalog, entries[0], answer) : undefined;
      const text = sourceText(answer, catalog) ?? "";
      return { text, blocks: advice ? [...blocks, { type: "divider" }, ...advice.blocks] : blocks };
    }
    case "unknown":
      break;
  }
  return unknownCard(catalog, answer, command, echo);
}

/** The top-level text is parsed as mrkdwn too (notifications), so it is escaped like everything else. */
function fallback(text: string): string {
  const trimmed = text.replace(/\s+/g, " ").trim();
  return clip(escapeMrkdwn(trimmed || "Status Bot"), LIMITS.fallbackText);
}

/** User text shown back to them: escaped, on one line, short. */
function quote(text: string): string {
  const oneLine = text.replace(/\s+/g, " ").trim();
  return `“${escapeMrkdwn(clip(oneLine || "(empty)", 200)).replace(/[_*~`]/g, "")}”`;
}

function codeButton(entry: Entry, label?: string): Button {
  return button(
    label ?? title(entry),
    actionId("showCode", entry.id),
    referenceValue({ kind: "code", entryId: entry.id }),
  );
}

function compareButton(first: number, second: number): Button {
  return button(
    `${first} vs ${second}`,
    actionId("compare", `${first}-${second}`),
    referenceValue({ kind: "pair", first, second }),
  );
}

function alternativeText(catalog: Catalog, when: string, use: number | undefined): string {
  return use === undefined
    ? escapeMrkdwn(when)
    : `${escapeMrkdwn(when)} → *${escapeMrkdwn(entryName(catalog, use))}*`;
}

function codeCard(catalog: Catalog, entry: Entry, answer: Answer): Card {
  const blocks: Block[] = [
    header(title(entry)),
    context(`*${escapeMrkdwn(classLabel(catalog, entry.class))}*`, badge(entry), specLink(entry)),
    section(`*${escapeMrkdwn(entry.summary)}*\n${escapeMrkdwn(entry.meaning)}`),
  ];
  const clash = clashLine(catalog, entry);
  if (clash) blocks.push(section(`⚠️ ${clash}`));
  blocks.push(section(`*Use it when*\n${bullets(entry.use_when.map(escapeMrkdwn))}`));
  blocks.push(
    section(
      `*Don't use it when*\n${bullets(entry.avoid_when.map((a) => alternativeText(catalog, a.when, a.use)))}`,
    ),
  );
  if (entry.headers.length) {
    blocks.push(
      section(
        `*Headers*\n${bullets(entry.headers.map((h) => `\`${escapeMrkdwn(h.name)}\` (${h.requirement}): ${escapeMrkdwn(h.note)}`))}`,
      ),
    );
  }
  blocks.push(
    fieldsSection([`*Retry*\n${escapeMrkdwn(retryText(entry))}`, `*Caching*\n${cacheLine(entry)}`]),
  );
  const comparisons = catalog.comparisonsOf(entry.code).slice(0, 4);
  if (comparisons.length) {
    blocks.push(
      section(
        `*Often confused with*\n${bullets(comparisons.map((c) => `*vs ${otherCode(c, entry.code)}*: ${escapeMrkdwn(c.rule_of_thumb)}`))}`,
      ),
    );
  }
  if (entry.notes.length) blocks.push(section(`*Good to know*\n${bullets(entry.notes.map(escapeMrkdwn))}`));
  if (answer.problems.length) blocks.push(context(...answer.problems.map((p) => escapeMrkdwn(p.message))));
  const related = entry.related
    .map((code) => catalog.byCode(code)[0])
    .filter((e): e is Entry => e !== undefined)
    .slice(0, 5);
  if (related.length) {
    blocks.push({ type: "actions", elements: related.map((e) => codeButton(e)) });
  }
  if (comparisons.length) {
    blocks.push({
      type: "actions",
      elements: comparisons.map((c) => compareButton(entry.code, otherCode(c, entry.code))),
    });
  }
  return { text: `${title(entry)}: ${entry.summary}`, blocks };
}

function otherCode(comparison: Comparison, code: number): number {
  return comparison.codes[0] === code ? comparison.codes[1] : comparison.codes[0];
}

function severalCodesCard(catalog: Catalog, entries: Entry[]): Card {
  const shown = entries.slice(0, 10);
  const blocks: Block[] = shown.flatMap((entry): Block[] => [
    section(
      `*${escapeMrkdwn(title(entry))}* · ${escapeMrkdwn(classLabel(catalog, entry.class))} · ${badge(entry)}\n${escapeMrkdwn(entry.summary)}`,
      codeButton(entry, "Details"),
    ),
  ]);
  if (entries.length > shown.length)
    blocks.push(context(`…and ${entries.length - shown.length} more codes.`));
  return { text: shown.map((entry) => `${title(entry)}: ${entry.summary}`).join("\n"), blocks };
}

function compareCard(catalog: Catalog, first: Entry, second: Entry): Card {
  const curated = catalog.comparison(first.code, second.code);
  // Show the pair in the curated order so "first"/"second" columns line up with the data.
  const [a, b] = curated && curated.codes[0] !== first.code ? [second, first] : [first, second];
  const blocks: Block[] = [header(`${title(a)} vs ${title(b)}`)];
  if (curated) {
    blocks.push(section(`*Rule of thumb:* ${escapeMrkdwn(curated.rule_of_thumb)}`));
    for (const row of curated.differences) {
      blocks.push(
        fieldsSection(
          [`*${a.code}*: ${escapeMrkdwn(row.first)}`, `*${b.code}*: ${escapeMrkdwn(row.second)}`],
          `*${escapeMrkdwn(row.aspect)}*`,
        ),
      );
    }
    blocks.push(
      section(
        `*Choose ${a.code} when:* ${escapeMrkdwn(curated.choose_first_when)}\n*Choose ${b.code} when:* ${escapeMrkdwn(curated.choose_second_when)}`,
      ),
    );
  } else {
    blocks.push(section(`*Rule of thumb:* ${escapeMrkdwn(derivedRule(a, b))}`));
    for (const [aspect, left, right] of derivedDifferences(catalog, a, b)) {
      blocks.push(fieldsSection([`*${a.code}*: ${left}`, `*${b.code}*: ${right}`], `*${aspect}*`));
    }
    blocks.push(context("No curated comparison for this pair yet: built from each code's data."));
  }
  blocks.push({ type: "actions", elements: [codeButton(a), codeButton(b)] });
  const rule = curated?.rule_of_thumb ?? derivedRule(a, b);
  return { text: `${title(a)} vs ${title(b)}: ${rule}`, blocks };
}

function derivedRule(a: Entry, b: Entry): string {
  return `${a.code}: ${a.summary} ${b.code}: ${b.summary}`;
}

function derivedDifferences(catalog: Catalog, a: Entry, b: Entry): [string, string, string][] {
  const headers = (e: Entry) =>
    e.headers.length
      ? e.headers.map((h) => `\`${escapeMrkdwn(h.name)}\` (${h.requirement})`).join(", ")
      : "none required";
  return [
    [
      "Class and status",
      `${escapeMrkdwn(classLabel(catalog, a.class))}; ${badge(a)}`,
      `${escapeMrkdwn(classLabel(catalog, b.class))}; ${badge(b)}`,
    ],
    ["Meaning", escapeMrkdwn(a.meaning), escapeMrkdwn(b.meaning)],
    ["Retry", escapeMrkdwn(retryText(a)), escapeMrkdwn(retryText(b))],
    ["Caching", cacheLine(a), cacheLine(b)],
    ["Headers", headers(a), headers(b)],
  ];
}

function classCard(catalog: Catalog, digit: number): Card {
  const info = catalog.classInfo(digit);
  if (!info) return unknownCard(catalog, undefined);
  const registered = catalog.byClass(digit);
  const unofficial = catalog.byClass(digit, { includeUnofficial: true }).filter((e) => !e.registered);
  const line = (e: Entry) =>
    `\`${String(e.code).padStart(3, "0")}\` *${escapeMrkdwn(e.phrase)}*: ${escapeMrkdwn(e.summary)}`;
  const blocks: Block[] = [
    header(`${digit}xx ${info.name}`),
    section(escapeMrkdwn(info.meaning)),
    section(`*Advice*\n${bullets(info.advice.map(escapeMrkdwn))}`),
    ...sectionsOf(`*Registered ${digit}xx codes*`, registered.map(line)),
  ];
  if (unofficial.length) {
    blocks.push(
      ...sectionsOf(
        "*Unofficial codes seen in the wild (not standard)*",
        unofficial.map((e) => `\`${e.code}\` ${escapeMrkdwn(e.phrase)} (_${escapeMrkdwn(e.origin ?? "")}_)`),
      ),
    );
  }
  const options = registered.slice(0, LIMITS.selectOptions).map((e) => ({
    text: { type: "plain_text" as const, text: clip(title(e), LIMITS.optionText) },
    value: referenceValue({ kind: "code", entryId: e.id }),
  }));
  if (options.length) {
    blocks.push({
      type: "actions",
      elements: [
        {
          type: "static_select",
          action_id: actionId("showCode", `class-${digit}`),
          placeholder: { type: "plain_text", text: "Show a code…" },
          options,
        },
      ],
    });
  }
  return { text: `${digit}xx ${info.name}: ${info.meaning}`, blocks };
}

/**
 * The verdicts on the codes the person proposed or uses now, right under the card's header: each
 * code right or wrong for their situation, and why.
 */
function withVerdicts(card: Card, catalog: Catalog, answer: Answer): Card {
  const verdicts = answer.verdicts ?? [];
  if (!verdicts.length) return card;
  const lines = verdicts.map((verdict) => {
    const name = escapeMrkdwn(entryName(catalog, verdict.code));
    return verdict.right
      ? `✅ *${name} is right here.* ${escapeMrkdwn(verdict.why)}`
      : `❌ *${name} is not the best fit.* ${escapeMrkdwn(verdict.why)}`;
  });
  const at = card.blocks.findIndex((block) => block.type === "header") + 1;
  const blocks = [...card.blocks.slice(0, at), section(lines.join("\n")), ...card.blocks.slice(at)];
  return { ...card, blocks };
}

function scenarioCard(answer: Answer, entries: Entry[], echo: Echo): Card {
  const [top, ...others] = entries as [Entry, ...Entry[]];
  const [topRank, ...otherRanks] = answer.codes as [RankedCode, ...RankedCode[]];
  // A vendor's code is what that vendor sends, not a recommendation for anyone's own API.
  const headline = top.registered ? `Use ${title(top)}` : `${title(top)}: what ${top.origin} sends`;
  const blocks: Block[] = [
    context(`You asked: ${echo.quoted}`),
    header(headline),
    section(escapeMrkdwn(topRank.why ?? top.summary), codeButton(top, "Full card")),
    fieldsSection([
      `*Use it when*\n${bullets(top.use_when.slice(0, 3).map(escapeMrkdwn))}`,
      `*Retry*\n${RETRY_LABEL[top.retry.kind]}`,
    ]),
  ];
  const mustHeaders = top.headers.filter((h) => h.requirement !== "convention");
  if (mustHeaders.length) {
    blocks.push(
      section(
        `*Headers*: ${mustHeaders.map((h) => `\`${escapeMrkdwn(h.name)}\` (${h.requirement})`).join(", ")}`,
      ),
    );
  }
  if (others.length) {
    blocks.push({ type: "divider" });
    blocks.push(section("*Also considered*"));
    others.forEach((entry, index) => {
      const why = otherRanks[index]?.why ?? entry.summary;
      blocks.push(
        section(`*${escapeMrkdwn(title(entry))}*: ${escapeMrkdwn(why)}`, codeButton(entry, `${entry.code}`)),
      );
    });
  }
  return { text: `${headline}: ${top.summary}`, blocks };
}

function unknownCard(catalog: Catalog, answer: Answer | undefined, command?: string, echo?: Echo): Card {
  const { quoted, notSure } = echo ?? echoOf(answer?.query ?? "");
  const blocks: Block[] = [];
  const problems = answer?.problems ?? [];
  if (problems.length) {
    blocks.push(section(problems.map((p) => `⚠️ ${escapeMrkdwn(p.message)}`).join("\n")));
  } else {
    blocks.push(section(`I'm not sure what you mean by ${quoted}. Try a code, a name or a situation.`));
  }
  const suggestions = (answer?.suggestions ?? [])
    .map((s) => catalog.entry(s.entryId))
    .filter((e): e is Entry => e !== undefined);
  if (suggestions.length) {
    const accessoryRows: SectionBlock[] = suggestions.map((entry) =>
      section(
        `*${escapeMrkdwn(title(entry))}*: ${escapeMrkdwn(entry.summary)}`,
        codeButton(entry, String(entry.code)),
      ),
    );
    blocks.push(section(problems.length ? "*See instead*" : "*Did you mean*"), ...accessoryRows);
  }
  blocks.push({ type: "divider" }, ...helpBlocks({ brief: true, command }));
  const text = problems.length
    ? problems.map((p) => p.message).join(" ")
    : `Not sure what "${notSure}" means. Try a code (403), a name (forbidden), a comparison (401 vs 403) or a situation.`;
  return { text, blocks };
}

/**
 * At most 3 blocks: for link unfurls and codes mentioned in messages, where a full card would
 * drown the conversation.
 */
export function renderCompact(answer: Answer, catalog: Catalog): Card {
  const entries = answer.codes
    .map((c) => catalog.entry(c.entryId))
    .filter((e): e is Entry => e !== undefined);
  const [first, second] = entries;
  if (answer.intent === "protocol") {
    const card = protocolCard(answer, catalog);
    if (card) return { text: fallback(card.text), blocks: card.blocks.slice(0, 3) };
  }
  if (answer.intent === "source") {
    const blocks = sourceBlocks(answer, catalog, { compact: true });
    if (blocks.length) return { text: fallback(sourceText(answer, catalog) ?? ""), blocks };
  }
  if ((answer.intent === "code" || answer.intent === "scenario") && first) {
    const avoid = first.avoid_when.find((a) => a.use !== undefined);
    const details = [`*${escapeMrkdwn(classLabel(catalog, first.class))}*`, badge(first), specLink(first)];
    const lines = [`*${escapeMrkdwn(title(first))}*: ${escapeMrkdwn(first.summary)}`];
    if (avoid) lines.push(`_Not for:_ ${alternativeText(catalog, avoid.when, avoid.use)}`);
    const blocks: Block[] = [
      section(
        lines.join("\n"),
        button("More", actionId("showCode", first.id), referenceValue({ kind: "code", entryId: first.id })),
      ),
      context(...details),
    ];
    return { text: fallback(`${title(first)}: ${first.summary}`), blocks };
  }
  if (answer.intent === "compare" && first && second) {
    const curated = catalog.comparison(first.code, second.code);
    const rule = curated?.rule_of_thumb ?? derivedRule(first, second);
    return {
      text: fallback(`${first.code} vs ${second.code}: ${rule}`),
      blocks: [
        section(`*${escapeMrkdwn(title(first))} vs ${escapeMrkdwn(title(second))}*\n${escapeMrkdwn(rule)}`),
      ],
    };
  }
  const info =
    answer.intent === "class" && answer.classDigit !== undefined
      ? catalog.classInfo(answer.classDigit)
      : undefined;
  if (info) {
    return {
      text: fallback(`${info.class}xx ${info.name}: ${info.meaning}`),
      blocks: [section(`*${info.class}xx ${escapeMrkdwn(info.name)}*: ${escapeMrkdwn(info.meaning)}`)],
    };
  }
  const full = renderAnswer(answer, catalog, { shareable: false });
  const firstSection = full.blocks.find((b) => b.type === "section");
  return { text: full.text, blocks: firstSection ? [firstSection] : [section(full.text)] };
}
