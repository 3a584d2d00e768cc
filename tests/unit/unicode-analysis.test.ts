import { defaultAnalyzer } from "../../src/ingest/default-analyzer";
import { filmContextFromCatalog } from "../../src/ingest/film-context-from-catalog";

// Issue 9, items 3 and 6 in the review analysis: names match with the graph's folding (name
// variants link to the person the graph has), and offsets and evidence stay right on emoji,
// combining marks and right-to-left text.

const film = filmContextFromCatalog(
  {
    title: "Ember Road",
    year: 2023,
    cast: [
      { person: "Søren Åkerlund", character: "Sven Dahl" },
      { person: "سَلْمَى الحَدَّاد", character: "Layla" },
      { person: "Ana García-Márquez", character: "Rosa Vidal" },
      { person: "Seán O’Brien", character: "Cal Byrne" },
    ],
  },
  [],
  ["performance"],
);

const linked = (text: string) =>
  defaultAnalyzer.analyze(text, film).mentions.map((m) => ({ id: m.targetId, quoted: text.slice(m.start, m.end), evidence: m.evidence }));

describe("name variants link to the person the graph has", () => {
  it.each([
    ["Soren Akerlund is superb as Sven Dahl.", "soren-akerlund"],
    ["Ana García–Márquez is superb as Rosa Vidal.", "ana-garcia-marquez"],
    ["Sean O'Brien is superb as Cal Byrne.", "sean-obrien"],
  ])("%s", (text, person) => {
    expect(linked(text).map((m) => m.id)).toContain(person);
  });
});

describe("offsets and evidence on Unicode text", () => {
  it("points into the text past emoji, combining marks and right-to-left words", () => {
    const text = "🌞🌞 A wonder 👨‍👩‍👧. Ame\u0301lie sees it too, says سَلْمَى. Soren Akerlund is superb as Sven Dahl.";
    const mentions = linked(text);
    expect(mentions.length).toBeGreaterThan(0);
    for (const m of mentions) {
      expect(["Soren Akerlund", "Sven Dahl"]).toContain(m.quoted);
      expect(text).toContain(m.evidence);
      expect(Buffer.from(m.evidence, "utf8").toString("utf8")).toBe(m.evidence);
    }
  });
});
