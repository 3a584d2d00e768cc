import {
  getNamedType,
  type GraphQLInterfaceType,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  isInterfaceType,
  isObjectType,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from "graphql";

/**
 * The Film properties a role's film is fetched with only when the query asks for one of them (the
 * `$include.roleFilmDetails` flag of the `<person-roles>` block: person-by-name.cypher,
 * roles-by-person.cypher, film-by-title.cypher): without, a role's film has `id`, `title` and
 * `year` (year and title order the roles), with, every property. Each is a Film field of the same
 * name. (Two static map projections: Neo4j reads a static projection's properties in one go, while
 * a projection with a condition per property reads each on its own and costs more db hits.)
 */
export const ROLE_FILM_OPTIONAL_PROPERTIES = [
  "runtimeMinutes",
  "releaseDate",
  "rottenTomatoesRating",
  "imdbRating",
  "imdbVotes",
  "scoresSource",
  "imdbId",
  "wikidataId",
] as const;

type OperationInfo = Pick<GraphQLResolveInfo, "operation" | "fragments" | "schema">;

const byOperation = new WeakMap<OperationDefinitionNode, boolean>();

/**
 * Whether a role's film needs its optional properties in this operation: whether one of them is a
 * Film field asked directly
 * below any `Role.film` anywhere in the operation (through aliases, inline fragments and fragment
 * spreads; @include/@skip count as asked). Taken over the whole operation, so every statement of
 * the request that fetches roles with their films fetches the films alike, and a person's roles
 * cached by one statement serve every `Person.roles` of the request. May over-fetch (a Role.film
 * that is not below Person.roles), never under-fetch. Memoized per operation document node.
 */
export function roleFilmDetails(info: OperationInfo): boolean {
  const known = byOperation.get(info.operation);
  if (known !== undefined) return known;
  const asked = new Set<string>();
  const visited = new Set<string>();
  // `parent`: the type the selections are made on (null: a union, whose members the fragments name).
  const walk = (set: SelectionSetNode, parent: Composite | null, underRoleFilm: boolean): void => {
    for (const selection of set.selections) {
      if (selection.kind === "Field") {
        if (underRoleFilm) asked.add(selection.name.value);
        if (!selection.selectionSet || !parent) continue;
        const field = parent.getFields()[selection.name.value];
        const type = field ? getNamedType(field.type) : undefined;
        const isRoleFilm = parent.name === "Role" && selection.name.value === "film";
        walk(selection.selectionSet, composite(type), isRoleFilm);
      } else if (selection.kind === "InlineFragment") {
        walk(selection.selectionSet, fragmentParent(info.schema, selection.typeCondition?.name.value, parent), underRoleFilm);
      } else {
        const fragment = info.fragments[selection.name.value];
        if (!fragment) continue;
        // A fragment spread twice at the same place adds nothing new.
        const key = `${selection.name.value}:${parent?.name ?? ""}:${underRoleFilm}`;
        if (visited.has(key)) continue;
        visited.add(key);
        walk(fragment.selectionSet, fragmentParent(info.schema, fragment.typeCondition.name.value, parent), underRoleFilm);
      }
    }
  };
  const root = info.operation.operation === "query" ? info.schema.getQueryType() : info.operation.operation === "mutation" ? info.schema.getMutationType() : null;
  walk(info.operation.selectionSet, root ?? null, false);
  const details = ROLE_FILM_OPTIONAL_PROPERTIES.some((p) => asked.has(p));
  byOperation.set(info.operation, details);
  return details;
}

type Composite = GraphQLObjectType | GraphQLInterfaceType;

const composite = (type: unknown): Composite | null => (isObjectType(type) || isInterfaceType(type) ? type : null);

/** The type a fragment's selections apply to: its type condition's, or the enclosing one's. */
function fragmentParent(schema: GraphQLSchema, typeCondition: string | undefined, parent: Composite | null): Composite | null {
  return typeCondition ? composite(schema.getType(typeCondition)) : parent;
}
