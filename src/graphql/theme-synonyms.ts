import type { GraphQLResolveInfo, OperationDefinitionNode, SelectionSetNode } from "graphql";

type OperationInfo = Pick<GraphQLResolveInfo, "operation" | "fragments">;

const byOperation = new WeakMap<OperationDefinitionNode, boolean>();

/**
 * Whether the operation asks for `Theme.synonyms` anywhere: a field named `synonyms` at any depth,
 * through aliases, inline fragments and fragment spreads (@include/@skip count as asked). Statements
 * that return themes with a film (film-by-title.cypher, `$themeSynonyms`) fetch each theme's
 * synonyms (~250 bytes of JSON on average, ~40 KB for a film exploring the whole taxonomy) only then.
 * Taken over the whole operation, so every theme a request's loaders hold is alike. May over-fetch
 * (only Theme has such a field today), never under-fetch. Memoized per operation document node.
 */
export function themeSynonymsAsked(info: OperationInfo): boolean {
  const known = byOperation.get(info.operation);
  if (known !== undefined) return known;
  const visited = new Set<string>();
  const asks = (set: SelectionSetNode): boolean =>
    set.selections.some((selection) => {
      if (selection.kind === "Field") return selection.name.value === "synonyms" || (selection.selectionSet !== undefined && asks(selection.selectionSet));
      if (selection.kind === "InlineFragment") return asks(selection.selectionSet);
      const fragment = info.fragments[selection.name.value];
      if (!fragment || visited.has(selection.name.value)) return false;
      visited.add(selection.name.value);
      return asks(fragment.selectionSet);
    });
  const asked = asks(info.operation.selectionSet);
  byOperation.set(info.operation, asked);
  return asked;
}
