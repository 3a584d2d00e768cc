import { personId, slug, themeId } from "../../../src/graph/ids";

/** What the query mix asks about: chosen from the data set by rule (see targets.ts), never by name. */
export interface Targets {
  film: { title: string; year: number | null; id: string };
  person: { name: string; character: string };
  theme: string;
  search: string;
}

export interface GraphQLRequest {
  query: string;
  variables: Record<string, unknown>;
}

/** One operation of the mix: the same fields asked of each GraphQL contender. */
export interface Operation {
  name: string;
  ours(t: Targets): GraphQLRequest;
  /** The peer's equivalent, or undefined when @neo4j/graphql cannot express it. */
  peer?(t: Targets): GraphQLRequest;
  /** A write: each request must differ (`n` counts requests); no floor, no peer. */
  write?: true;
}

const FILM_PAGE_FIELDS = {
  ours: /* GraphQL */ `
    id title year
    directors { name }
    cast { name person { name } }
    themes { name }
    reviews(first: 10) {
      totalCount
      edges { cursor node {
        id text sentiment
        film { title }
        themes { name }
        aspects { aspect polarity evidence }
        mentions { polarity evidence target { __typename ... on Person { name } ... on Role { name } } }
      } }
      pageInfo { hasNextPage endCursor }
    }`,
  peer: /* GraphQL */ `
    id title year
    directors { name }
    cast { name person { name } }
    themesConnection(sort: [{ edge: { weight: DESC } }]) { edges { node { name } } }
    reviewsConnection(first: 10, sort: [{ node: { createdAt: DESC } }]) {
      totalCount
      edges { cursor node {
        id text sentiment
        film { title }
        themes { name }
        aspectsConnection { edges { properties { polarity evidence } node { name } } }
        mentionsConnection { edges { properties { polarity evidence } node { __typename ... on Person { name } ... on Role { name } } } }
      } }
      pageInfo { hasNextPage endCursor }
    }`,
};

const peerFilm = (t: Targets) => ({ titleKey: { eq: slug(t.film.title) }, ...(t.film.year === null ? {} : { year: { eq: t.film.year } }) });

/** The list sorts of the mix: our sort field and direction, and the peer's sort key. */
const SORTS = [
  { name: "title", field: "TITLE", direction: "ASC", peer: "titleKey" },
  { name: "year", field: "YEAR", direction: "DESC", peer: "year" },
  { name: "reviewCount", field: "REVIEW_COUNT", direction: "DESC", peer: "reviewCount" },
  { name: "positiveShare", field: "POSITIVE_SHARE", direction: "DESC", peer: "positiveShare" },
  { name: "latestReview", field: "LATEST_REVIEW", direction: "DESC", peer: "latestReviewAt" },
] as const;

function filmList(first: number, sort: (typeof SORTS)[number]): Operation {
  return {
    name: `films-${first}-${sort.name}`,
    ours: () => ({
      query: `query FilmsList($first: Int!) { films(first: $first, sort: { field: ${sort.field}, direction: ${sort.direction} }) {
        edges { cursor node { id title year } } pageInfo { hasNextPage endCursor } } }`,
      variables: { first },
    }),
    peer: () => ({
      query: `query FilmsList($first: Int!) { filmsConnection(first: $first, sort: [{ ${sort.peer}: ${sort.direction} }, { id: ${sort.direction} }]) {
        edges { cursor node { id title year } } pageInfo { hasNextPage endCursor } } }`,
      variables: { first },
    }),
  };
}

/** The query mix of `npm run bench:peer` (docs/benchmarks.md). */
export const OPERATIONS: Operation[] = [
  {
    name: "film-page",
    ours: (t) => ({ query: `query FilmPage($title: String!, $year: Int) { film(title: $title, year: $year) { ${FILM_PAGE_FIELDS.ours} } }`, variables: { title: t.film.title, year: t.film.year } }),
    peer: (t) => ({ query: `query FilmPage($where: FilmWhere) { films(where: $where, limit: 1) { ${FILM_PAGE_FIELDS.peer} } }`, variables: { where: peerFilm(t) } }),
  },
  ...[10, 100].flatMap((first) => SORTS.map((sort) => filmList(first, sort))),
  {
    name: "nested",
    ours: (t) => ({
      query: `query Nested($title: String!, $year: Int) { film(title: $title, year: $year) { title cast { name person { name roles { name film { title } } } } } }`,
      variables: { title: t.film.title, year: t.film.year },
    }),
    peer: (t) => ({
      query: `query Nested($where: FilmWhere) { films(where: $where, limit: 1) { title cast { name person { name roles { name film { title } } } } } }`,
      variables: { where: peerFilm(t) },
    }),
  },
  {
    name: "search",
    ours: (t) => ({
      query: `query Search($query: String!) { search(query: $query, first: 10) { score node { __typename
        ... on Film { title } ... on Person { name } ... on Role { name } ... on Review { id } ... on Theme { name } } } }`,
      variables: { query: t.search },
    }),
    peer: (t) => ({
      query: `query Search($query: String!) { search(query: $query, first: 10) { __typename
        ... on Film { title } ... on Person { name } ... on Role { name } ... on Review { id } ... on Theme { name } } }`,
      variables: { query: t.search },
    }),
  },
  {
    name: "person-page",
    ours: (t) => ({ query: `query PersonPage($name: String!) { person(name: $name) { id name roles { name film { title } } } }`, variables: { name: t.person.name } }),
    peer: (t) => ({
      query: `query PersonPage($id: ID!) { people(where: { id: { eq: $id } }) { id name roles { name film { title } } } }`,
      variables: { id: personId(t.person.name) },
    }),
  },
  {
    name: "theme-page",
    // The 20 films that explore the theme most strongly: Theme.films answers at most 100 (first = 20).
    ours: (t) => ({ query: `query ThemePage($name: String!) { theme(name: $name) { id name films(first: 20) { title } } }`, variables: { name: t.theme } }),
    peer: (t) => ({
      query: `query ThemePage($id: ID!) { themes(where: { id: { eq: $id } }) { id name filmsConnection(first: 20, sort: [{ edge: { weight: DESC } }, { node: { title: ASC } }]) { edges { node { title } } } } }`,
      variables: { id: themeId(t.theme) },
    }),
  },
  {
    name: "consensus",
    ours: (t) => ({
      query: `query Consensus($title: String!, $year: Int) { film(title: $title, year: $year) { title consensus { reviewCount positiveShare aspects { aspect positive negative } } } }`,
      variables: { title: t.film.title, year: t.film.year },
    }),
    peer: (t) => ({
      query: `query Consensus($where: FilmWhere) { films(where: $where, limit: 1) { title consensusReviewCount consensusPositiveShare aspectTallies { aspect positive negative } } }`,
      variables: { where: peerFilm(t) },
    }),
  },
  {
    name: "similar",
    ours: (t) => ({
      query: `query Similar($title: String!, $year: Int) { film(title: $title, year: $year) { title similarFilms(first: 5) { film { title } } } }`,
      variables: { title: t.film.title, year: t.film.year },
    }),
    peer: (t) => ({
      query: `query Similar($where: FilmWhere) { films(where: $where, limit: 1) { title similarFilms(first: 5) { title } } }`,
      variables: { where: peerFilm(t) },
    }),
  },
  {
    name: "ingestReview",
    write: true,
    ours: (t) => ({
      query: `mutation Ingest($input: ReviewInput!) { ingestReview(input: $input) { id } }`,
      variables: { input: { filmId: `Film:${t.film.id}`, text: "", author: BENCH_AUTHOR } },
    }),
  },
];

/** Author of the reviews the benchmark writes (they are deleted at the end of a run). */
export const BENCH_AUTHOR = "film-graph bench";

/** The text of the n-th review a run writes: different each time, about the target's cast and theme. */
export function benchReviewText(t: Targets, run: string, n: number): string {
  return (
    `${t.person.name} is superb as ${t.person.character}, though the pacing drags in the middle. ` +
    `At heart it is a film about ${t.theme}. The sound design is remarkable. (benchmark run ${run}, review ${n})`
  );
}

