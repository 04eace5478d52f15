// Values of the model as JSON, shared by the venue file, the project JSON and the project store:
// layout rules (through the one table of rule fields) and polygons.
#pragma once

#include "layout/geometry/geometry.h"
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

// [[x, y], ...] in metres.
nlohmann::json polygon_json(const Polygon& poly);

} // namespace bp
