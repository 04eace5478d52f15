// Plain-language explanations of where an exhibitor stands (or why nowhere), from an allocation
// and its evaluation.
#include "solver/solver.h"

#include <algorithm>
#include <cstdio>

namespace bp
{

std::vector<std::string> explain_exhibitor(const Project& project, const Evaluation& evaluation,
                                           const Allocation& allocation, ExhibitorId id)
{
    std::vector<std::string> lines;
    if (!id.valid() || id.index() >= project.exhibitors.size() || id.index() >= allocation.exhibitors.size())
        return lines;
    const Exhibitor& x = project.exhibitor(id);
    const Assignment& a = allocation.exhibitors[id.index()];
    if (a.booth && a.booth->block.valid() && a.booth->block.index() < project.blocks.size())
    {
        const Block& blk = project.block(a.booth->block);
        char buf[256];
        std::snprintf(buf, sizeof buf, "%s stands at booth %s in hall %s: %.0f m² for %.0f m² requested, %s",
                      x.code.c_str(), booth_number(blk, *a.booth).c_str(), project.hall(blk.hall).code.c_str(),
                      booth_area(blk, *a.booth), x.area_m2, to_string(booth_type(blk, *a.booth)));
        lines.push_back(buf);
        if (x.pavilion.valid())
            lines.push_back("member of pavilion " + project.pavilion(x.pavilion).name +
                            ": placed with the other members");
        if (x.sector.valid())
            lines.push_back("sector " + project.sector(x.sector).name + ": placed with its sector where room allows");
        if (!x.locked_booth.empty())
            lines.push_back("pinned by the planner to booth " + x.locked_booth);
    }
    else
        lines.push_back(a.reason.empty() ? x.code + ": not placed" : a.reason);
    auto about = [](const auto& ids, auto wanted) { return std::find(ids.begin(), ids.end(), wanted) != ids.end(); };
    for (const Penalty& v : evaluation.violations)
        if (about(v.ids.exhibitors, id) && v.constraint != "unassigned")
            lines.push_back(std::string(to_string(v.level)) + " " + v.constraint + ": " + v.message);
    if (x.pavilion.valid())
        for (const Penalty& v : evaluation.violations)
            if (v.constraint == "pavilion-split" && !v.ids.pavilions.empty() && v.ids.pavilions[0] == x.pavilion)
                lines.push_back("why the pavilion is split: " + v.message);
    return lines;
}

} // namespace bp
