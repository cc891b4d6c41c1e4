#pragma once

#include "linker/identity_model.hpp"

namespace scout::linker {

// Merges accounts into people. Every account starts as its own person; candidates from the
// evidence rules (evidence_rules.hpp) are judged against `rules` (judge_candidate), merge
// overrides are applied first, then accepted links strongest first, and no link joins two
// accounts a split override keeps apart. People are the connected components, with ids
// derived from their accounts: the same input always gives the same result.
LinkResult link_accounts(const LinkInput& input, const IdentityRules& rules);

// Decides one candidate in place: refused when it already carries a reason, when either
// account is an organisation or a bot, when its rule is weak, or when a medium rule (or a
// rule that asks for it) finds the names differ.
void judge_candidate(LinkCandidate& candidate, const IdentityRules& rules, bool same_name, bool both_people);

}  // namespace scout::linker
