// The whole project as JSON for interchange (`boothplan export --format json`).
// Deterministic: the same project gives byte-identical text.
#pragma once

#include "layout/model/model.h"

#include <string>

namespace bp
{

std::string write_project_json(const Project& project);

} // namespace bp
