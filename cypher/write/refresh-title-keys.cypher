// Migration 009: a film's titleKey (what film(title:) and the title sort compare) with the new folding.
// $films: [{id, titleKey}]
UNWIND $films AS film
MATCH (f:Film {id: film.id})
SET f.titleKey = film.titleKey
RETURN count(*) AS refreshed
