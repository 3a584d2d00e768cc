import neo4j from "neo4j-driver";
import { analyticsNames, loadAnalytics } from "../../src/analytics/analytics-files";
import { parseCypherLiteral } from "../../src/analytics/cypher-literal";
import { parametersUsed, parseHeader } from "../../src/analytics/header-params";
import { applyOverrides, parseParamValue } from "../../src/analytics/param-overrides";

describe("Cypher literals of :param lines", () => {
  it("reads numbers (integers as Neo4j integers), strings, booleans, null, lists and maps", () => {
    expect(parseCypherLiteral("20")).toEqual(neo4j.int(20));
    expect(parseCypherLiteral("-1.5")).toBe(-1.5);
    expect(parseCypherLiteral("'Sound of Metal'")).toBe("Sound of Metal");
    expect(parseCypherLiteral('"it\\\'s"')).toBe("it's");
    expect(parseCypherLiteral("TRUE")).toBe(true);
    expect(parseCypherLiteral("null")).toBeNull();
    expect(parseCypherLiteral("['a', 2.5, [false]]")).toEqual(["a", 2.5, [false]]);
    expect(parseCypherLiteral("{title: 'x', `odd key`: 1.0}")).toEqual({ title: "x", "odd key": 1 });
    expect(parseCypherLiteral(" 5 ;")).toEqual(neo4j.int(5));
  });

  it("refuses anything that is not a literal (no expressions, no Cypher)", () => {
    for (const bad of ["1 + 1", "'open", "[1, 2", "toUpper('x')", "$other", "'a' RETURN 1", "{a 1}"]) {
      expect(() => parseCypherLiteral(bad)).toThrow(/expected/);
    }
  });
});

describe("header of an analytics file", () => {
  const text = [
    "// Films by year.",
    "// A second line.",
    "// :param year => 2019",
    "//:param  title=>'Sound of Metal'",
    "MATCH (f:Film {year: $year}) WHERE f.title = $title",
    "// :param ignored => 1",
    "RETURN f",
  ].join("\n");

  it("reads the description and the :param defaults before the statement", () => {
    expect(parseHeader(text)).toEqual({
      description: ["Films by year.", "A second line."],
      params: { year: neo4j.int(2019), title: "Sound of Metal" },
    });
    expect(parametersUsed(text)).toEqual(["year", "title"]);
  });

  it("names the parameter whose value is not a literal", () => {
    expect(() => parseHeader("// :param limit => 10 + 1\nRETURN 1")).toThrow(/:param limit: expected/);
    expect(() => parseHeader("// :param limit = 10\nRETURN 1")).toThrow(/malformed parameter line/);
  });
});

describe("--param overrides", () => {
  const defaults = { limit: neo4j.int(10), title: "Sound of Metal" };

  it("parse numbers, booleans, JSON and plain strings", () => {
    expect(parseParamValue("5")).toEqual(neo4j.int(5));
    expect(parseParamValue("0.25")).toBe(0.25);
    expect(parseParamValue("false")).toBe(false);
    expect(parseParamValue('["a","b"]')).toEqual(["a", "b"]);
    expect(parseParamValue('{"a": [1, 2]}')).toEqual({ a: [neo4j.int(1), neo4j.int(2)] });
    expect(parseParamValue("King Kong")).toBe("King Kong");
    expect(parseParamValue("1976 remake")).toBe("1976 remake");
  });

  it("replace the header's defaults and refuse a parameter the query does not take", () => {
    expect(applyOverrides(defaults, ["title=King Kong", "limit=3"])).toEqual({ limit: neo4j.int(3), title: "King Kong" });
    expect(applyOverrides(defaults, ["title=a=b"])).toEqual({ ...defaults, title: "a=b" });
    expect(() => applyOverrides(defaults, ["year=2005"])).toThrow('unknown parameter "year"; this query takes limit, title');
    expect(() => applyOverrides(defaults, ["limit"])).toThrow("--param wants name=value");
  });
});

describe("the analytics files", () => {
  it("are at least six, each with a description and a default for every parameter it uses", () => {
    const names = analyticsNames();
    expect(names).toEqual(
      expect.arrayContaining([
        "theme-cooccurrence",
        "praised-performances",
        "film-consensus",
        "similar-films",
        "aspect-sentiment",
        "co-appearance-network",
      ]),
    );
    for (const name of names) {
      const query = loadAnalytics(name);
      expect(query.description.length).toBeGreaterThan(0);
      expect(Object.keys(query.params).sort()).toEqual(parametersUsed(query.text).sort());
    }
  });

  it("are found by name or path; an unknown name lists the known ones", () => {
    expect(loadAnalytics("similar-films").params.title).toBe("Sound of Metal");
    expect(loadAnalytics("cypher/analytics/similar-films.cypher").name).toBe("similar-films");
    expect(() => loadAnalytics("nope")).toThrow(/no analytics query "nope"; available: aspect-sentiment, /);
  });
});
