// Booths nudged by the arrow keys (issue 11, part 6): the selected booths of one block shift one
// module along its rows, or one row across, with their exhibitors and statuses. The free booths
// they move onto give up those modules; the modules they leave become free booths. One
// ReplaceBooths edit, or refused with the reason (the block's end, a column or door clearance under
// them, a booth taken or locked in the way, a hard rule broken where the exhibitors would stand).
// No GL, no ImGui.
#pragma once

#include "booth_edits.h"

#include <vector>

namespace bp::win
{

// The block step an arrow makes for booths of this block: east/north in venue terms (dx, dy of
// -1, 0, 1) turned into one module along the rows or one row across, whichever axis lies nearer.
struct BlockStep
{
    int cols = 0, rows = 0;
};
BlockStep block_step(const Block& block, int dx, int dy);

struct BoothNudge
{
    BoothEdit change;
    std::vector<BoothCells> moved_to; // where the booths stand after it (to select them again)
};

BoothNudge nudge_booths(const Project& project, const std::vector<BoothId>& booths, int dx, int dy);

} // namespace bp::win
