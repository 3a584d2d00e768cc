import type { Row } from "../db/database";
import { consensusInputOf, type ConsensusRow } from "./consensus";
import type { FilmStatementPlan } from "./film-include";
import { newestFilmFirst } from "./newest-film-first";
import { type RoleRow, rolesOfRows } from "./role-rows";
import { type AspectJudgementRow, type Loaders, type ReviewRow, type SimilarFilmModel, toReviewPage } from "./loaders";
import { ASPECT_FIELDS, THEME_LINK_FIELDS, wholeLinks } from "./whole-links";
import type { FilmModel, GenreModel, MentionModel, PersonModel, ReviewModel, RoleModel, ThemeDiscussionModel, ThemeModel } from "./models";

// What a statement fetched along with its nodes goes into the request's loaders, so that the
// fields resolved below it read from memory instead of running their own statement.

/** A role as the `<person-roles>` block returns it (see RoleModel.film). */
export type RoleWithFilm = RoleModel & { film: FilmModel };

/**
 * A film and what film-by-title.cypher returned with it (null = not asked): its neighbour lists,
 * its cast members' roles, its first page of reviews, its consensus and its similar films, each
 * stored under the key its field resolver will load (`plan` says which page and how many).
 */
export function primeFilmNeighbours(
  loaders: Loaders,
  film: FilmModel,
  row: Row,
  plan?: Pick<FilmStatementPlan, "reviewPage" | "similarLimit" | "consensusQuotes"> & { params: { include: { roleFilmDetails: boolean } } },
): void {
  loaders.film.prime(film.id, film);
  const list = <T>(value: unknown) => value as T[] | null | undefined;
  const directors = list<PersonModel>(row.directors);
  const writers = list<PersonModel>(row.writers);
  const cast = list<RoleModel & { person: (PersonModel & { roles?: RoleRow[] | null }) | null }>(row.cast);
  const themes = list<ThemeModel>(row.themes);
  const genres = list<GenreModel>(row.genres);
  if (directors) {
    primePeople(loaders, directors);
    loaders.directorsByFilm.prime(film.id, directors);
  }
  if (writers) {
    primePeople(loaders, writers);
    loaders.writersByFilm.prime(film.id, writers);
  }
  if (cast) {
    const roles = cast.map(({ person: member, ...role }) => {
      if (member) {
        const { roles: theirRoles, ...person } = member;
        loaders.person.prime(person.id, person);
        if (theirRoles && plan) primePersonRoles(loaders, person.id, rolesOfRows(person.id, theirRoles), plan.params.include.roleFilmDetails);
      }
      loaders.role.prime(role.id, role);
      return role;
    });
    loaders.castByFilm.prime(film.id, roles);
  }
  if (themes) {
    for (const theme of themes) loaders.theme.prime(theme.id, theme);
    loaders.themesByFilm.prime(film.id, themes);
  }
  if (genres) loaders.genresByFilm.prime(film.id, genres);
  const reviews = row.reviews as { totalCount: number; nodes: ReviewRow[] } | null | undefined;
  if (reviews && plan?.reviewPage) loaders.reviewsByFilm.prime({ filmId: film.id, ...plan.reviewPage }, toReviewPage(reviews.totalCount, reviews.nodes));
  if (row.consensus && plan) loaders.consensusByFilm.prime({ id: film.id, quotes: plan.consensusQuotes }, consensusInputOf(row.consensus as ConsensusRow));
  const similar = list<SimilarFilmModel>(row.similar);
  if (similar && plan?.similarLimit != null) loaders.similarFilms.prime({ id: film.id, limit: plan.similarLimit }, similar);
}

/**
 * A person's roles as person-by-name.cypher (or a film's cast with castRoles) returned them
 * (rolesOfRows), each with its film (kept on the role for Role.film: see RoleModel.film), read with every property or
 * not (`filmDetails`), newest film first.
 */
export function primePersonRoles(loaders: Loaders, personId: string, roles: RoleWithFilm[], filmDetails: boolean): void {
  loaders.rolesByPerson.prime({ id: personId, filmDetails }, newestFilmFirst(roles));
}

/** The first `limit` films exploring a theme, as films-by-theme.cypher (or theme-by-name.cypher) returned them. */
export function primeThemeFilms(loaders: Loaders, themeId: string, limit: number, films: FilmModel[]): void {
  loaders.filmsByTheme.prime({ id: themeId, limit }, films);
}

function primePeople(loaders: Loaders, people: PersonModel[]): void {
  for (const person of people) loaders.person.prime(person.id, person);
}

/** The links of each review that reviews-by-film.cypher returned with it (null = not asked). */
export interface ReviewLinks {
  themeLinks?: ThemeDiscussionModel[] | null;
  aspects?: AspectJudgementRow[] | null;
  mentions?: MentionModel[] | null;
}

export function primeReviews(loaders: Loaders, reviews: (ReviewModel & ReviewLinks)[]): ReviewModel[] {
  return reviews.map(({ themeLinks, aspects, mentions, ...review }) => {
    loaders.review.prime(review.id, review);
    if (themeLinks) loaders.themeLinksByReview.prime(review.id, wholeLinks(themeLinks, THEME_LINK_FIELDS));
    if (aspects) loaders.aspectsByReview.prime(review.id, wholeLinks(aspects, ASPECT_FIELDS));
    if (mentions) loaders.mentionsByReview.prime(review.id, mentions);
    return review;
  });
}
