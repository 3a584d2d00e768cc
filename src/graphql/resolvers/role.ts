import type { RoleResolvers } from "../../generated/graphql";
import { toGlobalId } from "../../graph/ids";

export const Role: RoleResolvers = {
  id: (role) => toGlobalId("Role", role.id),
  person: (role, _args, { loaders }) => (role.personId ? loaders.person.load(role.personId) : null),
  async film(role, _args, { loaders }) {
    const film = await loaders.film.load(role.filmId);
    if (!film) throw new Error(`Role ${role.id} has no film ${role.filmId}`);
    return film;
  },
};
