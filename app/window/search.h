// Find: an exhibitor by its name in any script, its id, its booth number or its country, or a
// pavilion by name, for the search box that flies the view there. No GL, no ImGui.
#pragma once

#include "layout/model/model.h"

#include <string>
#include <vector>

namespace bp::win
{

struct SearchHit
{
    enum class Kind : uint8_t
    {
        Exhibitor,
        Pavilion,
        Booth // a booth number with nobody in it
    };
    Kind kind = Kind::Exhibitor;
    ExhibitorId exhibitor;
    PavilionId pavilion;
    BoothId booth; // where the exhibitor stands (invalid when unassigned)
    int rank = 0;  // lower is better: exact id or number, then prefix, then anywhere
};

// The Find box: what is typed, what was searched, the hits.
struct SearchBoxState
{
    std::string query, searched;
    std::vector<SearchHit> hits;
    uint64_t revision = ~uint64_t(0);
};

// Case-insensitive for Latin letters; Arabic yeh and kaf match their Persian forms, so a planner
// typing on an Arabic keyboard finds Persian names. At most `limit` hits, best first.
std::vector<SearchHit> search(const Project& project, const std::vector<BoothId>& booth_of_exhibitor,
                              const std::string& query, size_t limit = 50);

// The folded form used for matching (ASCII lowercased, Arabic yeh/kaf as Persian, spaces trimmed).
std::string fold_for_search(const std::string& text);

} // namespace bp::win
