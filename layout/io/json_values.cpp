// Model values to and from JSON: rules field by field from the rule table, polygons.
#include "json_values.h"

namespace bp
{

using nlohmann::json;

namespace
{

json value_json(std::optional<double> v)
{
    return v ? json(*v) : json();
}

std::optional<double> value_of(const json& j)
{
    return j.is_null() ? std::nullopt : std::optional<double>(j.get<double>());
}

} // namespace

json rules_json(const HallRules& r)
{
    json j = json::object();
    for (const HallRuleField& f : hall_rule_fields())
        j[f.name] = value_json(rule_value(r, f));
    j[kCompetitorsFacingRule] = name_in(kCompetitorsFacingNames, r.competitors_facing);
    return j;
}

json overrides_json(const HallRuleOverrides& o)
{
    json j = json::object();
    for (const HallRuleField& f : hall_rule_fields())
        if (auto v = rule_override(o, f))
            j[f.name] = value_json(*v);
    return j;
}

HallRules rules_from_json(const json& j)
{
    HallRules r;
    for (const HallRuleField& f : hall_rule_fields())
        if (j.contains(f.name))
            set_rule_value(r, f, f.length ? std::optional<double>(j[f.name].get<double>()) : value_of(j[f.name]));
    if (j.contains(kCompetitorsFacingRule)) // the store refuses other names before
        r.competitors_facing =
            value_in(kCompetitorsFacingNames, j[kCompetitorsFacingRule].get<std::string>()).value_or(r.competitors_facing);
    return r;
}

HallRuleOverrides overrides_from_json(const json& j)
{
    HallRuleOverrides o;
    for (const HallRuleField& f : hall_rule_fields())
        if (j.contains(f.name))
            set_rule_override(
                o, f,
                std::optional<std::optional<double>>(
                    std::in_place, f.length ? std::optional<double>(j[f.name].get<double>()) : value_of(j[f.name])));
    return o;
}

json polygon_json(const Polygon& poly)
{
    json a = json::array();
    for (Vec2 p : poly)
        a.push_back({p.x, p.y});
    return a;
}

} // namespace bp
