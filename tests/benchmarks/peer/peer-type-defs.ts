/**
 * Type definitions for @neo4j/graphql 7 over this project's graph (README: The graph): the same
 * labels, relationship types and properties, with @relationship for every link and @cypher where
 * the answer is computed (consensus, similar films, search). The review-derived sort keys
 * (docs/performance.md) are read from the Film node when the graph keeps them; otherwise they
 * are computed per film, as a peer over that graph would have to.
 */
export function peerTypeDefs(o: { storedReviewKeys: boolean; temporalTimes: boolean }): string {
  const time = o.temporalTimes ? "DateTime" : "String";
  const reviewKeys = o.storedReviewKeys
    ? `reviewCount: Int
  positiveShare: Float
  latestReviewAt: ${time}`
    : `reviewCount: Int @cypher(statement: "RETURN COUNT { (this)<-[:REVIEWS]-(:Review) } AS n", columnName: "n")
  positiveShare: Float
    @cypher(
      statement: "OPTIONAL MATCH (this)<-[:REVIEWS]-(r:Review) WITH count(r) AS n, count(CASE WHEN r.sentiment > 0.2 THEN 1 END) AS p RETURN CASE WHEN n = 0 THEN null ELSE toFloat(p) / n END AS share"
      columnName: "share"
    )
  latestReviewAt: ${time}
    @cypher(statement: "OPTIONAL MATCH (this)<-[:REVIEWS]-(r:Review) RETURN max(r.createdAt) AS latest", columnName: "latest")`;
  return /* GraphQL */ `
type Film @node {
  id: ID!
  title: String!
  titleKey: String
  year: Int
  runtimeMinutes: Int
  releaseDate: String
  imdbRating: Float
  imdbVotes: Int
  ${reviewKeys}
  directors: [Person!]! @relationship(type: "DIRECTED", direction: IN)
  writers: [Person!]! @relationship(type: "WROTE", direction: IN)
  cast: [Role!]! @relationship(type: "IN", direction: IN)
  themes: [Theme!]! @relationship(type: "EXPLORES", direction: OUT, properties: "Explores")
  genres: [Genre!]! @relationship(type: "HAS_GENRE", direction: OUT)
  reviews: [Review!]! @relationship(type: "REVIEWS", direction: IN)
  consensusReviewCount: Int! @cypher(statement: "RETURN COUNT { (this)<-[:REVIEWS]-(:Review) } AS n", columnName: "n")
  consensusPositiveShare: Float
    @cypher(
      statement: "OPTIONAL MATCH (this)<-[:REVIEWS]-(r:Review) WITH count(r) AS n, count(CASE WHEN r.sentiment > 0.2 THEN 1 END) AS p RETURN CASE WHEN n = 0 THEN null ELSE toFloat(p) / n END AS share"
      columnName: "share"
    )
  aspectTallies: [AspectTally!]!
    @cypher(
      statement: "MATCH (this)<-[:REVIEWS]-(:Review)-[j:JUDGES]->(a:Aspect) WITH a.name AS aspect, count(CASE WHEN j.polarity = 'POSITIVE' THEN 1 END) AS positive, count(CASE WHEN j.polarity = 'NEGATIVE' THEN 1 END) AS negative, count(*) AS total ORDER BY total DESC, aspect RETURN {aspect: aspect, positive: positive, negative: negative} AS tally"
      columnName: "tally"
    )
  similarFilms(first: Int = 5): [Film!]!
    @cypher(
      statement: """
      CALL (this) {
        MATCH (this)-[mine:EXPLORES]->(:Theme)<-[theirs:EXPLORES]-(other:Film) WHERE other <> this
        RETURN other, CASE WHEN mine.weight < theirs.weight THEN mine.weight ELSE theirs.weight END AS points
        UNION ALL
        MATCH (this)<-[:DIRECTED|WROTE|PLAYED|IN*1..2]-(p:Person)-[:DIRECTED|WROTE|PLAYED|IN*1..2]->(other:Film)
        WHERE other <> this
        RETURN other, 0.5 AS points
      }
      WITH other, sum(points) AS score ORDER BY score DESC, other.titleKey LIMIT $first
      RETURN other
      """
      columnName: "other"
    )
}

type AspectTally {
  aspect: String!
  positive: Int!
  negative: Int!
}

type Explores @relationshipProperties {
  weight: Float
  reviewCount: Int
}

type Person @node {
  id: ID!
  name: String!
  roles: [Role!]! @relationship(type: "PLAYED", direction: OUT)
  directed: [Film!]! @relationship(type: "DIRECTED", direction: OUT)
  wrote: [Film!]! @relationship(type: "WROTE", direction: OUT)
}

type Role @node {
  id: ID!
  name: String!
  person: [Person!]! @relationship(type: "PLAYED", direction: IN)
  film: [Film!]! @relationship(type: "IN", direction: OUT)
}

type Genre @node {
  id: ID!
  name: String!
}

type Theme @node {
  id: ID!
  name: String!
  films: [Film!]! @relationship(type: "EXPLORES", direction: IN, properties: "Explores")
}

type Aspect @node {
  id: ID!
  name: String!
}

type Mentions @relationshipProperties {
  polarity: String
  evidence: String
  start: Int
  end: Int
}

type Judges @relationshipProperties {
  polarity: String
  evidence: String
  start: Int
  end: Int
}

type Discusses @relationshipProperties {
  salience: Float
  evidence: String
}

union MentionTarget = Person | Role
union SearchResult = Film | Person | Role | Theme | Review

type Review @node {
  id: ID!
  text: String!
  sentiment: Float
  author: String
  source: String
  createdAt: ${time}
  film: [Film!]! @relationship(type: "REVIEWS", direction: OUT)
  themes: [Theme!]! @relationship(type: "DISCUSSES", direction: OUT, properties: "Discusses")
  aspects: [Aspect!]! @relationship(type: "JUDGES", direction: OUT, properties: "Judges")
  mentions: [MentionTarget!]! @relationship(type: "MENTIONS", direction: OUT, properties: "Mentions")
}

type Query {
  search(query: String!, first: Int = 10): [SearchResult!]!
    @cypher(
      statement: "CALL db.index.fulltext.queryNodes('search', $query, {limit: $first}) YIELD node RETURN node"
      columnName: "node"
    )
}
`;
}
