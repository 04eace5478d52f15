// What a solver penalty or a check violation is about, as typed ids the window selects and flies
// to, and where on the floor it is. No GL, no ImGui.
#pragma once

#include "layout/model/ids.h"
#include "layout/model/model.h"
#include "layout/rules/checks.h"
#include "solver/solver.h"

#include <optional>
#include <vector>

namespace bp::win
{

// The subjects sorted and without repeats (what booths_of and penalties_naming search).
Subjects sorted(Subjects subjects);

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
