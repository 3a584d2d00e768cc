import fs from "node:fs";
import path from "node:path";
import type Compromise from "compromise";
import { keepSweepCandidates } from "../../../src/ingest/analysis/compromise-sweep";
import { findNameRuns } from "../../../src/ingest/analysis/name-runs";

// keepSweepCandidates keeps the candidate matches of compromise's sweep by the hooks a sentence has:
// compromise must tag every text exactly as an untouched compromise does (every term's tags, and the people the analysis reads).
function freshCompromise(): typeof Compromise {
  let nlp: typeof Compromise | undefined;
  jest.isolateModules(() => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- a second, separate instance of the package
    nlp = require("compromise") as typeof Compromise;
  });
  return nlp!;
}

const untouched = freshCompromise();
const narrowed = keepSweepCandidates(freshCompromise());

const DEV_REVIEWS = path.resolve(__dirname, "../../fixtures/dev-reviews");
const reviews = fs
  .readdirSync(DEV_REVIEWS)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f) => fs.readFileSync(path.join(DEV_REVIEWS, f), "utf8"));

// What the analysis gives compromise: a review's capitalized runs joined as sentences (recognizePeople)
// and single runs (opensPersonName); and whole paragraphs, to exercise every match of its tagger.
const nameLists = reviews.map((text) => findNameRuns(text).map((r) => r.words.join(" ")).join(". "));
const runs = reviews.flatMap((text) => findNameRuns(text).slice(0, 8).map((r) => r.words.join(" ")));
const paragraphs = reviews.flatMap((text) => text.split(/\n+/).filter((p) => p.trim() !== "").slice(0, 3));

// A term's id has a random part (compromise makes ids for its own pointers): everything else is compared.
const tagsOf = (nlp: typeof Compromise, text: string) => JSON.stringify(nlp(text).json(), (key, value: unknown) => (key === "id" ? undefined : value));
const peopleOf = (nlp: typeof Compromise, text: string) => nlp(text).people().out("array") as string[];

it("tags a review's names, alone and listed, as compromise does", () => {
  expect(nameLists.length).toBeGreaterThan(40);
  for (const text of [...nameLists, ...runs]) {
    expect(peopleOf(narrowed, text)).toEqual(peopleOf(untouched, text));
    expect(tagsOf(narrowed, text)).toEqual(tagsOf(untouched, text));
  }
});

it("tags whole paragraphs as compromise does", () => {
  expect(paragraphs.length).toBeGreaterThan(100);
  for (const text of paragraphs) expect(tagsOf(narrowed, text)).toEqual(tagsOf(untouched, text));
});
