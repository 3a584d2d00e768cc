/** The one Neo4j release the project runs: the embedded server, docker-compose and CI use it. */
export const NEO4J_VERSION = "2026.08.1";
