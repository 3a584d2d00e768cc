// Migration 009: reviews whose keys now meet are the same text of the same film stored twice (NFC
// and NFD before text was normalized): the later copy and the links derived from it are deleted,
// so the review counts once. $ids: keys of the copies to delete.
UNWIND $ids AS id
MATCH (r:Review {id: id})
DETACH DELETE r
RETURN count(*) AS deleted
