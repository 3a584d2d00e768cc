import type { RoleResolvers } from "../../generated/graphql";
import { toGlobalId } from "../../graph/ids";
import type { GraphQLContext } from "../context";
import type { RoleModel } from "../models";

/** The role with its filmId and personId: as given, or loaded by id when its statement left them out. */
async function withLinks(role: RoleModel, { loaders }: GraphQLContext): Promise<RoleModel> {
  if (role.filmId !== undefined && role.personId !== undefined) return role;
  return (await loaders.role.load(role.id)) ?? role;
}

export const Role: RoleResolvers = {
  id: (role) => toGlobalId("Role", role.id),
  async person(role, _args, context) {
    const { personId } = await withLinks(role, context);
    return personId ? context.loaders.person.load(personId) : null;
  },
  async film(role, _args, context) {
    // A person's roles come with their films, as the operation asks for them (no load per role).
    if (role.film) return role.film;
    const { filmId } = await withLinks(role, context);
    const film = filmId === undefined ? null : await context.loaders.film.load(filmId);
    if (!film) throw new Error(`Role ${role.id} has no film ${filmId}`);
    return film;
  },
};
