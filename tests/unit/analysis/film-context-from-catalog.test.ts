import { filmContextFromCatalog } from "../../../src/ingest/film-context-from-catalog";

describe("filmContextFromCatalog", () => {
  const context = filmContextFromCatalog(
    {
      title: "Manchester by the Sea",
      year: 2016,
      directors: ["Kenneth Lonergan"],
      writers: ["Kenneth Lonergan"],
      cast: [
        { person: "Casey Affleck", character: "Lee Chandler" },
        { person: "Kyle Chandler", character: "Joe Chandler" },
      ],
    },
    [{ name: "Deaf culture", broader: ["Deafness"], synonyms: ["deaf community"], patterns: [] }],
    ["performance", "pacing"],
  );

  it("keys the film, people, roles and themes as the graph does", () => {
    expect(context.filmId).toBe("manchester-by-the-sea-2016");
    expect(context.people).toEqual([
      { id: "casey-affleck", name: "Casey Affleck", credits: ["cast"] },
      { id: "kyle-chandler", name: "Kyle Chandler", credits: ["cast"] },
      { id: "kenneth-lonergan", name: "Kenneth Lonergan", credits: ["director", "writer"] },
    ]);
    expect(context.roles).toEqual([
      { id: "manchester-by-the-sea-2016/lee-chandler", name: "Lee Chandler", personId: "casey-affleck", billing: 1 },
      { id: "manchester-by-the-sea-2016/joe-chandler", name: "Joe Chandler", personId: "kyle-chandler", billing: 2 },
    ]);
    expect(context.themes).toEqual([{ id: "deaf-culture", name: "Deaf culture", synonyms: ["deaf community"], patterns: [], broader: ["deafness"] }]);
    expect(context.aspects).toEqual(["performance", "pacing"]);
  });
});
