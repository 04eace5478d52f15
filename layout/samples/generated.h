// Generated fairs with a planted answer (issue 12, DESIGN §7): varied venues and exhibitor lists
// for tests and benchmarks. The generator first lays out an allocation that meets every hard rule
// with every pavilion in one piece, then writes the exhibitor list that this allocation answers,
// so a plan at least that good is known to exist. Deterministic per seed and options.
#pragma once

#include "layout/model/model.h"

#include <cstdint>
#include <string>
#include <vector>

namespace bp
{

struct GeneratedFairOptions
{
    uint64_t seed = 1;
    int halls = 0;   // 1..8; 0: drawn from the seed
    double fill = 0; // share of bookable modules the planted answer uses, 0.5..0.95; 0: drawn
    int modules = 0; // bookable modules wanted in the whole venue (about), 500..30,000; 0: drawn
};

// What kind of fair it is, for benchmark tables and for naming where the solver falls short.
struct GeneratedFairFacts
{
    std::vector<std::string> hall_shapes; // per hall: "rectangle", "L", "T", "slanted"
    int halls_with_columns = 0, stair_cores = 0, escape_corridors = 0;
    int modules = 0;         // bookable modules of the grid
    int planted_modules = 0; // taken by the planted answer
    int pavilions = 0;
    double largest_pavilion_share = 0; // of its hall's bookable modules
    int competitor_pairs = 0, pairs_inside_pavilions = 0;
    int locks = 0, raw_space = 0, hall_preferences = 0;
    std::string summary() const; // one line
};

struct GeneratedFair
{
    // Venue, booth grid (blocks and one free booth per module, as `boothplan grid` makes them),
    // sectors, pavilions and exhibitors; no exhibitor has a booth yet.
    Project project;
    std::vector<BoothCells> planted; // per exhibitor: its booth in the planted answer
    GeneratedFairFacts facts;
};

GeneratedFair make_generated_fair(const GeneratedFairOptions& options);

} // namespace bp
