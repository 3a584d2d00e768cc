import type { ApolloServerPlugin } from "@apollo/server";
import {
  getNullableType,
  GraphQLError,
  isListType,
  Kind,
  visit,
  type GraphQLCompositeType,
  type ArgumentNode,
  type GraphQLField,
  type DocumentNode,
  type GraphQLSchema,
} from "graphql";
import { getComplexity, type ComplexityEstimator } from "graphql-query-complexity";
import type { OperationLimits } from "../../config";
import { MAX_PAGE_SIZE } from "../pagination";
import { OperationLimitError } from "./operation-limit-error";

/** The argument whose value the cost model reads (listSize): a variable given to it changes the cost. */
const COST_ARGUMENT = "first";

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
  if (field.args.some((arg) => arg.name === COST_ARGUMENT)) {
    const first = args[COST_ARGUMENT];
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

/** Directives whose `if` decides whether a selection is walked at all. */
const CONDITIONAL_DIRECTIVES = new Set(["include", "skip"]);

/**
 * The names of the variables an operation's cost depends on: those given to a `first` argument
 * (listSize) or to the `if` of `@include`/`@skip`, anywhere in the document. The estimate of a
 * document is the same for any two requests that agree on these variables' values.
 */
export function costVariables(document: DocumentNode): string[] {
  const names = new Set<string>();
  const add = (argument: ArgumentNode) => {
    if (argument.value.kind === Kind.VARIABLE) names.add(argument.value.name.value);
  };
  visit(document, {
    Field(field) {
      field.arguments?.filter((argument) => argument.name.value === COST_ARGUMENT).forEach(add);
    },
    Directive(directive) {
      if (CONDITIONAL_DIRECTIVES.has(directive.name.value)) directive.arguments?.filter((argument) => argument.name.value === "if").forEach(add);
    },
  });
  return [...names];
}

/**
 * operationCost, remembered per document (Apollo hands the same parsed document for the same query
 * text), operation name and values of the cost's variables (costVariables): a page asked again with
 * another title or search text costs no second walk. Only estimates are remembered; an operation
 * whose variables do not fit is walked again each time (it is refused by execution anyway).
 */
export function cachedOperationCost(assumedListSize: number, maxOperationsPerDocument = 64) {
  const byDocument = new WeakMap<DocumentNode, { variables: string[]; costs: Map<string, number> }>();
  return (schema: GraphQLSchema, document: DocumentNode, operationName: string | undefined, variables: Record<string, unknown> | undefined) => {
    let entry = byDocument.get(document);
    if (!entry) {
      entry = { variables: costVariables(document), costs: new Map() };
      byDocument.set(document, entry);
    }
    const key = JSON.stringify([operationName ?? null, ...entry.variables.map((name) => variables?.[name] ?? null)]);
    const known = entry.costs.get(key);
    if (known !== undefined) return known;
    const cost = operationCost(schema, document, operationName, variables, assumedListSize);
    if (cost !== undefined) {
      // Bounded: a client cycling through values of `first` cannot grow it without end.
      if (entry.costs.size >= maxOperationsPerDocument) entry.costs.clear();
      entry.costs.set(key, cost);
    }
    return cost;
  };
}

/**
 * Refuses, before any resolver runs, an operation whose estimated cost (costEstimator) is above
 * `limits.cost`: OPERATION_TOO_COSTLY, HTTP 400, with the limit and the estimate in the message.
 * Estimates are remembered (cachedOperationCost), so a repeated operation is not walked again.
 */
export function costLimitPlugin(limits: Pick<OperationLimits, "cost" | "assumedListSize">): ApolloServerPlugin {
  const costOf = cachedOperationCost(limits.assumedListSize);
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, request, operationName }) {
          const cost = costOf(schema, document, operationName ?? request.operationName ?? undefined, request.variables);
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
