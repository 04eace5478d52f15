// Venue JSON (`boothplan-venue`, DESIGN §4): reading with validation, and writing.
#pragma once

#include "layout/model/diagnostics.h"
#include "layout/model/model.h"

#include <string>

namespace bp
{

// Reads and validates a venue file. Throws InputError listing every problem
// (`file:line: halls[2].outline: ...`); on success returns the venue.
Venue read_venue_json(const std::string& path);
Venue parse_venue_json(const std::string& text, const std::string& file_label);

// Problems of a venue however it was read (JSON or DXF): simple outlines with >= 3 distinct points,
// unique hall ids, columns and blocked zones simple, doors on the outline or a blocked zone's boundary,
// sane rules. `where` of each problem is a JSON path such as `halls[0].doors[1]`.
std::vector<Problem> validate_venue(const Venue& venue, const std::string& file_label);

// The venue in the interchange format (stable key order, deterministic).
std::string write_venue_json(const Venue& venue);

} // namespace bp
