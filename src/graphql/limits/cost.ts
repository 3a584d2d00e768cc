import type { ApolloServerPlugin } from "@apollo/server";
import {
  getNullableType,
  GraphQLError,
  isListType,
  type GraphQLCompositeType,
  type GraphQLField,
  type DocumentNode,
  type GraphQLSchema,
} from "graphql";
import { getComplexity, type ComplexityEstimator } from "graphql-query-complexity";
import type { OperationLimits } from "../../config";
import { MAX_PAGE_SIZE } from "../pagination";
import { OperationLimitError } from "./operation-limit-error";

/**
 * How many items a field's answer is assumed to hold, for the cost model:
 * - a field with a `first` argument: `first` (its default when absent; the maximum page size when
 *   `first` is null or out of range, which the resolver refuses anyway);
 * - `edges` of a Relay connection (`...Connection` types): 1, the connection's `first` counts already;
 * - any other list (`cast`, `themes`, `roles` ...): `assumedListSize`;
 * - anything else: 1.
 */
export function listSize(
  field: GraphQLField<unknown, unknown>,
  parentType: GraphQLCompositeType,
  args: Record<string, unknown>,
  assumedListSize: number,
): number {
  if (field.args.some((arg) => arg.name === "first")) {
    const first = args.first;
    return typeof first === "number" && Number.isInteger(first) && first >= 0 && first <= MAX_PAGE_SIZE ? first : MAX_PAGE_SIZE;
  }
  if (isListType(getNullableType(field.type))) return parentType.name.endsWith("Connection") ? 1 : assumedListSize;
  return 1;
}

/**
 * The cost estimator: every field costs 1, and a field's selection costs as many times over as its
 * list holds items (listSize), so nested lists multiply: `films(first: 100) { edges { node { cast {
 * name } } } }` costs 1 + 100 × (1 + (1 + (1 + 20 × 1))) = 2,301 with the default list size of 20.
 * Introspection (`__schema`, `__type`, `__typename`) costs nothing: graphql-js answers it from memory
 * and its MaxIntrospectionDepthRule bounds introspection cycles.
 */
export function costEstimator(assumedListSize: number): ComplexityEstimator {
  return ({ field, type, args, childComplexity }) => {
    if (field.name.startsWith("__")) return 0;
    return 1 + listSize(field, type, args, assumedListSize) * childComplexity;
  };
}

/**
 * The estimated cost of the operation `operationName` of `document` with `variables`, or undefined
 * when the variables do not fit the operation (execution then refuses them with BAD_USER_INPUT).
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | undefined,
  variables: Record<string, unknown> | undefined,
  assumedListSize: number,
): number | undefined {
  try {
    return getComplexity({
      schema,
      query: document,
      operationName,
      variables,
      estimators: [costEstimator(assumedListSize)],
      // The walk itself is bounded: a document whose fragments expand past this many selections
      // is too costly whatever its lists.
      maxQueryNodes: 20_000,
    });
  } catch (error) {
    if (error instanceof GraphQLError && /maximum allowed number of nodes/.test(error.message)) return Infinity;
    if (error instanceof GraphQLError) return undefined;
    throw error;
  }
}

/**
 * Refuses, before any resolver runs, an operation whose estimated cost (costEstimator) is above
 * `limits.cost`: OPERATION_TOO_COSTLY, HTTP 400, with the limit and the estimate in the message.
 */
export function costLimitPlugin(limits: Pick<OperationLimits, "cost" | "assumedListSize">): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, request, operationName }) {
          const cost = operationCost(schema, document, operationName ?? request.operationName ?? undefined, request.variables, limits.assumedListSize);
          if (cost !== undefined && cost > limits.cost) {
            const found = Number.isFinite(cost) ? String(cost) : "more than the node limit";
            throw new OperationLimitError(
              "OPERATION_TOO_COSTLY",
              `Operation cost limit of ${limits.cost} exceeded, estimated ${found}: ask for fewer items (first) or less nesting.`,
            );
          }
        },
      };
    },
  };
}
