/** One slide of the Neo4j Browser guide: a title, a few sentences, and queries to run. */
export interface GuideSlide {
  title: string;
  /** Paragraphs of plain text (escaped when rendered). */
  text: string[];
  /** Queries shown as runnable blocks: a click puts one in Neo4j Browser's editor. */
  queries: { caption: string; cypher: string }[];
}

/**
 * The hand-written slides: the seed film's neighbourhood, a review and its evidence, the theme
 * taxonomy. Every query is bounded (LIMIT) and returns paths or rows, never a cartesian product;
 * tests/e2e/neo4j-browser.test.ts runs one in Neo4j Browser and tests/integration checks them all.
 */
export const GUIDE_SLIDES: GuideSlide[] = [
  {
    title: "A film and what surrounds it",
    text: [
      "film-graph turns critics' reviews into graph structure: films, the people who make them and the characters they play, reviews, themes and the aspects critics judge.",
      "Each row below is one path from the film: its director and writers, each character with the actor who plays it, its reviews and the themes it explores.",
    ],
    queries: [
      {
        caption: "Sound of Metal's neighbourhood, one path a row",
        cypher: `MATCH (f:Film {title: 'Sound of Metal'})
CALL (f) {
  MATCH p = (f)<-[:DIRECTED|WROTE|REVIEWS]-() RETURN p
  UNION
  MATCH p = (f)<-[:IN]-(:Role)<-[:PLAYED]-(:Person) RETURN p
  UNION
  MATCH p = (f)-[:EXPLORES]->(:Theme) RETURN p
}
RETURN p
LIMIT 50`,
      },
    ],
  },
  {
    title: "A review and its evidence",
    text: [
      "Every link a review adds keeps the sentence that supports it (evidence) and its character offsets in the review text (start, end).",
      "MENTIONS points at a person or a character, JUDGES at an aspect of the film; both carry a polarity.",
    ],
    queries: [
      {
        caption: "What the review says about each person and character, with the quoted sentence",
        cypher: `MATCH (r:Review)-[:REVIEWS]->(:Film {title: 'Sound of Metal'})
MATCH (r)-[m:MENTIONS]->(t)
RETURN r.caption AS review, labels(t)[0] AS kind, t.name AS name, m.polarity AS polarity, m.evidence AS evidence
ORDER BY m.start
LIMIT 25`,
      },
      {
        caption: "The same review as a graph: mentions and aspect judgements",
        cypher: `MATCH (r:Review)-[:REVIEWS]->(f:Film {title: 'Sound of Metal'})
MATCH p = (r)-[:MENTIONS|JUDGES]->()
RETURN p
LIMIT 40`,
      },
    ],
  },
  {
    title: "The theme taxonomy",
    text: [
      "Themes form a small taxonomy: BROADER points from a theme to a more general one (deaf culture -> deafness).",
      "A film EXPLORES a theme with a weight aggregated from its reviews.",
    ],
    queries: [
      {
        caption: "Themes within two steps of deafness",
        cypher: `MATCH p = (:Theme)-[:BROADER*1..2]-(:Theme {name: 'deafness'})
RETURN p
LIMIT 50`,
      },
      {
        caption: "Films that explore deafness or a narrower theme, strongest first",
        cypher: `MATCH (t:Theme {name: 'deafness'})<-[:BROADER*0..2]-(sub:Theme)<-[e:EXPLORES]-(f:Film)
RETURN f.title AS film, f.year AS year, sub.name AS theme, round(e.weight, 2) AS weight
ORDER BY weight DESC
LIMIT 25`,
      },
    ],
  },
];
