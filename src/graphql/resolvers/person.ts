import type { PerformanceQuoteResolvers, PerformanceReceptionResolvers, PersonResolvers, QueryResolvers } from "../../generated/graphql";
import { personId, toGlobalId } from "../../graph/ids";
import { badUserInput } from "../errors";
import { outsideIdParams, personFilterParams } from "../filters";
import type { PersonModel } from "../models";
import { pageSize } from "../pagination";
import { primePersonRoles } from "../prime";
import { type RoleRow, rolesOfRows } from "../role-rows";
import { roleFilmDetails } from "../role-film-fields";
import { selects } from "../selection";
import { countOf, sortedPage } from "../sorted-list";
import { reviewById } from "./review";
import { PERSON_FIELDS } from "../whole-links";

export const personQueries: Pick<QueryResolvers, "person" | "people"> = {
  async person(_root, { name, imdbId, wikidataId }, { db, loaders }, info) {
    const outside = outsideIdParams({ imdbId, wikidataId });
    if (outside) {
      const [row] = await db.read("personByOutsideId", outside);
      return (row?.node as PersonModel | undefined) ?? null;
    }
    if (name == null) throw badUserInput("person needs a name, an imdbId or a wikidataId");
    if (!name.trim()) return null;
    // The roles, when asked, come in the person's own statement (one round trip).
    const filmDetails = roleFilmDetails(info);
    const [row] = await db.read("personByName", { id: personId(name), include: { roles: selects(info, ["roles"]), roleFilmDetails: filmDetails } });
    const person = (row?.node as PersonModel | undefined) ?? null;
    if (person && row?.roles) primePersonRoles(loaders, person.id, rolesOfRows(person.id, row.roles as RoleRow[]), filmDetails);
    return person;
  },

  people(_root, { first, after, filter, sort }, { db }) {
    const params = personFilterParams(filter);
    const field = sort?.field ?? "NAME";
    // By name: an ordered scan of the id index (the name key) with the count only when asked;
    // the other sorts compute their key for every row (people-list.cypher).
    const byName = field === "NAME";
    return sortedPage<PersonModel>(db, {
      required: PERSON_FIELDS,
      statement: byName ? "peopleByName" : "peopleList",
      filter: params,
      field,
      direction: sort?.direction ?? "ASC",
      first,
      after,
      defaultSize: 20,
      ...(byName ? { count: countOf(params, "personCount", "peopleCount") } : {}),
    });
  },
};

export const Person: PersonResolvers = {
  id: (person) => toGlobalId("Person", person.id),
  imdbId: async (person, _args, { loaders }) =>
    person.imdbId !== undefined ? person.imdbId : ((await loaders.person.load(person.id))?.imdbId ?? null),
  wikidataId: async (person, _args, { loaders }) =>
    person.wikidataId !== undefined ? person.wikidataId : ((await loaders.person.load(person.id))?.wikidataId ?? null),
  roles: (person, _args, { loaders }, info) => loaders.rolesByPerson.load({ id: person.id, filmDetails: roleFilmDetails(info) }),
  directed: (person, _args, { loaders }) => loaders.filmsDirectedByPerson.load(person.id),
  wrote: (person, _args, { loaders }) => loaders.filmsWrittenByPerson.load(person.id),
  credits: (person, _args, { loaders }) => loaders.creditsByPerson.load(person.id),
  reception: (person, _args, { loaders }) => loaders.receptionByPerson.load(person.id),
};

export const PerformanceReception: PerformanceReceptionResolvers = {
  quotes: (reception, { first }) => reception.quotes.slice(0, pageSize(first, 5)),
};

export const PerformanceQuote: PerformanceQuoteResolvers = {
  review: (quote, _args, context) => reviewById(quote.reviewId, context),
};
