// Helpers for tests that change projects as the CLI and the window do: through edits.
#pragma once

#include "layout/edit/edit.h"
#include "layout/grid/booth_grid.h"
#include "layout/io/exhibitor_list.h"
#include "layout/samples/samples.h"

namespace bp::test
{

// Imports the table into the project (the import's edit, applied); returns the warnings.
inline std::vector<Problem> import_into(Project& p, const Table& table)
{
    ExhibitorImport import = import_exhibitors(p, table);
    apply_edit(p, std::move(import.edit));
    return import.warnings;
}

// Generates the project's booth grid (the grid's edit, applied); returns its report.
inline GridReport regrid(Project& p, const GridOptions& options = {})
{
    GridResult grid = generate_grid(p, options);
    apply_edit(p, std::move(grid.edit));
    return grid.report;
}

// The tiny sample with its booth grid (seed 1): one hall, 60 exhibitors, no allocation.
inline Project tiny_with_grid()
{
    Project p = make_sample(SamplePreset::Tiny, 1);
    regrid(p);
    return p;
}

} // namespace bp::test
