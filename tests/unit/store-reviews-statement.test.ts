import fs from "node:fs";
import path from "node:path";
import { CYPHER_DIR, stripComments } from "../../src/db/cypher-registry";

// The batched ingest (store-reviews.cypher) must store a review exactly as the single write
// (store-review.cypher) does: the same properties, dates, caption and links. The batch reads each
// review from `review.` of its item where the single statement reads `$review.`.

const read = (file: string) => stripComments(fs.readFileSync(path.join(CYPHER_DIR, "write", file), "utf8"));
/** From the review's MERGE to the end, with the parameters of one review named as the batch names them. */
const body = (text: string) =>
  text
    .slice(text.indexOf("MERGE (r:Review"))
    .replace(/\$review\./g, "review.")
    .replace(/\$(personMentions|roleMentions|themes|aspects)\b/g, "item.$1")
    .replace(/CALL \(r(, item, review)?\)/g, "CALL (r)")
    .replace(/WITH (item, review, )?r\n/g, "WITH r\n");

it("store-reviews.cypher stores each review as store-review.cypher stores one", () => {
  const single = read("store-review.cypher");
  const batch = read("store-reviews.cypher");
  expect(batch).toContain("UNWIND $reviews AS item");
  expect(body(batch)).toEqual(body(single));
});
