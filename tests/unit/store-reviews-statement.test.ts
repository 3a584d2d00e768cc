import fs from "node:fs";
import path from "node:path";
import { CYPHER_DIR, stripComments } from "../../src/db/cypher-registry";

// The batched ingest (store-reviews.cypher) must store a review exactly as the single write
// (store-review.cypher) does: the same properties, dates, caption and links. The batch creates new
// reviews (CREATE where the single write MERGEs), reads each review from `review.` where the single
// statement reads `$review.`, and each link's analyzerVersion from the link (one UNWIND per kind of
// link for the whole batch) where the single statement reads `$review.analyzerVersion`.

const read = (file: string) => stripComments(fs.readFileSync(path.join(CYPHER_DIR, "write", file), "utf8"));
const squash = (text: string) => text.replace(/\s+/g, " ").trim();

/** The review node's properties and its REVIEWS link, with the parameters named as the batch names them. */
const nodeWrites = (text: string) =>
  squash(
    text
      .slice(text.indexOf("SET r.text"), text.indexOf("SET r.filmId = f.id"))
      .replace(/\$review\./g, "review.")
      .replace("MERGE (r)-[:REVIEWS]->(f)", "CREATE (r)-[:REVIEWS]->(f)"),
  );

/** Each link written: the variable its target is matched as, the target's label and key, the relationship type and its properties. */
const linkWrites = (text: string) => {
  const targets = [...text.matchAll(/MATCH \((\w+):(\w+) \{id: \w+\.(\w+)\}\)/g)].map((m) => `${m[1]}:${m[2]}.${m[3]}`);
  const links = [...text.matchAll(/CREATE \(r\)-\[:(\w+) \{([^}]*)\}\]->\((\w+)\)/g)].map((m) =>
    squash(`${m[1]} {${m[2]!.replace(/(\$review|mention|link|judgement)\.analyzerVersion/g, "analyzerVersion")}} -> ${m[3]}`),
  );
  return { targets: targets.filter((t) => !t.startsWith("f:") && !t.startsWith("r:")), links };
};

it("store-reviews.cypher stores each review as store-review.cypher stores one", () => {
  const single = read("store-review.cypher");
  const batch = read("store-reviews.cypher");
  expect(batch).toContain("UNWIND $reviews AS review");
  expect(nodeWrites(batch)).toEqual(nodeWrites(single));
  expect(nodeWrites(batch)).toContain("r.caption = coalesce(review.author, review.source, 'A review') + ' on ' + f.title");
  // createdAt: set when the node is created (the batch only creates).
  expect(single).toContain("ON CREATE SET r.createdAt = datetime($review.createdAt)");
  expect(batch).toContain("CREATE (r:Review {id: review.id})\n  SET r.createdAt = datetime(review.createdAt)");
  const [a, b] = [linkWrites(batch), linkWrites(single)];
  expect(a).toEqual(b);
  expect(a.links).toHaveLength(4);
  expect(a.targets).toEqual(["p:Person.targetId", "role:Role.targetId", "t:Theme.themeId", "a:Aspect.aspectId"]);
});
