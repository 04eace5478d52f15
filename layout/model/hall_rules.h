// The layout rules of DESIGN §3: the venue's defaults, a hall's overrides, and the one table of
// rule fields that every reader and writer of rules (venue JSON, project store, grid) goes through.
#pragma once

#include "names.h"

#include <cstdint>
#include <optional>
#include <span>

namespace bp
{

// How the allocation treats two competitors whose booths face each other directly across an
// aisle: never (a hard rule), as little as it can (a strong soft term), or as any other nearness.
enum class CompetitorsFacing : uint8_t
{
    Forbid,
    Avoid,
    Allow
};
inline constexpr EnumName<CompetitorsFacing> kCompetitorsFacingNames[] = {
    {CompetitorsFacing::Forbid, "forbid"}, {CompetitorsFacing::Avoid, "avoid"}, {CompetitorsFacing::Allow, "allow"}};
inline constexpr const char* kCompetitorsFacingRule = "competitors_facing";

// Layout rules of DESIGN §3. A venue has defaults; each hall may override any of them.
struct HallRules
{
    double module_m = 3;
    double block_depth_m = 6; // two rows back to back
    double max_row_m = 24;    // continuous row before a cross aisle
    double main_aisle_m = 6;
    double aisle_m = 4;
    double wall_gap_m = 1;                            // service gap along hall walls
    double exit_clearance_m = 4;                      // kept clear in front of every door
    std::optional<double> max_exit_distance_m = 37.5; // nullopt: assessed otherwise
    // A venue-wide allocation rule (halls do not override it; not in hall_rule_fields()).
    CompetitorsFacing competitors_facing = CompetitorsFacing::Avoid;
    friend bool operator==(const HallRules&, const HallRules&) = default;
};

// Per-hall overrides; unset fields inherit the venue's rules.
struct HallRuleOverrides
{
    std::optional<double> module_m, block_depth_m, max_row_m, main_aisle_m, aisle_m, wall_gap_m, exit_clearance_m;
    std::optional<std::optional<double>> max_exit_distance_m; // set to nullopt: no limit in this hall
    bool empty() const;
    friend bool operator==(const HallRuleOverrides&, const HallRuleOverrides&) = default;
};

HallRules apply(HallRules base, const HallRuleOverrides& o);

// One rule as files name it, with its members in HallRules and HallRuleOverrides. A rule is a
// length (`length`) or a limit that may be lifted (`limit`, null in files); exactly one is set.
// Defaults are HallRules' member initialisers.
struct HallRuleField
{
    const char* name;
    double HallRules::*length = nullptr;
    std::optional<double> HallRuleOverrides::*length_override = nullptr;
    std::optional<double> HallRules::*limit = nullptr;
    std::optional<std::optional<double>> HallRuleOverrides::*limit_override = nullptr;
    bool zero_allowed = false; // otherwise values must be > 0
    double minimum = 0;        // smallest value allowed, with the reason below
    const char* minimum_reason = nullptr;
};

// Every rule, in the order files write them.
std::span<const HallRuleField> hall_rule_fields();
const HallRuleField* find_hall_rule_field(const char* name);

// The rule's value; nullopt when a limit is lifted.
std::optional<double> rule_value(const HallRules& rules, const HallRuleField& field);
// Sets the rule; nullopt lifts a limit (asserted for lengths).
void set_rule_value(HallRules& rules, const HallRuleField& field, std::optional<double> value);
// Whether the hall overrides the rule (outer), and with what (inner nullopt: the limit is lifted).
std::optional<std::optional<double>> rule_override(const HallRuleOverrides& rules, const HallRuleField& field);
void set_rule_override(HallRuleOverrides& rules, const HallRuleField& field,
                       std::optional<std::optional<double>> value);

} // namespace bp
