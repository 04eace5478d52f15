// Internal to the venue DXF import: a drawing's entities sorted by layer (blocks exploded), counted
// by type, and for the layers asked for, their shapes and texts in metres near the origin.
#pragma once

#include "dxf_outlines.h"
#include "dxf_tags.h"
#include "venue_dxf.h"

#include <map>
#include <set>
#include <string>
#include <vector>

namespace bp
{

struct DxfShape
{
    Polygon poly; // metres, closed implicitly
    int line = 0;
};

struct DxfPlacedText
{
    std::string text;
    Vec2 at;           // metres
    double height = 0; // metres
    int line = 0;
};

struct DxfLayerShapes
{
    std::string name; // as first written
    std::map<std::string, int> types;
    int total = 0;
    std::vector<DxfShape> closed;
    std::vector<DrawnChain> chains;   // open shapes: lines, arcs, open polylines
    std::vector<DxfPlacedText> texts; // kept for every layer
    std::string problem;              // on a layer not asked for: why some of its shapes were skipped
    size_t points = 0;
};

struct DxfCollected
{
    double unit = 1; // metres per drawing unit
    Vec2 origin;     // metres subtracted from every coordinate (a point of the drawing, rounded)
    std::map<std::string, DxfLayerShapes> layers; // by upper-case name; every layer, shapes where asked
};

std::string dxf_upper(std::string s);

// Metres per drawing unit from the options or $INSUNITS; `name` and `source` say which.
// Throws InputError for units the import does not know without --units.
double dxf_units(const DxfDrawing& d, const DxfImportOptions& o, const std::string& file, std::string& name,
                 std::string& source);

// Explodes the drawing; texts are kept for every layer, shapes for the upper-case layer names in
// `wanted` (every layer when `all`). Throws InputError for bad numbers or more than `max_points`
// points on wanted layers; on other layers (all), such a problem is noted on the layer instead.
DxfCollected dxf_collect(const DxfDrawing& d, const std::string& file, double unit, const std::set<std::string>& wanted,
                         bool all, size_t max_points);

// Hall (or column) outlines of one layer: its closed shapes and the outlines traced from its open
// ones, nested outlines dropped (counted in `nested`).
struct DxfLayerOutlines
{
    std::vector<DxfShape> outlines;
    TracedOutlines traced;
    int nested = 0;
};
DxfLayerOutlines dxf_layer_outlines(const DxfLayerShapes& layer, const std::vector<Vec2>& names, double tolerance_m,
                                    const std::string& file);

// The drawing's layers with what they hold and the outlines each gives as the hall layer.
DxfInspection dxf_inspect(const DxfDrawing& d, const std::string& file, const DxfImportOptions& o);

// A point inside the polygon (its centroid when that is inside).
Vec2 interior_point(const Polygon& poly);

// "hall=Site Layout" quoted for a shell where needed: 'hall=Site Layout'.
std::string shell_word(const std::string& s);

} // namespace bp
