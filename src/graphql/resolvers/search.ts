import neo4j from "neo4j-driver";
import type { QueryResolvers, SearchHitResolvers, SearchResultResolvers } from "../../generated/graphql";
import { badUserInput } from "../errors";
import type { SearchHitModel, SearchNodeModel } from "../models";
import { pageSize } from "../pagination";
import { matchFragment, queryTerms } from "../search-fragment";
import { checkSearchQuery, SearchQueryError } from "../search-query";

/** The property of each kind of node that the full-text index `search` matched. */
function matchedText(node: SearchNodeModel): { field: SearchHitModel["field"]; text: string } {
  switch (node.__typename) {
    case "Film":
      return { field: "title", text: node.title };
    case "Review":
      return { field: "text", text: node.text };
    default:
      return { field: "name", text: node.name };
  }
}

export const searchQueries: Pick<QueryResolvers, "search"> = {
  async search(_root, { query, first }, { db }) {
    const limit = pageSize(first, 10);
    // What could make Lucene explode (regex, leading wildcards, big fuzzy edits) is refused here,
    // before any Cypher runs.
    try {
      checkSearchQuery(query);
    } catch (error) {
      if (error instanceof SearchQueryError) throw badUserInput(error.message);
      throw error;
    }
    // Lucene here reads a lone `*` as "everything": a query needs at least one word.
    if (queryTerms(query).length === 0) throw badUserInput("The search query has no word to search for.");
    if (limit === 0) return [];
    // The user's text goes to Lucene as a parameter; a syntax error comes back as a database
    // error that errors.ts maps to BAD_USER_INPUT.
    const rows = await db.read("search", { query, limit: neo4j.int(limit) });
    return rows.flatMap((row) => {
      const node = { ...(row.node as object), __typename: row.type } as SearchNodeModel;
      const { field, text } = matchedText(node);
      // A node deleted while the search read it comes back without the text it matched: it is no hit.
      if (node.id == null || text == null) return [];
      return [{ score: row.score as number, node, field, matched: { text, query } }];
    });
  },
};

export const SearchHit: SearchHitResolvers = {
  // Folding the matched text to find the query's terms is the costliest part of a search answer:
  // done only for the hits of a query that asks for the fragment.
  fragment: (hit) => matchFragment(hit.matched.text, hit.matched.query),
};

export const SearchResult: SearchResultResolvers = {
  __resolveType: (node) => node.__typename ?? null,
};
