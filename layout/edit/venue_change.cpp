// Replacing a project's venue: the edits that keep the rest of the project consistent with it.
#include "edit.h"

namespace bp
{

namespace
{

// The region moved to the new venue's hall of the same code, or nothing.
std::optional<Region> follow_hall(const Project& p, const Venue& venue, const std::optional<Region>& r)
{
    if (!r)
        return std::nullopt;
    const std::string& code = p.hall(r->hall).code;
    for (size_t i = 0; i < venue.halls.size(); ++i)
        if (venue.halls[i].code == code)
            return Region{HallId(static_cast<int32_t>(i)), r->polygon};
    return std::nullopt;
}

} // namespace

EditGroup replace_venue(const Project& p, Venue venue)
{
    EditGroup g{EditLabel(EditWords::ReplaceVenue, {venue.name}), {}};
    g.edits.push_back(ReplaceBooths{{}, {}, EditLabel(EditWords::ClearGrid)});
    std::vector<Edit> regions;
    for (size_t i = 0; i < p.pavilions.size(); ++i)
        if (auto r = follow_hall(p, venue, p.pavilions[i].placed); r != p.pavilions[i].placed)
            regions.push_back(PlacePavilion{PavilionId(static_cast<int32_t>(i)), std::move(r)});
    for (size_t i = 0; i < p.sectors.size(); ++i)
        if (auto r = follow_hall(p, venue, p.sectors[i].zone); r != p.sectors[i].zone)
            regions.push_back(PlaceSectorZone{SectorId(static_cast<int32_t>(i)), std::move(r)});
    g.edits.push_back(ReplaceVenue{std::move(venue)});
    // After the venue: the regions name halls of the new venue.
    for (Edit& e : regions)
        g.edits.push_back(std::move(e));
    return g;
}

} // namespace bp
