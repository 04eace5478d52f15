// The allocation panel's report and the fill rates.
#include "report.h"

#include <algorithm>
#include <map>

namespace bp::win
{

AllocationReport make_report(const Project& project, Evaluation evaluation, const Allocation& allocation)
{
    AllocationReport r;
    std::map<std::pair<int, std::string>, ConstraintTotal> totals;
    r.violation_subjects.reserve(evaluation.violations.size());
    for (const Penalty& p : evaluation.violations)
    {
        ConstraintTotal& t = totals[{static_cast<int>(p.level), p.constraint}];
        t.constraint = p.constraint;
        t.level = p.level;
        ++t.count;
        t.penalty += p.penalty;
        r.violation_subjects.push_back(sorted(p.ids));
    }
    for (auto& [key, t] : totals)
        r.by_constraint.push_back(t);
    std::stable_sort(r.by_constraint.begin(), r.by_constraint.end(),
                     [](const auto& a, const auto& b)
                     {
                         if (a.level != b.level)
                             return a.level < b.level;
                         return a.penalty > b.penalty;
                     });
    // Unassigned: the solver's reason when it gave one, else the evaluation's message.
    std::vector<Wording> reason(project.exhibitors.size());
    for (size_t i = 0; i < evaluation.violations.size(); ++i)
        if (evaluation.violations[i].constraint == "unassigned")
            for (ExhibitorId e : r.violation_subjects[i].exhibitors)
                reason[e.index()] = evaluation.violations[i].says;
    std::vector<bool> placed(project.exhibitors.size(), false);
    for (const Booth& b : project.booths)
        if (b.exhibitor.valid() && b.exhibitor.index() < placed.size())
            placed[b.exhibitor.index()] = true;
    for (size_t e = 0; e < project.exhibitors.size(); ++e)
    {
        if (placed[e])
            continue;
        Wording why = e < allocation.exhibitors.size() ? allocation.exhibitors[e].reason : Wording{};
        r.unassigned.push_back({ExhibitorId(static_cast<int32_t>(e)), why.empty() ? reason[e] : why});
    }
    r.evaluation = std::move(evaluation);
    return r;
}

std::vector<HallFillRow> hall_fill_rows(const Project& project)
{
    std::vector<std::vector<const Booth*>> by_hall = booths_by_hall(project);
    std::vector<HallFillRow> rows;
    for (size_t h = 0; h < project.venue.halls.size(); ++h)
    {
        HallFillRow row{HallId(static_cast<int32_t>(h)), {}};
        if (h < by_hall.size())
            row.fill = hall_fill(project, by_hall[h]);
        rows.push_back(row);
    }
    return rows;
}

std::vector<PavilionRow> pavilion_rows(const Project& project, const AllocationReport* report)
{
    std::vector<PavilionRow> rows(project.pavilions.size());
    for (size_t p = 0; p < rows.size(); ++p)
    {
        rows[p].pavilion = PavilionId(static_cast<int32_t>(p));
        rows[p].region = project.pavilions[p].placed.has_value();
    }
    for (const Exhibitor& x : project.exhibitors)
        if (x.pavilion.valid() && x.pavilion.index() < rows.size())
        {
            PavilionRow& r = rows[x.pavilion.index()];
            ++r.members;
            r.required_m2 += x.area_m2;
        }
    for (PavilionRow& r : rows)
        r.required_m2 *= 1 + project.pavilion(r.pavilion).shared_space_share;
    for (const Booth& b : project.booths)
        if (b.exhibitor.valid())
        {
            PavilionId p = project.exhibitor(b.exhibitor).pavilion;
            if (p.valid() && p.index() < rows.size())
            {
                ++rows[p.index()].placed;
                rows[p.index()].assigned_m2 += booth_area(project.block(b.cells.block), b.cells);
            }
        }
    if (report)
        for (size_t i = 0; i < report->evaluation.violations.size(); ++i)
            if (report->evaluation.violations[i].constraint == "pavilion-split")
                for (PavilionId p : report->violation_subjects[i].pavilions)
                    if (p.index() < rows.size())
                        rows[p.index()].split = true;
    return rows;
}

float plot_value(const Score& s)
{
    // Lexicographic in spirit: any hard or medium penalty sinks the point far below every soft score.
    return static_cast<float>(static_cast<double>(s.soft) + 1e3 * static_cast<double>(s.medium) +
                              1e6 * static_cast<double>(s.hard));
}

} // namespace bp::win
