// Plain-language explanations of where an exhibitor stands (or why nowhere), from an allocation
// and its evaluation: first as reasons with the words they name, then in English.
#include "solver/solver.h"

#include <algorithm>

namespace bp
{

namespace
{

const std::string& arg(const Reason& r, size_t i)
{
    static const std::string none;
    return i < r.args.size() ? r.args[i] : none;
}

} // namespace

std::vector<Reason> explain_exhibitor_reasons(const Project& project, const Evaluation& evaluation,
                                              const Allocation& allocation, ExhibitorId id)
{
    std::vector<Reason> out;
    if (!id.valid() || id.index() >= project.exhibitors.size() || id.index() >= allocation.exhibitors.size())
        return out;
    auto about = [](const auto& ids, auto wanted) { return std::find(ids.begin(), ids.end(), wanted) != ids.end(); };
    const Exhibitor& x = project.exhibitor(id);
    const Assignment& a = allocation.exhibitors[id.index()];
    if (a.booth && a.booth->block.valid() && a.booth->block.index() < project.blocks.size())
    {
        const Block& blk = project.block(a.booth->block);
        const BoothType type = booth_type(blk, *a.booth);
        out.push_back({ReasonKind::StandsAt,
                       {x.code, booth_number(blk, *a.booth), project.hall(blk.hall).code,
                        wording_figure(booth_area(blk, *a.booth)), wording_figure(x.area_m2)},
                       {},
                       PenaltyLevel::Soft,
                       type});
        if (x.pavilion.valid())
            out.push_back({ReasonKind::PavilionMember, {project.pavilion(x.pavilion).name}});
        if (x.sector.valid())
            out.push_back({ReasonKind::SectorTogether, {project.sector(x.sector).name}});
        if (!x.locked_booth.empty())
            out.push_back({ReasonKind::PinnedBy, {x.locked_booth}});
    }
    else
    {
        // The allocation the project's booths hold has no reasons: the evaluation of the solve keeps them.
        Wording why = a.reason;
        for (const Penalty& v : evaluation.violations)
            if (why.empty() && v.constraint == "unassigned" && v.says.says != Says::NotPlaced &&
                about(v.ids.exhibitors, id))
                why = v.says;
        out.push_back({ReasonKind::NotPlaced, {x.code}, std::move(why)});
    }
    for (const Penalty& v : evaluation.violations)
        if (about(v.ids.exhibitors, id) && v.constraint != "unassigned")
            out.push_back({ReasonKind::Penalty, {v.constraint}, v.says, v.level});
    if (x.pavilion.valid())
        for (const Penalty& v : evaluation.violations)
            if (v.constraint == "pavilion-split" && !v.ids.pavilions.empty() && v.ids.pavilions[0] == x.pavilion)
                out.push_back({ReasonKind::PavilionSplit, {}, v.says, v.level});
    return out;
}

std::string to_english(const Reason& r)
{
    switch (r.kind)
    {
    case ReasonKind::StandsAt:
        return arg(r, 0) + " stands at booth " + arg(r, 1) + " in hall " + arg(r, 2) + ": " + arg(r, 3) + " m² for " +
               arg(r, 4) + " m² requested, " + to_string(r.booth_type);
    case ReasonKind::PavilionMember:
        return "member of pavilion " + arg(r, 0) + ": placed with the other members";
    case ReasonKind::SectorTogether:
        return "sector " + arg(r, 0) + ": placed with its sector where room allows";
    case ReasonKind::PinnedBy:
        return "pinned by the planner to booth " + arg(r, 0);
    case ReasonKind::NotPlaced:
        return r.detail.empty() ? arg(r, 0) + ": not placed" : to_english(r.detail);
    case ReasonKind::Penalty:
        return std::string(to_string(r.level)) + " " + arg(r, 0) + ": " + to_english(r.detail);
    case ReasonKind::PavilionSplit:
        return "why the pavilion is split: " + to_english(r.detail);
    }
    return {};
}

std::vector<std::string> explain_exhibitor(const Project& project, const Evaluation& evaluation,
                                           const Allocation& allocation, ExhibitorId id)
{
    std::vector<std::string> lines;
    for (const Reason& r : explain_exhibitor_reasons(project, evaluation, allocation, id))
        lines.push_back(to_english(r));
    return lines;
}

} // namespace bp
