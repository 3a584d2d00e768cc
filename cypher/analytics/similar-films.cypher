// Films similar to one film, with the paths that explain why: themes both explore (weighted by
// how strongly), a shared director, a shared genre. In Neo4j Browser the `paths` column draws
// the explanation; from the CLI it prints as text.
// Parameters (paste these lines into Neo4j Browser first):
// :param title => 'Sound of Metal'
// :param limit => 10
MATCH (f:Film)
WHERE toLower(f.title) = toLower($title)
MATCH p = (f)-[a:EXPLORES|HAS_GENRE|DIRECTED]-(via)-[b:EXPLORES|HAS_GENRE|DIRECTED]-(other:Film)
WHERE other <> f AND type(a) = type(b)
WITH f, other, p,
     CASE type(a)
       WHEN 'EXPLORES' THEN coalesce(a.weight, 1.0) * coalesce(b.weight, 1.0)
       WHEN 'DIRECTED' THEN 1.0
       ELSE 0.5
     END AS strength
WITH f, other, sum(strength) AS score, collect(p) AS paths
RETURN f.title AS film, other.title AS similarFilm, other.year AS year, round(score, 3) AS score, paths
ORDER BY score DESC, similarFilm, year
LIMIT toInteger($limit)
