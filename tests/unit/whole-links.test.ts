import { FILM_FIELDS, wholeLinks } from "../../src/graphql/whole-links";
import { sortedPage } from "../../src/graphql/sorted-list";
import type { StatementName } from "../../src/db/cypher-registry";
import { createLoaders, type ReviewRow, toReviewPage } from "../../src/graphql/loaders";
import type { Database } from "../../src/db/database";

it("keeps whole links in order and drops a link whose required properties were read as null", () => {
  const links = [
    { aspect: "pacing", polarity: "NEGATIVE", evidence: "It drags.", start: 0 },
    { aspect: "score", polarity: null, evidence: null, start: null },
    { aspect: "performance", polarity: "POSITIVE", evidence: "She is superb.", start: null },
  ];
  expect(wholeLinks(links, ["aspect", "polarity", "evidence"]).map((l) => l.aspect)).toEqual(["pacing", "performance"]);
  expect(wholeLinks(links, [])).toHaveLength(3);
});

it("a node read with a required property null (deleted while read) loads as null, as a node not found does", async () => {
  const stored = { id: "Review:salt-road/review-1", text: "Calloway's film is superb.", createdAt: "2026-12-07T00:00:00Z", filmId: "Film:salt-road" };
  const halfDeleted = { id: "Review:salt-road/review-2", text: null, createdAt: null, filmId: null };
  const db = { read: async () => [stored, halfDeleted].map((node) => ({ id: node.id, node })) } as unknown as Database;
  const loaders = createLoaders(db);
  expect(await loaders.review.loadMany([stored.id, halfDeleted.id, "Review:salt-road/review-3"])).toEqual([stored, null, null]);
});

it("a page of reviews leaves out a review read with its text null", () => {
  const whole = { id: "Review:salt-road/review-1", text: "It drags.", createdAt: "2026-12-07T00:00:00Z", mentions: [] };
  const page = toReviewPage(2, [whole, { ...whole, id: "Review:salt-road/review-2", text: null }] as unknown as ReviewRow[]);
  expect(page.nodes.map((r) => r.id)).toEqual([whole.id]);
});

it("a sorted list page leaves out a node read with a required property null", async () => {
  const films = [
    { key: "salt road", node: { id: "Film:salt-road", title: "Salt Road" } },
    { key: "tide", node: { id: null, title: null } },
  ];
  const db = { read: async () => [{ nodes: films, totalCount: 2 }] } as unknown as Database;
  const page = await sortedPage<{ id: string }>(db, {
    statement: "filmsList" as StatementName,
    required: FILM_FIELDS,
    filter: {},
    field: "TITLE",
    direction: "ASC",
    first: 10,
    after: null,
    defaultSize: 10,
  });
  expect(page.edges.map((e) => e.node.id)).toEqual(["Film:salt-road"]);
});
