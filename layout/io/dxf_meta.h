// boothplan's own record inside its DXF exports: the venue's name and rules and each hall's name,
// level, height and rules, as XDATA of application BOOTHPLAN on a TEXT on layer BOOTHPLAN-META,
// so that an exported plan imports back whole while CAD programs show and keep it.
#pragma once

#include "layout/model/model.h"

#include <string>
#include <vector>

namespace bp
{

inline constexpr const char* kDxfMetaApp = "BOOTHPLAN";
inline constexpr const char* kDxfMetaLayer = "BOOTHPLAN-META";

// The record as JSON cut into pieces of at most 240 bytes (XDATA strings hold 255), never inside
// a UTF-8 sequence.
std::vector<std::string> dxf_meta_chunks(const Venue& venue);

// Lays the record over a venue read from the drawing's geometry (halls matched by code). Returns
// false and says why, leaving the venue as it was, when the record does not parse or does not fit.
bool apply_dxf_meta(const std::string& record, const std::string& file, Venue& venue, std::string& problem);

} // namespace bp
