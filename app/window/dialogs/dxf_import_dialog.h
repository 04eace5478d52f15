// File ▸ New from venue with a DXF: the drawing's layers with what they hold, a role per layer chosen
// by clicking, the units and the tolerance, and what that mapping would import (outlines, summary,
// the importer's problems), live; the project is created only on "Create project".
#pragma once

#include "layout/io/venue_dxf.h"
#include "layout/model/diagnostics.h"

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace bp::win
{

class App;

// What a layer of the drawing is read as: one of the importer's layer options, or nothing.
enum class DxfLayerRole : uint8_t
{
    Ignore,
    Hall,
    Name,
    Column,
    Blocked,
    Exit,
    Entrance,
    Freight
};
inline constexpr int kDxfLayerRoleCount = 8;

// What the current mapping gives: the venue when it imports, else the importer's problems and the
// hall layer's outlines as far as they can be traced.
struct DxfImportPreview
{
    std::optional<Venue> venue;
    DxfImportSummary summary;
    std::vector<Problem> problems;
    std::vector<Polygon> hall_outlines; // only when the import fails (venue metres, not shifted)
    // The halls' (or hall_outlines') triangles, indices into each outline, for filling them.
    std::vector<std::vector<std::array<uint32_t, 3>>> floors;
};

// The dialog's model, without ImGui: the tests drive it as the dialog does.
class DxfImportModel
{
public:
    // Throws InputError for a file that cannot be read or is not a well-formed DXF.
    static DxfImportModel read(const std::string& path);
    static DxfImportModel parse(const std::string& bytes, const std::string& file_label);

    const std::string& file() const { return drawing_.file(); }
    // The layers, likely hall layers first (those with outlines, largest first), then by size.
    const std::vector<DxfLayerContent>& layers() const { return inspection_.layers; }
    const DxfInspection& inspection() const { return inspection_; }
    DxfLayerRole role(const std::string& layer) const;
    // A role other than Ignore belongs to one layer: the layer that held it before is ignored.
    void set_role(const std::string& layer, DxfLayerRole role);
    // The hall layer was guessed (the drawing has no layer HALL): the largest outlines.
    bool hall_guessed() const { return hall_guessed_; }

    std::optional<DrawingUnits> units() const { return units_; } // empty: $INSUNITS
    // What the drawing itself says: "mm", "$INSUNITS 4" (or how the importer decided without it).
    const std::string& drawing_units() const { return drawing_units_; }
    const std::string& drawing_units_source() const { return drawing_units_source_; }
    void set_units(std::optional<DrawingUnits> units);
    double tolerance_m() const { return tolerance_m_; }
    void set_tolerance(double metres); // clamped to 0–10 m

    DxfImportOptions options() const;
    const DxfImportPreview& preview() const { return preview_; }
    bool can_create() const { return preview_.venue.has_value(); }
    uint64_t revision() const { return revision_; } // counts the previews computed
    // The project's name: the venue's, else the file's stem.
    std::string project_name() const;

private:
    explicit DxfImportModel(VenueDrawing drawing);
    void refresh();

    VenueDrawing drawing_;
    DxfInspection inspection_;
    std::map<std::string, DxfLayerRole> roles_; // by upper-case layer name; absent: Ignore
    std::optional<DrawingUnits> units_;
    double tolerance_m_ = DxfImportOptions{}.tolerance_m;
    bool hall_guessed_ = false;
    std::string drawing_units_, drawing_units_source_;
    DxfImportPreview preview_;
    uint64_t revision_ = 0;
};

// The role's words, for the dialog ("Hall", "Ignore", ...), in the current language.
const char* role_label(DxfLayerRole role);

// Reads the drawing and shows the dialog; a file that cannot be read shows its problems instead.
void open_dxf_import_dialog(App& app, const std::string& path);
void draw_dxf_import_dialog(App& app);

} // namespace bp::win
