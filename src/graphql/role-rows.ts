import type { FilmModel } from "./models";
import type { RoleWithFilm } from "./prime";

/**
 * A role as the `<person-roles>` block of person-by-name.cypher, roles-by-person.cypher and
 * film-by-title.cypher returns it: `[role id, role name, film id, film title, film year, film]`,
 * the last the film with every property when the query asked one of its other fields
 * (`$include.roleFilmDetails`, role-film-fields.ts), else null. A list rather than a map because
 * neo4j-driver decodes a map's keys in every map: for a person's thousand roles, the keys cost
 * the service as much CPU as the values (docs/performance.md, "Per-object cost").
 */
export type RoleRow = [id: string, name: string, filmId: string, title: string, year: number | null, film: FilmModel | null];

/**
 * The roles of the person `personId` from their rows (RoleRow), as RoleModel objects with their
 * film (`{id, title, year}`, or every property when the row carries the whole film), in the rows'
 * order.
 */
export function rolesOfRows(personId: string, rows: readonly RoleRow[]): RoleWithFilm[] {
  return rows.map(([id, name, filmId, title, year, film]) => ({ id, name, personId, film: film ?? { id: filmId, title, year } }));
}
