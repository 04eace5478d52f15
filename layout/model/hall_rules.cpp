// The table of layout rules and the accessors that read and write a rule through it.
#include "hall_rules.h"

#include <cassert>
#include <cstring>

namespace bp
{

namespace
{

using R = HallRules;
using O = HallRuleOverrides;

const HallRuleField kFields[] = {
    {"module_m", &R::module_m, &O::module_m},
    {"block_depth_m", &R::block_depth_m, &O::block_depth_m},
    {"max_row_m", &R::max_row_m, &O::max_row_m},
    {"main_aisle_m", &R::main_aisle_m, &O::main_aisle_m},
    {"aisle_m", &R::aisle_m, &O::aisle_m, nullptr, nullptr, false, 3, "aisles narrower than 3 m are not allowed"},
    {"wall_gap_m", &R::wall_gap_m, &O::wall_gap_m, nullptr, nullptr, true},
    {"exit_clearance_m", &R::exit_clearance_m, &O::exit_clearance_m, nullptr, nullptr, true},
    {"max_exit_distance_m", nullptr, nullptr, &R::max_exit_distance_m, &O::max_exit_distance_m},
};

} // namespace

std::span<const HallRuleField> hall_rule_fields()
{
    return kFields;
}

const HallRuleField* find_hall_rule_field(const char* name)
{
    for (const HallRuleField& f : kFields)
        if (std::strcmp(f.name, name) == 0)
            return &f;
    return nullptr;
}

std::optional<double> rule_value(const HallRules& r, const HallRuleField& f)
{
    return f.length ? std::optional<double>(r.*f.length) : r.*f.limit;
}

void set_rule_value(HallRules& r, const HallRuleField& f, std::optional<double> v)
{
    if (f.length)
    {
        assert(v && "a length rule cannot be lifted");
        r.*f.length = *v;
    }
    else
        r.*f.limit = v;
}

std::optional<std::optional<double>> rule_override(const HallRuleOverrides& o, const HallRuleField& f)
{
    if (f.length)
        return o.*f.length_override ? std::optional<std::optional<double>>(*(o.*f.length_override)) : std::nullopt;
    return o.*f.limit_override;
}

void set_rule_override(HallRuleOverrides& o, const HallRuleField& f, std::optional<std::optional<double>> v)
{
    if (f.length)
    {
        assert((!v || *v) && "a length rule cannot be lifted");
        o.*f.length_override = v ? *v : std::nullopt;
    }
    else
        o.*f.limit_override = v;
}

bool HallRuleOverrides::empty() const
{
    for (const HallRuleField& f : kFields)
        if (rule_override(*this, f))
            return false;
    return true;
}

HallRules apply(HallRules r, const HallRuleOverrides& o)
{
    for (const HallRuleField& f : kFields)
        if (auto v = rule_override(o, f))
            set_rule_value(r, f, *v);
    return r;
}

} // namespace bp
