import type { ApolloServerPlugin } from "@apollo/server";
import type { GraphQLContext } from "../context";
import { ANONYMOUS_OPERATION, type Metrics } from "./metrics";
import { recordOfContext } from "./request-record";

/**
 * Counts each GraphQL request (by operation name and HTTP status), times it, counts its Cypher
 * statements and the codes of the errors it answers with (after src/graphql/errors.ts mapped them).
 */
export function metricsPlugin(metrics: Metrics): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      const stopTimer = metrics.duration.startTimer();
      let operation = ANONYMOUS_OPERATION;
      return {
        async didResolveOperation({ operationName, contextValue }) {
          operation = operationName ?? ANONYMOUS_OPERATION;
          const record = recordOfContext(contextValue);
          if (record) record.operation = operation;
        },
        async willSendResponse({ response, contextValue }) {
          stopTimer({ operation });
          metrics.requests.inc({ operation, status: String(response.http.status ?? 200) });
          metrics.statements.inc({ operation }, contextValue.statements.count);
          const errors = response.body.kind === "single" ? (response.body.singleResult.errors ?? []) : [];
          for (const error of errors) {
            const code = error.extensions?.code;
            metrics.errors.inc({ code: typeof code === "string" ? code : "UNKNOWN" });
          }
        },
      };
    },
  };
}
