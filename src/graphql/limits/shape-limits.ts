import { ApolloArmor } from "@escape.tech/graphql-armor";
import type { ApolloServerPlugin } from "@apollo/server";
import type { GraphQLError, ValidationContext, ValidationRule } from "graphql";
import type { OperationLimits } from "../../config";
import { OperationLimitError, type OperationLimitCode } from "./operation-limit-error";

/** Reports graphql-armor's refusal as our typed error, so errors.ts answers it with its own code. */
function reportAs(code: OperationLimitCode) {
  return (context: ValidationContext | null, error: GraphQLError) => {
    context?.reportError(new OperationLimitError(code, error.message.replace(/^Syntax Error:\s*/, "")));
  };
}

/**
 * The shape limits of graphql-armor (Escape's GraphQL Armor for Apollo Server): depth, aliases and
 * directives per operation as validation rules, and, when `blockFieldSuggestions` (production),
 * "Did you mean ...?" hints removed from validation messages so the schema cannot be guessed field by
 * field. Introspection does not count toward depth (graphql-js's own MaxIntrospectionDepthRule
 * bounds introspection cycles). Tokens are bounded by graphql-js's parser (`parseOptions.maxTokens`)
 * and cost by cost.ts.
 */
export function shapeLimits(
  limits: OperationLimits,
  o: { blockFieldSuggestions: boolean },
): { validationRules: ValidationRule[]; plugins: ApolloServerPlugin[] } {
  const armor = new ApolloArmor({
    maxDepth: { n: limits.depth, flattenFragments: true, ignoreIntrospection: true, propagateOnRejection: false, onReject: [reportAs("OPERATION_TOO_DEEP")] },
    maxAliases: { n: limits.aliases, propagateOnRejection: false, onReject: [reportAs("TOO_MANY_ALIASES")] },
    maxDirectives: { n: limits.directives, propagateOnRejection: false, onReject: [reportAs("TOO_MANY_DIRECTIVES")] },
    blockFieldSuggestion: { enabled: o.blockFieldSuggestions },
    maxTokens: { enabled: false },
    costLimit: { enabled: false },
  });
  const { validationRules, plugins } = armor.protect();
  return { validationRules, plugins };
}
