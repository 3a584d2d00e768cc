import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { CYPHER_DIR } from "../../src/db/cypher-registry";
import { goldToAnalysis, readGoldReview } from "../../src/seed/gold-annotation";

const goldFile = path.join(CYPHER_DIR, "seed/reviews/sound-of-metal.gold.json");

const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) fs.rmSync(dir, { recursive: true, force: true });
});

describe("the seed gold annotation", () => {
  const gold = readGoldReview(goldFile);
  const analysis = goldToAnalysis(gold);

  it("parses, with the review text read from the file it names", () => {
    expect(gold.annotation.film).toEqual({ title: "Sound of Metal", year: 2019 });
    expect(gold.text.length).toBeGreaterThan(100);
    expect(gold.annotation.mentions.length).toBeGreaterThan(0);
    expect(gold.annotation.themes.length).toBeGreaterThan(0);
    expect(gold.annotation.aspects.length).toBeGreaterThan(0);
    expect(analysis.sentiment).toBe(gold.annotation.sentiment);
  });

  it("places every mention on its surface", () => {
    expect(analysis.mentions).toHaveLength(gold.annotation.mentions.length);
    analysis.mentions.forEach((mention, i) => {
      const annotated = gold.annotation.mentions[i];
      expect(gold.text.slice(mention.start, mention.end)).toBe(annotated?.surface);
      expect(mention.evidence).toBe(annotated?.evidence);
      expect(gold.text.includes(mention.evidence)).toBe(true);
    });
  });

  it("places every theme and aspect on its evidence", () => {
    for (const link of [...analysis.themes, ...analysis.aspects]) {
      expect(link.end - link.start).toBe(link.evidence.length);
      expect(gold.text.slice(link.start, link.end)).toBe(link.evidence);
    }
    expect(analysis.themes).toHaveLength(gold.annotation.themes.length);
    expect(analysis.aspects).toHaveLength(gold.annotation.aspects.length);
  });

  it("targets roles of the film and people by their keys", () => {
    const roles = analysis.mentions.filter((m) => m.targetType === "Role");
    const people = analysis.mentions.filter((m) => m.targetType === "Person");
    expect(roles.length).toBeGreaterThan(0);
    expect(people.length).toBeGreaterThan(0);
    for (const role of roles) expect(role.targetId.startsWith("sound-of-metal-2019/")).toBe(true);
    expect(roles.map((r) => r.targetId)).toContain("sound-of-metal-2019/ruben-stone");
    expect(people.map((p) => p.targetId)).toContain("riz-ahmed");
    for (const person of people) expect(person.targetId).not.toContain("/");
  });
});

describe("goldToAnalysis on a made-up annotation", () => {
  function write(evidence: string): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gold-"));
    temps.push(dir);
    fs.writeFileSync(path.join(dir, "review.txt"), "A quiet film. It listens closely.");
    const annotation = {
      film: { title: "Test Film", year: 2001 },
      text: "review.txt",
      sentiment: 0.5,
      mentions: [],
      themes: [{ theme: "Silence", salience: 0.8, evidence }],
      aspects: [],
    };
    const file = path.join(dir, "review.gold.json");
    fs.writeFileSync(file, JSON.stringify(annotation));
    return file;
  }

  it("computes offsets for evidence found in the text", () => {
    const analysis = goldToAnalysis(readGoldReview(write("It listens closely.")));
    expect(analysis.themes).toEqual([
      { evidence: "It listens closely.", start: 14, end: 33, themeId: "silence", salience: 0.8 },
    ]);
  });

  it("throws when the evidence is not a passage of the text", () => {
    const gold = readGoldReview(write("A loud film."));
    expect(() => goldToAnalysis(gold)).toThrow(/not a passage/);
  });
});
