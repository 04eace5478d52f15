// Subjects of penalties and violations as typed ids, their booths and where they stand.
#include "subjects.h"

#include <algorithm>

namespace bp::win
{

namespace
{

template <class T> void sort_unique(std::vector<T>& v)
{
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
}

} // namespace

Subjects sorted(Subjects s)
{
    sort_unique(s.halls);
    sort_unique(s.booths);
    sort_unique(s.exhibitors);
    sort_unique(s.pavilions);
    sort_unique(s.sectors);
    return s;
}

std::vector<BoothId> booth_of_exhibitors(const Project& project)
{
    std::vector<BoothId> where(project.exhibitors.size());
    for (size_t i = 0; i < project.booths.size(); ++i)
    {
        const Booth& b = project.booths[i];
        if (b.exhibitor.valid() && b.exhibitor.index() < where.size())
            where[b.exhibitor.index()] = BoothId(static_cast<int32_t>(i));
    }
    return where;
}

std::vector<BoothId> booths_of(const Project& project, const Subjects& subjects)
{
    std::vector<BoothId> out = subjects.booths;
    if (!subjects.exhibitors.empty() || !subjects.pavilions.empty())
        for (size_t i = 0; i < project.booths.size(); ++i)
        {
            ExhibitorId e = project.booths[i].exhibitor;
            if (!e.valid())
                continue;
            bool named =
                std::binary_search(subjects.exhibitors.begin(), subjects.exhibitors.end(), e) ||
                std::binary_search(subjects.pavilions.begin(), subjects.pavilions.end(), project.exhibitor(e).pavilion);
            if (named)
                out.push_back(BoothId(static_cast<int32_t>(i)));
        }
    sort_unique(out);
    return out;
}

std::optional<Box> box_of(const Project& project, const Subjects& subjects)
{
    Box box;
    for (BoothId b : booths_of(project, subjects))
    {
        const Booth& booth = project.booth(b);
        for (Vec2 p : footprint(project.block(booth.cells.block), booth.cells))
            box.add(p);
    }
    if (box.empty())
        for (HallId h : subjects.halls)
            for (Vec2 p : project.hall(h).outline)
                box.add(p);
    for (PavilionId p : subjects.pavilions)
        if (const auto& placed = project.pavilion(p).placed)
            for (Vec2 q : placed->polygon)
                box.add(q);
    if (box.empty())
        return std::nullopt;
    return box;
}

std::vector<size_t> penalties_naming(const std::vector<Subjects>& penalty_subjects, const Subjects& subjects)
{
    auto meets = [](const auto& a, const auto& b)
    {
        for (const auto& x : a)
            if (std::binary_search(b.begin(), b.end(), x))
                return true;
        return false;
    };
    std::vector<size_t> out;
    for (size_t i = 0; i < penalty_subjects.size(); ++i)
    {
        const Subjects& s = penalty_subjects[i];
        if (meets(s.exhibitors, subjects.exhibitors) || meets(s.pavilions, subjects.pavilions) ||
            meets(s.booths, subjects.booths))
            out.push_back(i);
    }
    return out;
}

} // namespace bp::win
