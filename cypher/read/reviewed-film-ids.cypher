// The ids of reviewed films, in id order, a page at a time (the back-fill of migration 011).
// $after: the last id of the previous page ('' for the first); $limit: page size
// :param after => ''; :param limit => 500
MATCH (f:Film)
WHERE f.id > $after AND EXISTS { (f)<-[:REVIEWS]-(:Review) }
RETURN f.id AS id
ORDER BY f.id
LIMIT $limit
