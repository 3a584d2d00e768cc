import fs from "node:fs";
import { captionProperty, GRASS_FILE, parseGrass } from "../../src/browser-style/grass";

// The Neo4j Browser style: every label of the model captioned by a property it has, in colours
// that tell labels apart. (tests/integration/vega-import.test.ts checks the captions against the
// labels and properties of a database holding the seed and the imported catalog.)
const rules = parseGrass(fs.readFileSync(GRASS_FILE, "utf8"));
const nodes = rules.filter((r) => r.kind === "node" && r.name);

// Which property names each label by, as the writes set them (cypher/write, src/graph).
const MODEL_CAPTIONS: Record<string, string> = {
  Film: "title",
  Person: "name",
  Role: "name",
  Review: "caption",
  Theme: "name",
  Aspect: "name",
  Genre: "name",
  Migration: "id",
};

it("styles every label of the model with a caption of its name, title or id", () => {
  const captions = Object.fromEntries(nodes.map((r) => [r.name, captionProperty(r.properties.caption)]));
  expect(captions).toEqual(MODEL_CAPTIONS);
});

it("gives each label a colour of its own", () => {
  const colours = nodes.map((r) => r.properties.color?.toUpperCase());
  expect(colours.every((c) => /^#[0-9A-F]{6}$/.test(c ?? ""))).toBe(true);
  expect(new Set(colours).size).toBe(nodes.length);
});

it("captions every relationship type of the model", () => {
  const types = rules.filter((r) => r.kind === "relationship" && r.name).map((r) => r.name).sort();
  expect(types).toEqual(
    ["BROADER", "DIRECTED", "DISCUSSES", "EXPLORES", "HAS_GENRE", "IN", "JUDGED_ON", "JUDGES", "MENTIONS", "PLAYED", "REVIEWS", "WROTE"].sort(),
  );
  const mentions = rules.find((r) => r.name === "MENTIONS");
  expect(captionProperty(mentions?.properties.caption)).toBe("polarity");
});

it("parses captions", () => {
  expect(captionProperty("{title}")).toBe("title");
  expect(captionProperty("<type>")).toBeUndefined();
  expect(parseGrass('node.X { color: #FFFFFF; caption: "{name}"; }')).toEqual([
    { kind: "node", name: "X", properties: { color: "#FFFFFF", caption: "{name}" } },
  ]);
});
