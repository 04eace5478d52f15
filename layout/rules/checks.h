// Collision and safety checks of a project (DESIGN §3): what `boothplan check` reports, what the
// solver asks about a candidate layout and what the window marks while the planner edits.
#pragma once

#include "layout/model/model.h"

#include <string>
#include <vector>

namespace bp
{

enum class ViolationLevel : uint8_t
{
    Hard, // unsafe or impossible to build: `check` exits 1
    Soft  // against the hall's layout rules but buildable
};

// Rule ids as written in reports.
namespace rule
{
inline constexpr const char* kOverlap = "overlap";          // two booths share floor
inline constexpr const char* kOutsideHall = "outside-hall"; // a booth leaves the hall outline
inline constexpr const char* kOverColumn = "over-column";
inline constexpr const char* kOverBlocked = "over-blocked";
inline constexpr const char* kDoorClearance = "door-clearance";     // inside a door's clear zone
inline constexpr const char* kWallGap = "wall-gap";                 // closer than the service gap to a wall
inline constexpr const char* kAisleWidth = "aisle-width";           // gap between booths narrower than an aisle
inline constexpr const char* kRowLength = "row-length";             // continuous row longer than the rule
inline constexpr const char* kEscapeDistance = "escape-distance";   // too far from every exit
inline constexpr const char* kPavilionOverlap = "pavilion-overlap"; // two placed pavilion regions overlap
inline constexpr const char* kPavilionOutside = "pavilion-outside-hall";
inline constexpr const char* kBadBooth = "invalid-booth"; // booth cells outside its block
inline constexpr const char* kWalkway = "walkway-width";  // a passage through a block narrower than an aisle
inline constexpr const char* kNoExit = "no-exit";         // a hall without an exit or entrance
} // namespace rule

struct Violation
{
    std::string rule; // one of rule::k*
    ViolationLevel level = ViolationLevel::Hard;
    // What it is about: the hall, and the booths or pavilions in the order the message names them.
    Subjects subjects;
    Vec2 at; // venue coordinates of the problem
    std::string message;
};

struct CheckReport
{
    std::vector<Violation> violations;
    int hard() const;
    int soft() const;
};

const char* to_string(ViolationLevel level);
// The code of the violation's hall, or empty (a booth of no block belongs to no hall).
std::string hall_code(const Project& project, const Violation& v);
// Its subjects as reports name them: booth numbers, then "pavilion:NAME" for pavilions.
std::vector<std::string> subject_names(const Project& project, const Violation& v);
ViolationLevel rule_level(const std::string& rule_id);

// Every rule over every hall. Deterministic order: by hall, then as found.
CheckReport check_project(const Project& project);
// One hall only (the window re-checks the hall being edited).
void check_hall(const Project& project, HallId hall, CheckReport& out);

} // namespace bp
