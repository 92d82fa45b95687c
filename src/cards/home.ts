import type { Catalog, Entry } from "../knowledge/catalog.ts";
import { actionId } from "./actions.ts";
import type { Block, HomeView, Option } from "./blocks.ts";
import { helpBlocks } from "./help.ts";
import { button, clip, escapeMrkdwn, header, LIMITS, section, sectionsOf } from "./mrkdwn.ts";
import { referenceValue } from "./references.ts";

/** The comparisons the Home tab lists first: the seed guide's FAQ pairs, then the rest in data order. */
const HOME_PAIRS = 8;

/**
 * The App Home tab: how to use the bot, the classes, the most confused pairs and a class browser.
 * `command` is the slash command it teaches (the manifest's by default: opening the tab says none).
 */
export function renderHome(
  catalog: Catalog,
  selectedClass?: number,
  { command }: { command?: string } = {},
): HomeView {
  const options: Option[] = catalog.classes.map((info) => ({
    text: { type: "plain_text", text: clip(`${info.class}xx ${info.name}`, LIMITS.optionText) },
    value: referenceValue({ kind: "class", digit: info.class }),
  }));
  const initial = options.find(
    (option) =>
      selectedClass !== undefined && option.value === referenceValue({ kind: "class", digit: selectedClass }),
  );
  const blocks: Block[] = [
    ...helpBlocks({ command }),
    { type: "divider" },
    header("The five classes"),
    ...catalog.classes.map((info) =>
      section(`*${info.class}xx ${escapeMrkdwn(info.name)}*: ${escapeMrkdwn(info.meaning)}`),
    ),
    { type: "divider" },
    header("Most confused pairs"),
    ...catalog.comparisons.slice(0, HOME_PAIRS).map((c) => {
      const [a, b] = c.codes;
      return section(
        `*${a} vs ${b}*: ${escapeMrkdwn(c.rule_of_thumb)}`,
        button(
          "Compare",
          actionId("compare", `home-${a}-${b}`),
          referenceValue({ kind: "pair", first: a, second: b }),
        ),
      );
    }),
    { type: "divider" },
    {
      type: "section",
      text: { type: "mrkdwn", text: "*Browse by class*" },
      accessory: {
        type: "static_select",
        action_id: actionId("browseClass"),
        placeholder: { type: "plain_text", text: "Choose a class" },
        options,
        ...(initial ? { initial_option: initial } : {}),
      },
    },
  ];
  const info = selectedClass === undefined ? undefined : catalog.classInfo(selectedClass);
  if (info) {
    const line = (e: Entry) =>
      `\`${String(e.code).padStart(3, "0")}\` *${escapeMrkdwn(e.phrase)}*: ${escapeMrkdwn(e.summary)}`;
    blocks.push(
      ...sectionsOf(
        `*${info.class}xx ${escapeMrkdwn(info.name)} codes*`,
        catalog.byClass(info.class).map(line),
      ),
    );
  }
  return { type: "home", blocks: blocks.slice(0, LIMITS.homeBlocks) };
}
