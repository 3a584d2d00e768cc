// Links themes to their broader themes. $links: [{id, broaderId}]
UNWIND $links AS link
MATCH (narrower:Theme {id: link.id})
MATCH (broader:Theme {id: link.broaderId})
MERGE (narrower)-[:BROADER]->(broader)
RETURN count(*) AS links
