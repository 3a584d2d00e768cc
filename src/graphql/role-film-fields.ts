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
 * The Film properties a role's film is fetched with only when the query asks for them (the
 * `include.roleFilm` flags of the `<person-roles>` block: person-by-name.cypher,
 * roles-by-person.cypher, film-by-title.cypher). A role's film always has `id`, `title` and `year`
 * (the roles are ordered by the film's year and title, so both are read anyway); each of these
 * is read only when its flag is set, and null otherwise. Each is a Film field of the same name.
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

export type RoleFilmProperty = (typeof ROLE_FILM_OPTIONAL_PROPERTIES)[number];

/** For each optional property of a role's film, whether the statement reads it. */
export type RoleFilmFields = Record<RoleFilmProperty, boolean>;

type OperationInfo = Pick<GraphQLResolveInfo, "operation" | "fragments" | "schema">;

const byOperation = new WeakMap<OperationDefinitionNode, RoleFilmFields>();

/**
 * The optional properties a role's film needs in this operation: every Film field asked directly
 * below any `Role.film` anywhere in the operation (through aliases, inline fragments and fragment
 * spreads; @include/@skip count as asked). Taken over the whole operation, so every statement of
 * the request that fetches roles with their films fetches the films alike, and a person's roles
 * cached by one statement serve every `Person.roles` of the request. May over-fetch (a Role.film
 * that is not below Person.roles), never under-fetch. Memoized per operation document node.
 */
export function roleFilmFields(info: OperationInfo): RoleFilmFields {
  const known = byOperation.get(info.operation);
  if (known) return known;
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
  const fields = Object.fromEntries(ROLE_FILM_OPTIONAL_PROPERTIES.map((p) => [p, asked.has(p)])) as RoleFilmFields;
  byOperation.set(info.operation, fields);
  return fields;
}

type Composite = GraphQLObjectType | GraphQLInterfaceType;

const composite = (type: unknown): Composite | null => (isObjectType(type) || isInterfaceType(type) ? type : null);

/** The type a fragment's selections apply to: its type condition's, or the enclosing one's. */
function fragmentParent(schema: GraphQLSchema, typeCondition: string | undefined, parent: Composite | null): Composite | null {
  return typeCondition ? composite(schema.getType(typeCondition)) : parent;
}

/** The flags of several requests together: a property is read when any of them asks for it. */
export function unionOfRoleFilmFields(all: RoleFilmFields[]): RoleFilmFields {
  return Object.fromEntries(ROLE_FILM_OPTIONAL_PROPERTIES.map((p) => [p, all.some((f) => f[p])])) as RoleFilmFields;
}
