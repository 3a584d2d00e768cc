import type { PersonResolvers, QueryResolvers } from "../../generated/graphql";
import { personId, toGlobalId } from "../../graph/ids";
import type { PersonModel } from "../models";

export const personQueries: Pick<QueryResolvers, "person"> = {
  async person(_root, { name }, { db }) {
    if (!name.trim()) return null;
    const [row] = await db.read("personByName", { id: personId(name) });
    return (row?.node as PersonModel | undefined) ?? null;
  },
};

export const Person: PersonResolvers = {
  id: (person) => toGlobalId("Person", person.id),
  roles: (person, _args, { loaders }) => loaders.rolesByPerson.load(person.id),
  directed: (person, _args, { loaders }) => loaders.filmsDirectedByPerson.load(person.id),
  wrote: (person, _args, { loaders }) => loaders.filmsWrittenByPerson.load(person.id),
};
