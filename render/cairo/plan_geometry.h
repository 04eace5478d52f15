// Drawing the venue's shapes onto a page: the map transform (metres to points, north up), hall
// floors, blocked zones, columns, doors and booth shapes.
#pragma once

#include "plan_draw.h"

namespace bp
{

class PlanText;

// Venue metres to page points; y flipped so north is up.
struct MapView
{
    double s = 1;          // points per metre
    double ox = 0, oy = 0; // page position of (min_x, max_y)
    double min_x = 0, max_y = 0;
    Vec2 to_page(Vec2 p) const { return {ox + (p.x - min_x) * s, oy + (max_y - p.y) * s}; }
};

// The largest view of `b` (grown by margin_m) centred in the page box.
MapView fit_view(Box b, double x0, double y0, double x1, double y1, double margin_m);

// A booth's rectangle on the page, turned so its text reads left to right.
struct BoothFrame
{
    Vec2 centre;
    double w = 0, h = 0; // points, along the text and across it
    double angle = 0;    // radians, within [-pi/2, pi/2)
};
BoothFrame booth_frame(const Block& block, const BoothCells& cells, const MapView& view);

void path_polygon(cairo_t* cr, const Polygon& poly, const MapView& view);
// Floor (the aisles' colour) and blocked zones.
void draw_hall_floor(cairo_t* cr, const PlanContext& ctx, const Hall& hall, const MapView& view, double unit);
void draw_booth_shape(cairo_t* cr, const PlanContext& ctx, const Booth& booth, const MapView& view, double unit);
// Outline, columns and doors on top of the booths.
void draw_hall_fixtures(cairo_t* cr, const Hall& hall, const MapView& view, double unit, bool strong);
void draw_door_labels(cairo_t* cr, PlanText& text, const Hall& hall, const MapView& view, double unit);


} // namespace bp
