// The check that an edit's change set names what a diff of the project before and after finds,
// for tests of edits (layout/edit) and of what produces them (the grid, imports, the solver).
#pragma once

#include "layout/edit/edit.h"
#include "tests/support/project_diff.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <set>
#include <vector>

namespace bp::test
{

template <class IdT> std::set<IdT> as_set(const std::vector<IdT>& v)
{
    return {v.begin(), v.end()};
}

template <class IdT> bool covers(const std::vector<IdT>& reported, const std::set<IdT>& changed)
{
    return std::includes(reported.begin(), reported.end(), changed.begin(), changed.end());
}

// The change set names exactly what differs (one edit), or at least all of it (a group, whose
// later edits may undo part of what earlier ones did).
inline void require_reported(const ChangeSet& c, const ProjectDiff& d, bool exact)
{
    if (exact)
    {
        CHECK(c.venue == d.venue);
        CHECK(c.booths_renumbered == d.booths_renumbered);
        CHECK(c.exhibitor_list == d.exhibitor_list);
        CHECK(as_set(c.halls) == d.halls);
        CHECK(as_set(c.booths) == d.booths);
        CHECK(as_set(c.exhibitors) == d.exhibitors);
        CHECK(as_set(c.pavilions) == d.pavilions);
        CHECK(as_set(c.sectors) == d.sectors);
    }
    else
    {
        CHECK((c.venue || !d.venue));
        CHECK((c.booths_renumbered || !d.booths_renumbered));
        CHECK((c.exhibitor_list || !d.exhibitor_list));
        CHECK(covers(c.halls, d.halls));
        CHECK((c.booths_renumbered || covers(c.booths, d.booths)));
        CHECK(covers(c.exhibitors, d.exhibitors));
        CHECK(covers(c.pavilions, d.pavilions));
        CHECK(covers(c.sectors, d.sectors));
    }
}

// Applies `e` to `p` and checks its change set against a diff; undoes it (the project exactly as
// before, the way back reported as exactly) and redoes it, so that `p` ends edited.
inline void apply_undo_redo(Project& p, Edit e, bool exact = true)
{
    const Project before = p;
    AppliedEdit a = apply_edit(p, std::move(e));
    require_reported(a.changed, diff_projects(before, p), exact);
    const Project after = p;
    AppliedEdit back = apply_edit(p, std::move(a.inverse));
    REQUIRE(p == before);
    require_reported(back.changed, diff_projects(after, p), exact);
    apply_edit(p, std::move(back.inverse));
    REQUIRE(p == after);
}

} // namespace bp::test
