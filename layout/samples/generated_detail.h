// Internal steps of the fair generator (generated.h): the venue, the planted answer laid on the
// booth grid, and the exhibitor list written from it.
#pragma once

#include "generated.h"
#include "random.h"

#include <string>
#include <vector>

namespace bp::samples
{

constexpr int kSectorCount = 10; // sectors of a generated fair

Venue generated_venue(Random& rng, int halls, int modules, GeneratedFairFacts& facts);

// One booth of the planted answer and who stands there.
struct PlantedBooth
{
    BoothCells cells;
    int pavilion = -1; // index into PlantedFair::pavilions
    int sector = 0;
    bool raw = false;
};

struct PlantedPavilion
{
    std::string name, country;
    HallId hall;
    int modules = 0; // of its hall's bookable modules: see GeneratedFairFacts::largest_pavilion_share
};

struct PlantedFair
{
    std::vector<PlantedBooth> booths;
    std::vector<PlantedPavilion> pavilions;
};

// Lays booths along each hall's blocks up to `fill` of its bookable modules: pavilions as runs of
// consecutive blocks, single exhibitors grouped by sector between them.
PlantedFair plant(Random& rng, const Project& project, double fill, int sectors);

// Members of each pavilion that stand in one piece with its largest part (the rule the solver
// scores: booths connected across walls, across gaps in a row and facing across an aisle); the
// others leave the pavilion.
void keep_pavilions_whole(const Project& project, PlantedFair& fair);

// The exhibitor list this planted answer answers: requests, pavilions, sectors, competitor pairs
// far apart, pins, preferences the planted booths meet, priorities; in shuffled order.
void write_exhibitors(Random& rng, Project& project, const PlantedFair& fair, std::vector<BoothCells>& planted,
                      GeneratedFairFacts& facts);

} // namespace bp::samples
