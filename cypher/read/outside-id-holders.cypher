// Which films and people already hold the given outside ids (IMDb, Wikidata), to refuse a second holder.
// $films: [{id, imdbId, wikidataId}]; $people: [{id, imdbId, wikidataId}] (null ids match nothing)
// :param films => [{id: 'past-lives-2023', imdbId: 'tt13238346', wikidataId: null}]; :param people => []
CALL () {
  UNWIND $films AS wanted
  MATCH (f:Film)
  WHERE (f.imdbId = wanted.imdbId OR f.wikidataId = wanted.wikidataId) AND f.id <> wanted.id
  RETURN 'Film' AS type, wanted.id AS wantedBy, f.id AS heldBy, f.imdbId AS imdbId, f.wikidataId AS wikidataId
  UNION
  UNWIND $people AS wanted
  MATCH (p:Person)
  WHERE (p.imdbId = wanted.imdbId OR p.wikidataId = wanted.wikidataId) AND p.id <> wanted.id
  RETURN 'Person' AS type, wanted.id AS wantedBy, p.id AS heldBy, p.imdbId AS imdbId, p.wikidataId AS wikidataId
}
RETURN type, wantedBy, heldBy, imdbId, wikidataId
