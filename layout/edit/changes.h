// Internal to the edit library: what replacing a part of a project touched, computed by comparing
// the part before and after (the appliers of edit.cpp call these before they swap).
#pragma once

#include "edit.h"

namespace bp::changes
{

// Replacing the booth partition (blocks, booths) by another one.
ChangeSet of_booths(const std::vector<Block>& blocks_before, const std::vector<Booth>& before,
                    const std::vector<Block>& blocks_after, const std::vector<Booth>& after);

// Giving booth `id` the holder `after` (its holder before is `before`).
ChangeSet of_holder(const Project& p, BoothId id, const BoothHolder& after);

// Replacing the venue (hall records and default rules).
ChangeSet of_venue(const Venue& before, const Venue& after);

// Replacing the venue's default rules.
ChangeSet of_venue_rules(const Venue& before, const HallRules& after);

// Replacing the exhibitor list (with its pavilions and sectors) and every booth's holder.
ChangeSet of_exhibitor_list(const Project& p, const ReplaceExhibitors& after);

// Placing, moving or removing a region (a pavilion's or a sector's zone): the halls it was and is in.
void add_region_halls(const std::optional<Region>& before, const std::optional<Region>& after, ChangeSet& c);

// Removes ids that are not valid in `p` (an edit of a group may name ids a later one removed).
void drop_invalid(ChangeSet& c, const Project& p);

} // namespace bp::changes
