// Booths and exhibitors edited by hand (issue 11, part 4): an exhibitor moved to another booth (a
// swap when it is taken), booths merged and split, a booth locked to its exhibitor, the status of
// booths set. Each gesture becomes one Edit, or is refused with the reason in the planner's words
// (the hard rules: a competitor next door, a locked booth, a booth too small, a pavilion's region,
// a blocked booth). No GL, no ImGui: the tools and the inspector call these.
#pragma once

#include "layout/edit/edit.h"
#include "layout/model/model.h"

#include <optional>
#include <string>
#include <vector>

namespace bp::win
{

// An edit to apply, or the reason it is refused (then `edit` is empty).
struct BoothEdit
{
    std::optional<Edit> edit;
    std::string reason;
    bool ok() const { return edit.has_value(); }
};

// The exhibitor locked to the booth's number, if any.
std::optional<ExhibitorId> locked_to(const Project& project, const std::string& number);

// Why the exhibitor may not stand in the booth, with `holder_of` (one per booth) saying who stands
// where after the gesture: too small, outside its pavilion's region, a competitor next door; empty
// when it may.
std::string why_not_stand(const Project& project, ExhibitorId who, BoothId at, const std::vector<ExhibitorId>& holder_of);

// Why booths may not be reshaped together (merged, nudged): they lie in different blocks, or an
// exhibitor is locked to one of them (its number would change); empty when they may.
std::string why_not_reshape(const Project& project, const std::vector<BoothId>& booths);

// The booth an exhibitor holds (its first, when it holds several), or none.
std::optional<BoothId> booth_of(const Project& project, ExhibitorId exhibitor);

// Booths sharing a wall with the booth: the neighbours along its row and back to back, in its block.
std::vector<BoothId> booths_next_door(const Project& project, BoothId booth);

// The exhibitor moved onto the booth: onto a free booth it takes the booth with the status it had;
// onto a taken booth the two exhibitors swap (each keeps its status). Refused when either would
// stand next door to a competitor, in a booth smaller than it asked for or outside its pavilion's
// region, when either is locked to its booth (or another exhibitor is locked to the target), when
// the target is blocked, and when the target is taken and the mover has no booth to swap with.
BoothEdit move_exhibitor(const Project& project, ExhibitorId exhibitor, BoothId to);

// Adjacent booths of one block joined into one: their cells must form a rectangle. The merged
// booth keeps the exhibitor of the one that had one (refused when two exhibitors hold them, or a
// booth is locked) and the status of the first one held, else of the first one.
BoothEdit merge_booths(const Project& project, const std::vector<BoothId>& booths);

// A booth of several modules cut into booths of one module each, all with its status. Refused when
// an exhibitor holds it or is locked to it: free it first.
BoothEdit split_booth(const Project& project, BoothId booth);

// Lock the booth's exhibitor to it (the solver leaves it there), or unlock it.
BoothEdit lock_booth(const Project& project, BoothId booth, bool lock);

// The status of one booth or of a selection, as one edit; refused when nothing would change.
BoothEdit set_booth_status(const Project& project, const std::vector<BoothId>& booths, BoothStatus status);

// After an edit that renumbers booths (a merge or a split), the booths that cover the cells now.
std::vector<BoothId> booths_over(const Project& project, BlockId block, const BoothCells& cells);

} // namespace bp::win
