import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { load as parse, dump as stringify } from "js-yaml";
import { afterEach, describe, expect, it } from "vitest";
import { DataError, DEFAULT_DATA_DIR, loadCatalog } from "../../src/knowledge/load.ts";

type Item = Record<string, unknown>;
const dirs: string[] = [];

/** A copy of data/ with one file changed by `edit` (which changes the parsed file or returns a new one). */
function dataWith<T = Item[]>(file: string, edit: (parsed: T) => unknown): string {
  const dir = mkdtempSync(join(tmpdir(), "status-data-"));
  dirs.push(dir);
  const data = join(dir, "data");
  cpSync(DEFAULT_DATA_DIR, data, { recursive: true });
  const path = join(data, file);
  const parsed = parse(readFileSync(path, "utf8")) as T;
  const edited = edit(parsed);
  writeFileSync(path, stringify(edited !== undefined && typeof edited === "object" ? edited : parsed));
  return data;
}

/** A source file as the tests edit it. */
interface SourceDoc {
  id: string;
  kind: string;
  aliases: string[];
  facts: Item[];
}

function errorOf(dir: string): DataError {
  try {
    loadCatalog(dir);
  } catch (error) {
    if (error instanceof DataError) return error;
    throw error;
  }
  throw new Error("loading succeeded but should have failed");
}

const byCode = (items: Item[], code: number) => items.find((item) => item.code === code) as Item;

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("loading bad data names the file, the code and the field", () => {
  it("loads the real data", () => {
    expect(() => loadCatalog()).not.toThrow();
  });

  it("rejects an unknown related code", () => {
    const error = errorOf(
      dataWith("codes/4xx.yaml", (items) => {
        byCode(items, 403).related = [401, 777];
      }),
    );
    expect(error.message).toBe('data/codes/4xx.yaml: code 403: field "related.1": unknown related code 777');
  });

  it("rejects a comparison of a code that does not exist", () => {
    const error = errorOf(
      dataWith("comparisons.yaml", (items) => {
        (items[0] as Item).codes = [401, 777];
      }),
    );
    expect(error.file).toBe("data/comparisons.yaml");
    expect(error.code).toBe("401 vs 777");
    expect(error.field).toBe("codes");
    expect(error.message).toMatch(/777, which does not exist/);
  });

  it("rejects a duplicate pair, even in the other order", () => {
    const error = errorOf(
      dataWith("comparisons.yaml", (items) => [...items, { ...(items[0] as Item), codes: [403, 401] }]),
    );
    expect(error.message).toMatch(/^data\/comparisons\.yaml: code 403 vs 401: field "codes": duplicate pair/);
  });

  it("rejects a class that does not match the number", () => {
    const error = errorOf(dataWith("codes/5xx.yaml", (items) => (byCode(items, 503).class = 4)));
    expect(error.message).toBe(
      'data/codes/5xx.yaml: code 503: field "class": is 4 but 503 belongs to class 5',
    );
  });

  it("rejects missing advice", () => {
    const error = errorOf(
      dataWith("codes/2xx.yaml", (items) => {
        delete byCode(items, 201).use_when;
      }),
    );
    expect(error.file).toBe("data/codes/2xx.yaml");
    expect(error.code).toBe("201");
    expect(error.field).toBe("use_when");
  });

  it("rejects empty 'when not to use' advice", () => {
    const error = errorOf(
      dataWith("codes/3xx.yaml", (items) => {
        byCode(items, 308).avoid_when = [];
      }),
    );
    expect(error.message).toMatch(/^data\/codes\/3xx\.yaml: code 308: field "avoid_when": /);
  });

  it("rejects an unofficial code without an origin", () => {
    const error = errorOf(
      dataWith("unofficial.yaml", (items) => {
        delete (items.find((item) => item.code === 444) as Item).origin;
      }),
    );
    expect(error.message).toMatch(
      /^data\/unofficial\.yaml: code 444: field "origin": .*must name its origin/,
    );
  });

  it("rejects a code defined twice", () => {
    const error = errorOf(dataWith("codes/4xx.yaml", (items) => [...items, byCode(items, 404)]));
    expect(error.message).toMatch(/^data\/codes\/4xx\.yaml: code 404: defined twice/);
  });

  it("rejects an unknown retry kind, naming the nested field", () => {
    const error = errorOf(
      dataWith("codes/4xx.yaml", (items) => ((byCode(items, 429).retry as Item).kind = "sometimes")),
    );
    expect(error.message).toMatch(/^data\/codes\/4xx\.yaml: code 429: field "retry\.kind": /);
  });

  it("rejects an unofficial code placed among the registered ones", () => {
    const error = errorOf(
      dataWith("codes/4xx.yaml", (items) => {
        byCode(items, 418).status = "unofficial";
        byCode(items, 418).origin = "x";
      }),
    );
    expect(error.message).toMatch(
      /^data\/codes\/4xx\.yaml: code 418: field "status": unofficial codes belong in unofficial\.yaml/,
    );
  });

  it("rejects a file that is not valid YAML", () => {
    const dir = dataWith("classes.yaml", (items) => items);
    writeFileSync(join(dir, "classes.yaml"), "- class: [1\n");
    expect(errorOf(dir).message).toMatch(/^data\/classes\.yaml: not valid YAML/);
  });

  it("rejects a registered code's spec link that is not https", () => {
    const error = errorOf(
      dataWith("codes/4xx.yaml", (items) => {
        (byCode(items, 404).spec as Item).url = "http://www.rfc-editor.org/rfc/rfc9110#section-15.5.5";
      }),
    );
    expect(error.message).toBe('data/codes/4xx.yaml: code 404: field "spec.url": must be an https URL');
  });
});

describe("loading bad source files names the file, the fact and the field", () => {
  const haproxy = "sources/server/haproxy.yaml";
  const setFact = (index: number, field: string, value: unknown) => (doc: SourceDoc) => {
    (doc.facts[index] as Item)[field] = value;
  };

  it("rejects a fact about a code that does not exist", () => {
    const error = errorOf(dataWith(haproxy, setFact(0, "code", 777)));
    expect(error.message).toBe(
      'data/sources/server/haproxy.yaml: fact #1 (777, upstream-timeout): field "code": code 777 is not in the catalog',
    );
  });

  it("rejects a link that is not https", () => {
    const error = errorOf(dataWith(haproxy, setFact(1, "link", "http://docs.haproxy.org/")));
    expect(error.message).toBe(
      'data/sources/server/haproxy.yaml: fact #2 (503, upstream-refused): field "link": must be an https URL',
    );
  });

  it("rejects an unknown situation", () => {
    const error = errorOf(dataWith(haproxy, setFact(0, "situation", "slow")));
    expect(error.file).toBe("data/sources/server/haproxy.yaml");
    expect(error.entryKind).toBe("fact");
    expect(error.code).toBe("#1 (504, slow)");
    expect(error.field).toBe("situation");
    expect(error.message).toMatch(/unknown situation "slow"/);
  });

  it("rejects an unofficial code that does not name the entry meant", () => {
    const error = errorOf(
      dataWith<SourceDoc>("sources/edge/aws-alb.yaml", (doc) => {
        const fact = doc.facts.find((f) => f.code === 460) as Item;
        delete fact.entry;
      }),
    );
    expect(error.message).toMatch(
      /^data\/sources\/edge\/aws-alb\.yaml: fact #\d+ \(460, client-closed\): field "entry": 460 is unofficial: name the entry meant \(460-aws-elastic-load-balancing\)$/,
    );
  });

  it("rejects an entry that is another code", () => {
    const error = errorOf(
      dataWith<SourceDoc>("sources/server/nginx.yaml", (doc) => {
        const fact = doc.facts.find((f) => f.code === 499) as Item;
        fact.entry = "460-aws-elastic-load-balancing";
      }),
    );
    expect(error.field).toBe("entry");
    expect(error.message).toMatch(/entry "460-aws-elastic-load-balancing" is code 460, not 499$/);
  });

  it("rejects a source whose id is not its file name, or whose kind is not its folder", () => {
    expect(
      errorOf(
        dataWith<SourceDoc>(haproxy, (doc) => {
          doc.id = "ha-proxy";
        }),
      ).message,
    ).toBe(
      'data/sources/server/haproxy.yaml: source ha-proxy: field "id": must match the file name (haproxy)',
    );
    expect(
      errorOf(
        dataWith<SourceDoc>(haproxy, (doc) => {
          doc.kind = "edge";
        }),
      ).message,
    ).toBe(
      'data/sources/server/haproxy.yaml: source haproxy: field "kind": is edge but the file is in the server folder',
    );
  });

  it("rejects an alias that already names another source", () => {
    const error = errorOf(
      dataWith<SourceDoc>("sources/server/nginx.yaml", (doc) => {
        doc.aliases.push("ha proxy");
      }),
    );
    expect(error.message).toBe(
      'data/sources/server/nginx.yaml: source nginx: field "aliases.4": "ha proxy" also names haproxy',
    );
  });

  it("rejects a missing field, naming the fact", () => {
    const error = errorOf(
      dataWith<SourceDoc>(haproxy, (doc) => {
        delete (doc.facts[2] as Item).what;
      }),
    );
    expect(error.message).toMatch(
      /^data\/sources\/server\/haproxy\.yaml: fact #3 \(503, upstream-timeout\): field "what": /,
    );
  });

  it("rejects a situation defined twice", () => {
    const error = errorOf(dataWith("situations.yaml", (items) => [...items, items[0]]));
    expect(error.message).toBe(
      'data/situations.yaml: situation unhandled-exception: field "id": defined twice',
    );
  });
});

describe("loading a bad protocols file names the protocol, the code and the field", () => {
  const protocol = (items: Item[], id: string) => items.find((item) => item.id === id) as Item;
  const codes = (item: Item) => item.codes as Item[];

  it("rejects a gRPC code without its HTTP mapping", () => {
    const error = errorOf(
      dataWith("protocols.yaml", (items) => {
        delete (codes(protocol(items, "grpc")).find((c) => c.code === 14) as Item).http;
      }),
    );
    expect(error.message).toBe(
      'data/protocols.yaml: protocol grpc, code 14: field "http": grpc-gateway\'s runtime.HTTPStatusFromCode maps every code: give its HTTP status',
    );
  });

  it("rejects an HTTP mapping to a code that does not exist", () => {
    const error = errorOf(
      dataWith("protocols.yaml", (items) => {
        (codes(protocol(items, "grpc")).find((c) => c.code === 14) as Item).http = 777;
      }),
    );
    expect(error.message).toBe(
      'data/protocols.yaml: protocol grpc, code 14: field "http": code 777 is not in the catalog',
    );
  });

  it("rejects a pattern that is not a regular expression", () => {
    const error = errorOf(
      dataWith("protocols.yaml", (items) => {
        (protocol(items, "smtp").patterns as string[])[0] = "([";
      }),
    );
    expect(error.message).toMatch(
      /^data\/protocols\.yaml: protocol smtp: field "patterns\.0": not a valid regular expression/,
    );
  });

  it("rejects a code listed twice", () => {
    const error = errorOf(
      dataWith("protocols.yaml", (items) => {
        codes(protocol(items, "errno")).push({ code: 104, meaning: "again" });
      }),
    );
    expect(error.message).toBe(
      'data/protocols.yaml: protocol errno, code 104: field "code": "104" is listed twice',
    );
  });

  it("rejects a code with a bad field, naming the code", () => {
    const error = errorOf(
      dataWith("protocols.yaml", (items) => {
        (codes(protocol(items, "sip"))[1] as Item).meaning = "";
      }),
    );
    expect(error.message).toMatch(/^data\/protocols\.yaml: protocol sip, code 180: field "meaning": /);
  });
});
