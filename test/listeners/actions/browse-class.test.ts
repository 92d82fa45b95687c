import { describe, expect, it } from "vitest";
import { browseClass, parseClassDigit } from "../../../src/listeners/actions/browse-class.ts";
import { setupClick } from "./actions.helpers.ts";

const select = (value: string) => ({
  type: "static_select",
  action_id: "browse_class",
  block_id: "b",
  selected_option: { value, text: { type: "plain_text", text: value } },
});

describe("browse by class", () => {
  it("republishes the Home view with the class open", async () => {
    const setup = setupClick("home", select("4"));
    await browseClass(setup.deps)(setup.args);
    expect(setup.ack).toHaveBeenCalled();
    expect(setup.cards.renderHome).toHaveBeenCalledWith(4);
    expect(setup.client.views.publish).toHaveBeenCalledWith({
      user_id: "U1",
      view: expect.objectContaining({ type: "home" }),
    });
  });

  it("reads class digits only", () => {
    expect(parseClassDigit("class:3")).toBe(3);
    expect(parseClassDigit("1")).toBe(1);
    expect(parseClassDigit("5xx")).toBe(5);
    expect(parseClassDigit("6")).toBeUndefined();
    expect(parseClassDigit("x")).toBeUndefined();
    expect(parseClassDigit(undefined)).toBeUndefined();
  });

  it("shows the plain Home view for a value it does not know", async () => {
    const setup = setupClick("home", select("9"));
    await browseClass(setup.deps)(setup.args);
    expect(setup.cards.renderHome).toHaveBeenCalledWith(undefined);
  });
});
