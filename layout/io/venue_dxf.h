// Venue drawings in DXF (DESIGN §4): hall outlines (closed polylines, HATCH boundaries, or LINEs and
// ARCs joined end to end, blocks exploded) named by texts inside them, columns, blocked zones and
// doors on layers the planner maps, in the drawing's units, read into a validated Venue. A drawing
// can be inspected first (its layers with what they hold, the outlines each would give) and then
// imported with explicit options; nothing changes until the import returns.
#pragma once

#include "layout/model/model.h"

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace bp
{

struct DxfDrawing;

enum class DrawingUnits
{
    Millimetre,
    Centimetre,
    Metre,
    Inch,
    Foot
};
std::optional<DrawingUnits> parse_drawing_units(const std::string& s); // "mm", "cm", "m", "in", "ft"
const char* to_string(DrawingUnits u);                                 // "mm", ...
double metres_per_unit(DrawingUnits u);

// Layer names (compared without regard to case, as CAD programs do). A name other than the
// default that the drawing lacks is refused, so a typing mistake never imports an empty layer.
struct DxfLayers
{
    std::string hall = "HALL";
    std::string name; // texts naming halls; empty: the texts on the hall layer
    std::string column = "COLUMN";
    std::string blocked = "BLOCKED";
    std::string exit = "EXIT";
    std::string entrance = "ENTRANCE";
    std::string freight = "FREIGHT";
};

struct DxfImportOptions
{
    DxfLayers layers;
    std::optional<DrawingUnits> units; // overrides $INSUNITS
    double tolerance_m = 0.05;         // loose ends of outline lines this close are joined
};

// One layer of a drawing, for choosing what to map (blocks exploded).
struct DxfLayerContent
{
    std::string name;
    std::map<std::string, int> entities; // by type: "LINE" -> 60
    int total = 0;
    int texts = 0;
    int outlines = 0; // closed outlines it gives as the hall layer
    double largest_m2 = 0, smallest_m2 = 0;
    double open_gap_m = 0; // the narrowest gap of an outline that nearly closes (0: none)
    Vec2 open_at;          // where, in the drawing's coordinates
    std::string problem;   // why outlines could not be traced, when they could not
};

struct DxfInspection
{
    std::string units;                   // "mm", ... as the import would read them
    std::string units_source;            // "$INSUNITS 5", "--units", "no $INSUNITS: millimetres"
    std::vector<DxfLayerContent> layers; // the layer table's and the entities' layers, by name
    // Rows "  LAYER: 60 LINE; 15 outlines (0.2-1.1 m²): --dxf-layer hall=LAYER", best candidates
    // first, at most `max_rows` with a count of the rest.
    std::string layer_table(size_t max_rows = 25) const;
};

// What an import found, for the user to check against the drawing.
struct DxfImportSummary
{
    struct HallFound
    {
        std::string code;
        double area_m2 = 0;
        bool numbered = false; // no name was found: "H1", "H2", ...
    };
    std::string units;        // "mm", "cm", "m", ...
    std::string units_source; // where the units came from
    Vec2 offset;              // metres subtracted so the venue starts near the origin
    int halls = 0, columns = 0, blocked = 0, doors = 0;
    std::vector<HallFound> hall_list;
    int texts_ignored = 0; // texts inside halls that name none (area labels, notes)
    int texts_outside = 0; // texts of the name layer outside every hall
    int gaps_bridged = 0;  // loose line ends joined within the tolerance
    bool metadata = false; // the venue name, rules and hall heights came from boothplan's own metadata
    std::vector<std::pair<std::string, int>> ignored; // "layer FURNITURE" -> 31 entities, most first
    std::vector<std::string> warnings;
    // A few lines: counts and units, the halls, the ignored layers (capped, with a count), warnings.
    std::string to_string() const;
};

// A parsed drawing: inspect it, preview outlines, import it with different options.
class VenueDrawing
{
public:
    // Throws InputError for a file that cannot be read or is not a well-formed ASCII DXF.
    static VenueDrawing read(const std::string& path);
    static VenueDrawing parse(const std::string& bytes, const std::string& file_label);

    const std::string& file() const { return file_; }
    // Never throws for a well-formed drawing: a layer whose outlines cannot be traced says why.
    DxfInspection inspect(const DxfImportOptions& options = {}) const;
    // The hall outlines `layer` gives under the options, in venue metres (preview). Throws InputError.
    std::vector<Polygon> outlines(const std::string& layer, const DxfImportOptions& options = {}) const;
    // Reads and validates (validate_venue) the venue. Throws InputError listing every problem: no hall
    // outline (with the drawing's layers and the option that would use each), an outline left open
    // (where and by how much), a layer option naming no layer, unsupported units, bad numbers.
    Venue import(const DxfImportOptions& options = {}, DxfImportSummary* summary = nullptr) const;

private:
    std::string file_;
    std::shared_ptr<const DxfDrawing> drawing_;
};

Venue read_venue_dxf(const std::string& path, const DxfImportOptions& options = {},
                     DxfImportSummary* summary = nullptr);
Venue parse_venue_dxf(const std::string& bytes, const std::string& file_label, const DxfImportOptions& options = {},
                      DxfImportSummary* summary = nullptr);

} // namespace bp
