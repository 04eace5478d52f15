// Internal to the venue DXF import: whether the drawing's units are plausible, judged from the
// halls' areas and the areas written inside them.
#pragma once

#include "dxf_collect.h"
#include "layout/model/model.h"

namespace bp
{

// Adds to `sum.warnings` when every hall is under 20 m² or over 100,000 m² (naming the units that
// would fit), when a few halls are, or when an area written inside a hall matches it only in other
// units. `shift` is what was subtracted from the collected frame to place the halls; with
// `units_given` (--units) only the sizes are reported, never other units.
void warn_implausible_units(const Venue& v, const DxfCollected& drawn, Vec2 shift, bool units_given,
                            DxfImportSummary& sum);

} // namespace bp
