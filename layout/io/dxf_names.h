// Internal to the venue DXF import: which text inside a hall outline names it. Area labels
// ("60 m2") never do; of the rest the tallest wins, then the one highest up, then the first drawn.
#pragma once

#include "dxf_collect.h"

#include <string>
#include <vector>

namespace bp
{

// "60 m2", "25 m²", "4.5 sqm", "120 sq ft", "5,18 m2"...
bool is_area_label(const std::string& text);

struct HallNames
{
    std::vector<std::string> names;            // per outline; empty where no text names it
    int ignored_inside = 0;                    // texts inside an outline that name nothing
    int outside = 0;                           // texts outside every outline
    std::vector<std::string> outside_examples; // "'9.3' at line 120", a few
    // Per outline: other texts as tall as a name inside it (two rooms merged through an opening?).
    std::vector<std::vector<std::string>> others;
};

// The first `chars` characters of UTF-8 text, never cutting one in two.
std::string utf8_prefix(const std::string& s, size_t chars);

// Each text belongs to the smallest outline around it.
HallNames name_halls(const std::vector<DxfShape>& outlines, const std::vector<DxfPlacedText>& texts);

// Texts of `layer` inside the given outlines.
int texts_inside(const std::vector<const Polygon*>& outlines, const DxfLayerShapes& layer);

// Hall codes: names cut to 40 characters, unnamed halls numbered H1, H2, ... past codes in use,
// repeated names made unique with -2, -3, ...; `warnings` says what was changed.
std::vector<std::string> hall_codes(const std::vector<std::string>& names, std::vector<std::string>& renamed);

} // namespace bp
