// Checks of a project read from a file, before anyone uses it (private to layout/io): every
// reference points at a record that exists and every number is one the planner's code can work
// with, so that a damaged or hostile file is refused with a message instead of crashing later.
#pragma once

#include "layout/model/model.h"

#include <string>

namespace bp::store
{

// Throws StoreError naming the record and what is wrong with it.
void check_project_references(const Project& project, const std::string& path);

} // namespace bp::store
