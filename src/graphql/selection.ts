import { type FieldNode, getArgumentValues, type GraphQLResolveInfo, isObjectType, type SelectionSetNode } from "graphql";

type SelectionInfo = Pick<GraphQLResolveInfo, "fieldNodes" | "fragments">;

/**
 * The fields the query asks for at `path` below the field being resolved, e.g. ["directors"] or
 * ["edges", "node", "aspects"]: field names, through inline fragments and fragment spreads, every
 * alias of a name. Conditional fields (@include/@skip) count as asked.
 */
export function selectedFields(info: SelectionInfo, path: string[]): FieldNode[] {
  let fields: readonly FieldNode[] = info.fieldNodes;
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
    for (const field of fields) if (field.selectionSet) visit(field.selectionSet);
    if (matches.length === 0) return [];
    fields = matches;
  }
  return [...fields];
}

/**
 * Whether the query asks for `path` below the field being resolved (see selectedFields), so the
 * answer may over-fetch, never under-fetch. Used to fetch a node's neighbours in the node's own
 * statement when, and only when, they are asked.
 */
export function selects(info: SelectionInfo, path: string[]): boolean {
  return selectedFields(info, path).length > 0;
}

/**
 * The argument values of `field` (a field of the object type `typeName`, as selectedFields found it),
 * with the request's variables and the schema's defaults applied, as its resolver will receive them;
 * undefined when the type has no such field or the values do not coerce (the field's own resolver
 * then reports the error).
 */
export function fieldArguments(
  info: Pick<GraphQLResolveInfo, "schema" | "variableValues">,
  typeName: string,
  field: FieldNode,
): Record<string, unknown> | undefined {
  const type = info.schema.getType(typeName);
  const definition = isObjectType(type) ? type.getFields()[field.name.value] : undefined;
  if (!definition) return undefined;
  try {
    return getArgumentValues(definition, field, info.variableValues);
  } catch {
    return undefined;
  }
}
