// The booth grid generator: turns each hall of the venue into numbered blocks of 3 m modules that
// respect aisles, columns, doors and escape distance (DESIGN §3), one Available booth per module,
// handed back as an edit so that generating is one undo step.
#pragma once

#include "layout/edit/edit.h"
#include "layout/model/model.h"

#include <string>
#include <vector>

namespace bp
{

struct GridOptions
{
    // Regenerating keeps a hall's previous grid frame (orientation, offsets, aisle pattern) when it
    // holds at most this share fewer modules than the best frame, so booth numbers stay put after
    // a local change such as a moved column. Negative: always take the best frame.
    double keep_frame_loss = 0.03;
};

struct HallGridSummary
{
    HallId hall;
    std::string code;
    int modules = 0; // bookable module cells
    int blocks = 0;
    int column_cells = 0, blocked_cells = 0, door_cells = 0, escape_cells = 0;
    double booth_area_m2 = 0;
    double hall_area_m2 = 0;
    int orientation_deg = 0; // 0: rows run east-west, 90: north-south
    bool frame_kept = false; // the previous frame was reused
    int walkways_widened = 0; // passages through blocks narrower than an aisle, widened to one
    std::string note;        // why the hall holds fewer modules than its floor suggests, or empty
    double share() const { return hall_area_m2 > 0 ? booth_area_m2 / hall_area_m2 : 0; } // net booth share
};

// Why an exhibitor lost its booth when a hall's grid was generated again (the window says it in the
// planner's language, the command line in English).
enum class DropReason : uint8_t
{
    ModulesGone // its modules are no longer bookable in one block
};
const char* to_english(DropReason why);

// An exhibitor whose booth no longer exists after regenerating.
struct DroppedAllocation
{
    ExhibitorId exhibitor;
    std::string booth; // the old booth number
    DropReason why = DropReason::ModulesGone;
    std::string reason; // to_english(why)
};

struct GridReport
{
    std::vector<HallGridSummary> halls;
    std::vector<DroppedAllocation> dropped;
    int kept_allocations = 0;
    int modules() const;
    double booth_area_m2() const;
};

// A new booth grid as an edit, and what it holds.
struct GridResult
{
    ReplaceBooths edit;
    GridReport report;
};

// The booth grid of every hall, to replace project.blocks and project.booths. Booths that had an
// exhibitor (or a status other than Available) keep it when all their cells still exist as
// bookable cells of one block of their hall; the others are dropped and reported. Deterministic.
GridResult generate_grid(const Project& project, const GridOptions& options = {});

// One hall's grid regenerated (after the planner moved a column or changed the hall's rules),
// keeping its allocations that still fit as generate_grid does; the other halls' blocks and booths
// stay as they are. The report names this hall only.
GridResult regenerate_hall_grid(const Project& project, HallId hall, const GridOptions& options = {});

// Row letter of the n-th aisle of a hall: A..Z, then AA, AB, ...
std::string aisle_letter(int n);

} // namespace bp
