// Venue drawings in DXF (DESIGN §4): hall outlines named by text inside them, columns, blocked
// zones and doors on configurable layers, in the drawing's $INSUNITS, read into a validated Venue.
#pragma once

#include "layout/model/model.h"

#include <string>
#include <vector>

namespace bp
{

// Layer names (compared without regard to case, as CAD programs do).
struct DxfLayers
{
    std::string hall = "HALL";
    std::string column = "COLUMN";
    std::string blocked = "BLOCKED";
    std::string exit = "EXIT";
    std::string entrance = "ENTRANCE";
    std::string freight = "FREIGHT";
};

// What an import found, for the user to check against the drawing.
struct DxfImportSummary
{
    std::string units; // "mm", "cm", "m", ...
    Vec2 offset;       // metres subtracted so the venue starts near the origin
    int halls = 0, columns = 0, blocked = 0, doors = 0;
    std::vector<std::string> ignored;  // "FURNITURE (31 entities)", "ARC on layer HALL", ...
    std::vector<std::string> warnings; // things dropped, e.g. a column outside every hall
    std::string to_string() const;
};

// Reads and validates (validate_venue) a venue drawing. Throws InputError listing every problem:
// no hall outline, an open outline, a hall without a name or with two, a name outside every hall,
// a door on no outline, unsupported units, malformed DXF.
Venue read_venue_dxf(const std::string& path, const DxfLayers& layers = {}, DxfImportSummary* summary = nullptr);
Venue parse_venue_dxf(const std::string& bytes, const std::string& file_label, const DxfLayers& layers = {},
                      DxfImportSummary* summary = nullptr);

} // namespace bp
