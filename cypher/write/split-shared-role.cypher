// Migration 009: a role that several people play (one Role per character name, as releases before
// 009 keyed it) becomes one role per credit. For each extra player: a new Role of the same film,
// name and billing, and the player's PLAYED link moves to it. Mentions stay on the original role.
// $splits: [{roleId, personId, newRoleId}] (keys before the re-key)
UNWIND $splits AS split
MATCH (p:Person {id: split.personId})-[played:PLAYED]->(r:Role {id: split.roleId})
MATCH (r)-[:IN]->(f:Film)
MERGE (copy:Role {id: split.newRoleId})
SET copy.name = r.name, copy.billing = r.billing
MERGE (copy)-[:IN]->(f)
MERGE (p)-[:PLAYED]->(copy)
DELETE played
RETURN count(*) AS split
