// What a solver penalty or a check violation is about, as typed ids the window selects and flies
// to, and where on the floor it is. No GL, no ImGui.
#pragma once

#include "layout/model/ids.h"
#include "layout/model/model.h"
#include "layout/rules/checks.h"
#include "solver/solver.h"

#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace bp::win
{

// Names of a project's halls, booths, exhibitors, pavilions and sectors to their ids, built once per
// project state (Project's own find_* are linear scans).
class SubjectIndex
{
public:
    explicit SubjectIndex(const Project& project);
    // "pavilion:Iran", "booth:2.1C07", "exhibitor:X0042", "hall:1.1", "sector:Healthcare" as ids;
    // unknown names are left out.
    Subjects resolve(const std::vector<std::string>& subjects) const;
    Subjects of(const Penalty& penalty) const { return resolve(penalty.subjects); }
    Subjects of(const Violation& violation) const;
    std::optional<BoothId> booth(const std::string& number) const;

private:
    std::unordered_map<std::string, int32_t> halls_, booths_, exhibitors_, pavilions_, sectors_;
    void add(const std::string& kind, const std::string& name, Subjects& s) const;
};

// The booths a set of subjects stands on: its booths, the booths of its exhibitors and of the
// members of its pavilions.
std::vector<BoothId> booths_of(const Project& project, const Subjects& subjects);

// The booth each exhibitor stands in (indexed by ExhibitorId), invalid when unassigned.
std::vector<BoothId> booth_of_exhibitors(const Project& project);

// The venue box around the subjects' booths (and their halls when they have no booth).
std::optional<Box> box_of(const Project& project, const Subjects& subjects);

// Penalties of an evaluation (with their resolved subjects, same order) that name any of the
// exhibitors, pavilions or booths of `subjects`.
std::vector<size_t> penalties_naming(const std::vector<Subjects>& penalty_subjects, const Subjects& subjects);

} // namespace bp::win
