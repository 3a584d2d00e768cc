// Whether the database holds anything besides the record of applied migrations: the bulk IMDb
// import (neo4j-admin database import) loads only into a database that holds nothing else.
// Stops at the first such node.
RETURN EXISTS { MATCH (n) WHERE NOT n:Migration } AS hasData
