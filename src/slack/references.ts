/**
 * What a button or menu option points at. The cards put a compact reference in each value
 * ("code:499-nginx", "pair:401,403", "class:4", "q:<query>"; see referenceOf in src/cards/actions.ts)
 * so that a click can rebuild the card without any stored state. Bare values ("404", "401,403", a
 * query) are read too.
 */
export type Reference =
  | { readonly kind: "code"; readonly entryId: string }
  | { readonly kind: "pair"; readonly first: number; readonly second: number }
  | { readonly kind: "class"; readonly digit: number }
  | { readonly kind: "query"; readonly query: string };

const PAIR = /^(\d{3})\s*[,;/ ]\s*(\d{3})$/;
const ENTRY_ID = /^\d{3}(?:-[a-z0-9-]+)?$/;

export function parseReference(value: string | undefined): Reference | undefined {
  const text = value?.trim() ?? "";
  if (!text) return undefined;
  const colon = text.indexOf(":");
  const prefix = colon > 0 ? text.slice(0, colon) : "";
  const rest = colon > 0 ? text.slice(colon + 1).trim() : text;
  switch (prefix) {
    case "code":
      return rest ? { kind: "code", entryId: rest } : undefined;
    case "pair": {
      const pair = rest.match(PAIR);
      return pair ? { kind: "pair", first: Number(pair[1]), second: Number(pair[2]) } : undefined;
    }
    case "class": {
      const digit = Number(rest.replace(/xx$/i, ""));
      return Number.isInteger(digit) && digit >= 1 && digit <= 5 ? { kind: "class", digit } : undefined;
    }
    case "q":
      return rest ? { kind: "query", query: rest } : undefined;
  }
  const pair = text.match(PAIR);
  if (pair) return { kind: "pair", first: Number(pair[1]), second: Number(pair[2]) };
  if (ENTRY_ID.test(text)) return { kind: "code", entryId: text };
  return { kind: "query", query: text };
}
