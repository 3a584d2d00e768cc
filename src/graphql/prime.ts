import type { Row } from "../db/database";
import type { AspectJudgementRow, Loaders } from "./loaders";
import { ASPECT_FIELDS, THEME_LINK_FIELDS, wholeLinks } from "./whole-links";
import type { FilmModel, GenreModel, MentionModel, PersonModel, ReviewModel, RoleModel, ThemeDiscussionModel, ThemeModel } from "./models";

// What a statement fetched along with its nodes goes into the request's loaders, so that the
// fields resolved below it read from memory instead of running their own statement.

/** A film and the neighbour lists film-by-title.cypher returned (null = not asked). */
export function primeFilmNeighbours(loaders: Loaders, film: FilmModel, row: Row): void {
  loaders.film.prime(film.id, film);
  const list = <T>(value: unknown) => value as T[] | null | undefined;
  const directors = list<PersonModel>(row.directors);
  const writers = list<PersonModel>(row.writers);
  const cast = list<RoleModel & { person: PersonModel | null }>(row.cast);
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
    const roles = cast.map(({ person, ...role }) => {
      if (person) loaders.person.prime(person.id, person);
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
