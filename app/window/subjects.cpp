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

void normalise(Subjects& s)
{
    sort_unique(s.halls);
    sort_unique(s.booths);
    sort_unique(s.exhibitors);
    sort_unique(s.pavilions);
    sort_unique(s.sectors);
}

} // namespace

SubjectIndex::SubjectIndex(const Project& project)
{
    auto fill = [](auto& map, const auto& items, auto name)
    {
        map.reserve(items.size());
        for (size_t i = 0; i < items.size(); ++i)
            map.emplace(name(items[i]), static_cast<int32_t>(i)); // the first of equal names wins, as find_* does
    };
    fill(halls_, project.venue.halls, [](const Hall& h) { return h.code; });
    fill(booths_, project.booths, [](const Booth& b) { return b.number; });
    fill(exhibitors_, project.exhibitors, [](const Exhibitor& e) { return e.code; });
    fill(pavilions_, project.pavilions, [](const Pavilion& p) { return p.name; });
    fill(sectors_, project.sectors, [](const Sector& s) { return s.name; });
}

void SubjectIndex::add(const std::string& kind, const std::string& name, Subjects& s) const
{
    auto look = [&](const std::unordered_map<std::string, int32_t>& map, auto& out)
    {
        auto it = map.find(name);
        if (it != map.end())
            out.emplace_back(it->second);
    };
    if (kind == "pavilion")
        look(pavilions_, s.pavilions);
    else if (kind == "booth")
        look(booths_, s.booths);
    else if (kind == "exhibitor")
        look(exhibitors_, s.exhibitors);
    else if (kind == "hall")
        look(halls_, s.halls);
    else if (kind == "sector")
        look(sectors_, s.sectors);
}

Subjects SubjectIndex::resolve(const std::vector<std::string>& subjects) const
{
    Subjects s;
    for (const std::string& text : subjects)
    {
        size_t colon = text.find(':');
        if (colon != std::string::npos)
            add(text.substr(0, colon), text.substr(colon + 1), s);
    }
    normalise(s);
    return s;
}

Subjects SubjectIndex::of(const Violation& violation) const
{
    Subjects s;
    add("hall", violation.hall, s);
    for (const std::string& b : violation.booths)
    {
        if (b.rfind("pavilion:", 0) == 0)
            add("pavilion", b.substr(9), s);
        else
            add("booth", b, s);
    }
    normalise(s);
    return s;
}

std::optional<BoothId> SubjectIndex::booth(const std::string& number) const
{
    auto it = booths_.find(number);
    if (it == booths_.end())
        return std::nullopt;
    return BoothId(it->second);
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
