// Parts of the booth map pages shared by the hall pages and the overview: the map transform
// (metres to points, north up), venue shapes, booth frames, text fitting and the page furniture.
#pragma once

#include "plan_painter.h"

#include <optional>

namespace bp
{

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
BoothFrame booth_frame(const BoothLook& booth, const MapView& view);

Polygon to_page(const Polygon& poly, const MapView& view);
// Floor (the aisles' colour) and blocked zones.
void paint_hall_floor(Canvas& c, const HallLook& hall, const MapView& view, double unit);
void paint_booth_shape(Canvas& c, const BoothLook& booth, const MapView& view, double unit);
// Outline, columns and doors on top of the booths.
void paint_hall_fixtures(Canvas& c, const HallLook& hall, const MapView& view, double unit, bool strong);
void paint_door_labels(Canvas& c, const HallLook& hall, const MapView& view, double unit);

// Largest size in [min_pt, max_pt] at which `text`, wrapped, fits a w x h box; nullopt if none.
// On success *fh holds its height.
std::optional<double> fit_text(Canvas& c, const std::string& text, double w, double h, double min_pt, double max_pt,
                               double* fh);

void paint_page_header(Canvas& c, const MapContext& ctx, PageSpec page, const std::string& title,
                       const std::string& subtitle);
double paint_legend(Canvas& c, const MapContext& ctx, const std::vector<LegendEntry>& legend, double x, double y,
                    double w, double unit);
void paint_scale_and_north(Canvas& c, double x, double y, double w, double pt_per_m, double unit);

} // namespace bp
