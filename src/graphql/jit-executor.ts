import type { ApolloServerOptionsWithGateway, BaseContext } from "@apollo/server";
import {
  execute,
  GraphQLError,
  Kind,
  printSchema,
  valueFromASTUntyped,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from "graphql";
import { compileQuery, isCompiledQuery, type CompiledQuery } from "graphql-jit";

/** What Apollo Server's `gateway` option takes (its `load()` gives Apollo the schema and an executor). */
export type ExecutorGateway = NonNullable<ApolloServerOptionsWithGateway<BaseContext>["gateway"]>;

/** The executor a gateway hands Apollo Server: it runs after parsing, validation and every `didResolveOperation` hook. */
export type GatewayExecutor = NonNullable<Awaited<ReturnType<ExecutorGateway["load"]>>["executor"]>;

/** How one request was executed: `jit` (the document's compiled function) or `graphql-js` (and why). */
export type ExecutionPath = "jit" | "graphql-js:not-a-query" | "graphql-js:not-compiled" | "graphql-js:variables";

/** What the executor reports: how each request ran, and each compilation (once per document and operation). */
export interface ExecutionObserver {
  onExecute?: (path: ExecutionPath) => void;
  onCompile?: (compiled: boolean) => void;
}

/** One request as the executor sees it (the parts of Apollo's gateway request context it reads). */
export interface ExecutionRequest {
  document: DocumentNode;
  /** The operation Apollo resolved; absent when the document has no operation of the name asked. */
  operation?: OperationDefinitionNode;
  /** The operation name the client sent (graphql-js picks the operation with it, as Apollo does). */
  operationName?: string;
  variables?: Record<string, unknown>;
  contextValue: unknown;
}

/**
 * At most this many compiled operations are kept per document (a document with many operations,
 * each asked by name); past it, an operation is compiled for the request and not kept.
 */
const MAX_OPERATIONS_PER_DOCUMENT = 16;

/** A compiled operation, with the defaults of its non-null variables (which graphql-jit does not apply). */
interface Compiled {
  query: CompiledQuery["query"];
  requiredDefaults: { name: string; value: unknown }[];
}

/**
 * The variables graphql-js would see: a non-null variable with a default value (`$title: String! =
 * "x"`) that the request leaves out takes its default, as graphql-js's coercion does (graphql-jit
 * 0.8 applies defaults to nullable variables only and refuses the request). The default goes in as
 * its literal's plain value (an enum value by its name), so graphql-jit coerces it as an input.
 */
function withRequiredDefaults(variables: Record<string, unknown> | undefined, defaults: Compiled["requiredDefaults"]): Record<string, unknown> {
  const given = variables ?? {};
  let filled: Record<string, unknown> | undefined;
  for (const { name, value } of defaults) {
    if (!Object.prototype.hasOwnProperty.call(given, name)) (filled ??= { ...given })[name] = value;
  }
  return filled ?? given;
}

/**
 * graphql-jit's errors as graphql-js makes them: a `GraphQLError` of graphql-js with the same
 * message, locations, path, original error and extensions (the original's), and `errors` before
 * `data` as graphql-js orders an answer. graphql-jit's own error objects have a read-only
 * `message`, which plugins that rewrite messages (graphql-armor's field-suggestion blocking) cannot
 * change: Apollo then answered 500.
 */
function asGraphqlJsResult(result: ExecutionResult): ExecutionResult {
  if (!result.errors?.length) return result;
  const errors = result.errors.map((error) => {
    const converted = new GraphQLError(error.message, { path: error.path, originalError: error.originalError });
    (converted as { locations: GraphQLError["locations"] }).locations = error.locations;
    return converted;
  });
  return { errors, data: result.data };
}

/**
 * Executes queries through graphql-jit (https://github.com/zalando-incubator/graphql-jit), which
 * compiles a validated document's operation into one JavaScript function over the schema's own
 * resolvers and serializers, and everything else through graphql-js's `execute`, exactly as
 * Apollo Server would. A compiled operation is kept per document object (Apollo's document cache
 * hands the same parsed document for the same query text, persisted queries included) and per
 * operation name, so a document is compiled once; a document leaves the cache when Apollo's does.
 *
 * graphql-js answers, for the same document, when:
 * - the operation is not a query, or the document has no operation of the name asked (graphql-js
 *   answers the error Apollo expects; mutations run their fields one after another with side effects;
 *   they are few per second and keep the reference engine): `graphql-js:not-a-query`;
 * - graphql-jit cannot compile the document (it reports errors instead of a function; the decision
 *   is kept for the document): `graphql-js:not-compiled`;
 * - graphql-jit refuses the request's variables (no resolver has run): graphql-js coerces them
 *   again and answers with its own errors (the messages and `extensions.code` Apollo maps), or
 *   runs the query if it accepts them: `graphql-js:variables`.
 *
 * graphql-jit reads a field without a resolver as a plain property (graphql-js also calls a
 * function-valued property), so every field whose value may be computed has a resolver
 * (docs/performance.md, "Compiled queries"). `o` is told how each request ran and of each compilation.
 */
export function createJitExecution(schema: GraphQLSchema, o: ExecutionObserver = {}) {
  const compiled = new WeakMap<DocumentNode, Map<string, Compiled | null>>();

  const compiledFor = (request: ExecutionRequest & { operation: OperationDefinitionNode }): Compiled | null => {
    const key = request.operationName ?? "";
    let byOperation = compiled.get(request.document);
    const known = byOperation?.get(key);
    if (known !== undefined) return known;
    const attempt = compileQuery(schema, request.document, request.operationName);
    const result = isCompiledQuery(attempt)
      ? {
          query: attempt.query,
          requiredDefaults: (request.operation.variableDefinitions ?? [])
            .filter((definition) => definition.type.kind === Kind.NON_NULL_TYPE && definition.defaultValue)
            .map((definition) => ({ name: definition.variable.name.value, value: valueFromASTUntyped(definition.defaultValue!) })),
        }
      : null;
    o.onCompile?.(result !== null);
    if (!byOperation) compiled.set(request.document, (byOperation = new Map()));
    if (byOperation.size < MAX_OPERATIONS_PER_DOCUMENT) byOperation.set(key, result);
    return result;
  };

  const graphqlJs = (request: ExecutionRequest, path: ExecutionPath) => {
    o.onExecute?.(path);
    return execute({
      schema,
      document: request.document,
      contextValue: request.contextValue,
      variableValues: request.variables,
      operationName: request.operationName,
    });
  };

  /** The answer to one request (errors unformatted, as graphql-js gives them). */
  return async function executeRequest(request: ExecutionRequest): Promise<ExecutionResult> {
    const { operation } = request;
    if (operation?.operation !== "query") return graphqlJs(request, "graphql-js:not-a-query");
    const compiledQuery = compiledFor({ ...request, operation });
    if (!compiledQuery) return graphqlJs(request, "graphql-js:not-compiled");
    const result = await compiledQuery.query(undefined, request.contextValue, withRequiredDefaults(request.variables, compiledQuery.requiredDefaults));
    // graphql-jit answers refused variables with errors and no `data` key, before any resolver.
    if (!("data" in result)) return graphqlJs(request, "graphql-js:variables");
    o.onExecute?.("jit");
    return asGraphqlJsResult(result);
  };
}

/**
 * An Apollo Server `gateway` that serves `schema` with `createJitExecution`'s executor: Apollo
 * still parses, validates (the operation limits' rules included), caches documents, runs every
 * plugin hook and formats the errors; only the execution step is replaced. This is the hook Apollo
 * Server 4 and 5 leave for a custom executor (the `executor` constructor option of Apollo Server 3
 * became the gateway's `load()` result). The schema never changes, so there are no updates.
 */
export function jitGateway(schema: GraphQLSchema, o: ExecutionObserver = {}): ExecutorGateway {
  const run = createJitExecution(schema, o);
  const executor: GatewayExecutor = (requestContext) =>
    run({
      document: requestContext.document,
      // Apollo calls the executor without an operation when the name asked matches none (its type says otherwise).
      operation: requestContext.operation as OperationDefinitionNode | undefined,
      operationName: requestContext.request.operationName,
      variables: requestContext.request.variables,
      contextValue: requestContext.context,
    });
  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return () => {};
    },
    load: async () => ({ executor }),
    stop: async () => {},
  };
}
