// Layout rules as JSON objects, written and read through the one table of rule fields: the venue
// JSON file and the project store share these.
#pragma once

#include "layout/model/hall_rules.h"

#include <nlohmann/json.hpp>

namespace bp
{

// Every rule; a lifted limit is null.
nlohmann::json rules_json(const HallRules& rules);
// The overridden rules only; a lifted limit is null.
nlohmann::json overrides_json(const HallRuleOverrides& rules);

// Readers of what the writers above wrote (missing members keep their defaults). Wrong types throw
// nlohmann::json::type_error: the store's callers report the file as damaged.
HallRules rules_from_json(const nlohmann::json& j);
HallRuleOverrides overrides_from_json(const nlohmann::json& j);

} // namespace bp
