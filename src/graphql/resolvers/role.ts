import type { RoleResolvers } from "../../generated/graphql";
import { toGlobalId } from "../../graph/ids";
import type { GraphQLContext } from "../context";
import type { RoleModel } from "../models";

/** The role's filmId or personId: as given, or loaded by id when its statement left it out. */
async function linkOf(role: RoleModel, link: "filmId" | "personId", { loaders }: GraphQLContext): Promise<RoleModel[typeof link]> {
  if (role[link] !== undefined) return role[link];
  return (await loaders.role.load(role.id))?.[link];
}

export const Role: RoleResolvers = {
  id: (role) => toGlobalId("Role", role.id),
  async person(role, _args, context) {
    const personId = await linkOf(role, "personId", context);
    return personId ? context.loaders.person.load(personId) : null;
  },
  async film(role, _args, context) {
    // A person's roles come with their films, as the operation asks for them (no load per role).
    if (role.film) return role.film;
    const filmId = await linkOf(role, "filmId", context);
    const film = filmId === undefined || filmId === null ? null : await context.loaders.film.load(filmId);
    if (!film) throw new Error(`Role ${role.id} has no film ${filmId}`);
    return film;
  },
};
