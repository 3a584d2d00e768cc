import type { FieldNode, GraphQLResolveInfo, SelectionSetNode } from "graphql";

/**
 * Whether the query asks for `path` below the field being resolved, e.g. ["directors"] or
 * ["edges", "node", "aspects"]: field names, through inline fragments and fragment spreads.
 * Conditional fields (@include/@skip) count as asked, so the answer may over-fetch, never under-fetch.
 * Used to fetch a node's neighbours in the node's own statement when, and only when, they are asked.
 */
export function selects(info: Pick<GraphQLResolveInfo, "fieldNodes" | "fragments">, path: string[]): boolean {
  let sets: SelectionSetNode[] = info.fieldNodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
  for (const name of path) {
    const matches: FieldNode[] = [];
    const visit = (set: SelectionSetNode): void => {
      for (const selection of set.selections) {
        if (selection.kind === "Field") {
          if (selection.name.value === name) matches.push(selection);
        } else if (selection.kind === "InlineFragment") {
          visit(selection.selectionSet);
        } else {
          const fragment = info.fragments[selection.name.value];
          if (fragment) visit(fragment.selectionSet);
        }
      }
    };
    sets.forEach(visit);
    if (matches.length === 0) return false;
    sets = matches.flatMap((field) => (field.selectionSet ? [field.selectionSet] : []));
  }
  return true;
}
