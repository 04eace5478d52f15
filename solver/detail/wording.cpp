// The English of the solver's messages: one form per kind of wording, filled with its words. The
// reports print these; the window has them in its string table beside the Chinese.
#include "solver/solver.h"

#include "layout/model/text_template.h"

#include <cstdio>

namespace bp
{

namespace
{

struct Form
{
    Says says;
    const char* english;
};

constexpr Form kForms[] = {
    {Says::Nothing, ""},
    {Says::OutsideBlock, "{0}: booth is not inside one block"},
    {Says::NonBoothCells, "{0}: booth covers {1} module(s) that are not bookable"},
    {Says::BoothSize, "{0}: booth of {1} m² for a request of {2} m²"},
    {Says::ModuleOverlap, "module used by {0} and {1}"},
    {Says::PinnedElsewhere, "{0}: pinned to booth {1} but placed elsewhere"},
    {Says::PinnedMissing, "{0}: pinned to booth {1}, which does not exist"},
    {Says::NotPlaced, "{0}: not placed"},
    {Says::RawSpaceSmall, "{0}: raw space below 36 m²"},
    {Says::OutsideRegion, "{0}: {1} module(s) outside the region of pavilion {2}"},
    {Says::OutsideZone, "{0}: outside its sector's zone"},
    {Says::PreferenceUnmet, "{0}: wants {1}"},
    {Says::PriorityBooth, "{0}: priority {1} on a booth of quality {2}/4"},
    {Says::Moved, "{0}: moved from {1}"},
    {Says::CompetitorWall, "{0} and its competitor {1} share a wall"},
    {Says::CompetitorNear, "{0} and its competitor {1} are {2} m apart (want 10 m)"},
    {Says::CompetitorFacing, "{0} and its competitor {1} face each other across the aisle (booths {2} and {3})"},
    {Says::PavilionSplit, "pavilion {0}: {1} m² apart from its main part"},
    {Says::PavilionSplitNoRoom, "pavilion {0} split ({1} m² apart): needs {2} m² with shared space; the largest free "
                                "connected area in any hall is {3} m² (hall {4})"},
    {Says::PavilionSplitPinned, "pavilion {0} split ({1} m² apart): pinned booths stand apart from the rest: {2}"},
    {Says::PavilionSplitRivals, "pavilion {0} split ({1} m² apart): no whole place found that keeps its {2} "
                                "competitor pair(s) apart"},
    {Says::SectorSpread, "sector {0}: {1} m² outside its main hall {2}"},
    {Says::IsolatedModule, "a single free module nobody can combine"},
    {Says::NoBoothBlocks, "{0}: the venue has no booth blocks"},
    {Says::NoRoomInRegion, "{0}: no free room for {1} m² inside the region of pavilion {2}"},
    {Says::VenueFull, "{0}: no free space left for {1} m² (the venue is full)"},
    {Says::VenueFullForBooth, "{0}: no free space left for its booth (the venue is full)"},
    {Says::PinNotFound, "{0}: pinned booth {1} does not exist"},
    {Says::PinNotFree, "{0}: pinned booth {1} is taken, not bookable or outside its pavilion's region"},
    {Says::NoBlockForRaw, "{0}: {1} m² of raw space: no block can hold it"},
    {Says::NoBlockForBooth, "{0}: {1} m² booth: no block can hold it"},
    {Says::GreedyNoRoom, "{0}: greedy baseline found no room"},
};
static_assert(std::size(kForms) == kSaysCount, "one English form for every kind of wording");

constexpr bool in_order()
{
    for (size_t i = 0; i < std::size(kForms); ++i)
        if (static_cast<size_t>(kForms[i].says) != i)
            return false;
    return true;
}
static_assert(in_order(), "the forms are listed in the order of Says");

} // namespace

const char* english_template(Says says)
{
    const auto i = static_cast<size_t>(says);
    return i < std::size(kForms) ? kForms[i].english : "";
}

std::string wording_figure(double value, int decimals)
{
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, value);
    return buf;
}

std::string to_english(const Wording& w)
{
    std::vector<std::string_view> args(w.args.begin(), w.args.end());
    return fill_template(english_template(w.says), args);
}

} // namespace bp
