# Writes cypher/read/films-by-*.cypher and films-all-by-*.cypher (one shape, see docs/performance.md).
# Usage: python3 scripts/film-page-statements.py cypher/read   (then review the diff; the .cypher files are what runs)
import sys
FILTER = """($filter.titleKeyContains IS NULL OR f.titleKey CONTAINS $filter.titleKeyContains)
        AND ($filter.yearFrom IS NULL OR f.year >= $filter.yearFrom)
        AND ($filter.yearTo IS NULL OR f.year <= $filter.yearTo)
        AND ($filter.genreId IS NULL OR EXISTS { (f)-[:HAS_GENRE]->(:Genre {id: $filter.genreId}) })
        AND ($filter.themeId IS NULL OR EXISTS { (f)-[:EXPLORES]->(:Theme {id: $filter.themeId}) })
        AND ($filter.personId IS NULL
             OR EXISTS { (f)<-[:DIRECTED|WROTE]-(:Person {id: $filter.personId}) }
             OR EXISTS { (f)<-[:IN]-(:Role)<-[:PLAYED]-(:Person {id: $filter.personId}) })
        AND ($filter.reviewed IS NULL OR $filter.reviewed = (f.reviewCount IS NOT NULL))"""

def scan(where, order, prev, hint=""):
    flt = "" if UNFILTERED[0] else f"\n        AND {FILTER}"
    # collect() without a grouping key: an empty scan still yields one row (an empty list).
    return f"""{{
      MATCH (f:Film){hint}
      WHERE {where}{flt}
      WITH f ORDER BY {order} LIMIT $limit
      RETURN collect(f) AS found
    }}"""

def statement(key, nullable, doc, nulls_allowed="true", start=None, temporal=False):
    K = f"f.{key}"
    # A temporal key (a DateTime) travels in the cursor as its ISO 8601 text and is read back with datetime().
    AK = "datetime($after.key)" if temporal else "$after.key"
    KEY_OUT = f"toString({K})" if temporal else K
    IMPORT = ""
    # The whole key range of a page from the start, or the range the filter allows (year).
    start = start or f"{K} IS NOT NULL"
    idx = f" USING INDEX f:Film({key}, id)"
    ASC, DESC = f"{K}, f.id", f"{K} DESC, f.id DESC"
    ties_asc = scan(f"{K} = {AK} AND f.id > $after.id", ASC, "", idx)
    ties_desc = scan(f"{K} = {AK} AND f.id < $after.id", DESC, "", idx)
    if nullable:
        # Stage 1: where the page starts.
        s1 = f"""CALL ({IMPORT[2:]}) {{
    WHEN NOT $descending AND $after.key IS NULL AND NOT ({nulls_allowed}) THEN {{ RETURN [] AS found }}
    WHEN NOT $descending AND $after.key IS NULL THEN {scan(f"f.id > coalesce($after.id, '') AND {K} IS NULL", "f.id", "")}
    WHEN NOT $descending THEN {ties_asc}
    WHEN $after IS NULL THEN {scan(f"{start} AND f.id IS NOT NULL", DESC, "", idx)}
    WHEN $after.key IS NOT NULL THEN {ties_desc}
    ELSE {scan(f"f.id < $after.id AND {K} IS NULL", "f.id DESC", "")}
  }}
WITH found AS films{IMPORT}"""
        s2 = f"""CALL (films{IMPORT}) {{
    WHEN size(films) >= $limit THEN {{ RETURN [] AS found }}
    WHEN NOT $descending AND $after.key IS NULL THEN {scan(f"{start} AND f.id IS NOT NULL", ASC, "films", idx)}
    WHEN NOT $descending THEN {scan(f"{K} > {AK} AND f.id IS NOT NULL", ASC, "films", idx)}
    WHEN $after IS NULL AND NOT ({nulls_allowed}) THEN {{ RETURN [] AS found }}
    WHEN $after IS NULL THEN {scan(f"f.id IS NOT NULL AND {K} IS NULL", "f.id DESC", "films")}
    WHEN $after.key IS NOT NULL THEN {scan(f"{K} < {AK} AND f.id IS NOT NULL", DESC, "films", idx)}
    ELSE {{ RETURN [] AS found }}
  }}
WITH films + found AS more{IMPORT}"""
        s3 = f"""CALL (more{IMPORT}) {{
    WHEN size(more) >= $limit OR NOT $descending OR $after IS NULL OR $after.key IS NULL OR NOT ({nulls_allowed}) THEN {{ RETURN [] AS found }}
    ELSE {scan(f"f.id IS NOT NULL AND {K} IS NULL", "f.id DESC", "more")}
  }}
WITH more + found AS page"""
        stages = f"{s1}\n{s2}\n{s3}"
        nulls = ("\n// Films without the key sort lowest: first ascending, last descending, by id (scans of the\n"
                 "// id index that skip the films with the key: cheap while most films lack it).")
    else:
        s1 = f"""CALL () {{
    WHEN $after IS NULL AND NOT $descending THEN {scan(f"{K} IS NOT NULL AND f.id IS NOT NULL", ASC, "", idx)}
    WHEN $after IS NULL THEN {scan(f"{K} IS NOT NULL AND f.id IS NOT NULL", DESC, "", idx)}
    WHEN NOT $descending THEN {ties_asc}
    ELSE {ties_desc}
  }}
WITH found AS films{IMPORT}"""
        s2 = f"""CALL (films{IMPORT}) {{
    WHEN size(films) >= $limit OR $after IS NULL THEN {{ RETURN [] AS found }}
    WHEN NOT $descending THEN {scan(f"{K} > {AK} AND f.id IS NOT NULL", ASC, "films", idx)}
    ELSE {scan(f"{K} < {AK} AND f.id IS NOT NULL", DESC, "films", idx)}
  }}
WITH films + found AS page"""
        stages = f"{s1}\n{s2}"
        nulls = ""
    PRE = ""
    return f"""// One page of films matching $filter by {doc}, keyset-paginated on ({key}, id).
// The shape of every cypher/read/films-by-*.cypher (docs/performance.md): the page is read in
// stages (the rows tied with the cursor's key, then the rows after it), each an ordered scan of
// the composite index on (Film.{key}, Film.id) with a limit, and a stage runs only while the page
// is not full (conditional CALL of Cypher 25): the cost is the page, not the catalog.{nulls}
// $filter: {{titleKeyContains, yearFrom, yearTo, genreId, themeId, personId, reviewed}} (null = no condition)
// $descending: boolean; $after: {{key, id}} of the last row of the previous page, or null; $limit: page size + 1
// :param filter => {{titleKeyContains: null, yearFrom: null, yearTo: null, genreId: null, themeId: null, personId: null, reviewed: null}}
// :param descending => false; :param after => null; :param limit => 21
CYPHER 25
{PRE}{stages}
RETURN [f IN page[..$limit] | {{key: {KEY_OUT}, node: f {{.id, .title, .year, .runtimeMinutes, .releaseDate, .rottenTomatoesRating, .imdbRating, .imdbVotes, .scoresSource, .imdbId, .wikidataId}}}}] AS nodes
"""

out = sys.argv[1]
UNFILTERED = [False]
for name, key, nullable, doc in [
  ("title", "titleKey", False, "title key"),
  ("year", "year", True, "year"),
  ("review-count", "reviewCount", True, "number of reviews (maintained Film.reviewCount)"),
  ("positive-share", "positiveShare", True, "share of positive reviews (maintained Film.positiveShare)"),
  ("latest-review", "latestReviewAt", True, "newest review (maintained Film.latestReviewAt)"),
]:
  unreviewed = "$filter.reviewed IS NULL OR NOT $filter.reviewed"
  if key == "year":
    extra = ("$filter.yearFrom IS NULL AND $filter.yearTo IS NULL",
             "f.year >= coalesce($filter.yearFrom, -1000000) AND f.year <= coalesce($filter.yearTo, 1000000)")
  elif nullable:
    extra = (unreviewed, None)
  else:
    extra = ("true", None)
  UNFILTERED[0] = False
  open(f"{out}/films-by-{name}.cypher", "w").write(statement(key, nullable, doc, *extra, temporal=(key == "latestReviewAt")))
  UNFILTERED[0] = True
  text = statement(key, nullable, doc, "true", None, temporal=(key == "latestReviewAt"))
  text = text.replace("// One page of films matching $filter by", "// One page of all films (no filter: a small plan; films-by-" + name + ".cypher filters) by")
  text = "\n".join(l for l in text.split("\n") if not l.startswith("// $filter:") and not l.startswith("// :param filter"))
  text = text.replace("// $descending:", "// $filter is not read. $descending:")
  open(f"{out}/films-all-by-{name}.cypher", "w").write(text)
