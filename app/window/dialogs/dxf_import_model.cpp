// The DXF import dialog's model: layer roles to the importer's options, and the venue, summary and
// problems that mapping gives, recomputed on every change (no ImGui here; the tests drive it).
#include "dxf_import_dialog.h"

#include "app/window/i18n.h"
#include "layout/io/gltf_mesh.h"

#include <algorithm>
#include <cctype>
#include <filesystem>

namespace bp::win
{

namespace
{

std::string upper(const std::string& s)
{
    std::string u = s;
    for (char& c : u)
        c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return u;
}

// Likely hall layers first, as the importer's own layer table lists them.
void sort_candidates_first(std::vector<DxfLayerContent>& layers)
{
    std::stable_sort(layers.begin(), layers.end(),
                     [](const DxfLayerContent& a, const DxfLayerContent& b)
                     {
                         if ((a.outlines > 0) != (b.outlines > 0))
                             return a.outlines > 0;
                         if (a.largest_m2 != b.largest_m2)
                             return a.largest_m2 > b.largest_m2;
                         return a.total > b.total;
                     });
}

} // namespace

const char* role_label(DxfLayerRole role)
{
    switch (role)
    {
    case DxfLayerRole::Ignore:
        return tr(S::DxfRoleIgnore);
    case DxfLayerRole::Hall:
        return tr(S::DxfRoleHall);
    case DxfLayerRole::Name:
        return tr(S::DxfRoleName);
    case DxfLayerRole::Column:
        return tr(S::DxfRoleColumn);
    case DxfLayerRole::Blocked:
        return tr(S::DxfRoleBlocked);
    case DxfLayerRole::Exit:
        return tr(S::DxfRoleExit);
    case DxfLayerRole::Entrance:
        return tr(S::DxfRoleEntrance);
    case DxfLayerRole::Freight:
        return tr(S::DxfRoleFreight);
    }
    return "";
}

DxfImportModel DxfImportModel::read(const std::string& path)
{
    return DxfImportModel(VenueDrawing::read(path));
}

DxfImportModel DxfImportModel::parse(const std::string& bytes, const std::string& file_label)
{
    return DxfImportModel(VenueDrawing::parse(bytes, file_label));
}

DxfImportModel::DxfImportModel(VenueDrawing drawing) : drawing_(std::move(drawing))
{
    inspection_ = drawing_.inspect();
    sort_candidates_first(inspection_.layers);
    drawing_units_ = inspection_.units;
    drawing_units_source_ = inspection_.units_source;
    // Layers named as the importer's defaults are read as those, as on the command line.
    const DxfLayers defaults;
    const std::pair<const std::string*, DxfLayerRole> named[] = {
        {&defaults.hall, DxfLayerRole::Hall},         {&defaults.column, DxfLayerRole::Column},
        {&defaults.blocked, DxfLayerRole::Blocked},   {&defaults.exit, DxfLayerRole::Exit},
        {&defaults.entrance, DxfLayerRole::Entrance}, {&defaults.freight, DxfLayerRole::Freight}};
    for (const DxfLayerContent& l : inspection_.layers)
        for (auto [name, role] : named)
            if (upper(l.name) == *name)
                roles_[upper(l.name)] = role;
    // No layer HALL: the layer with the largest outlines is the likely one; the planner sees it marked.
    const bool has_hall =
        std::any_of(roles_.begin(), roles_.end(), [](const auto& r) { return r.second == DxfLayerRole::Hall; });
    if (!has_hall && !inspection_.layers.empty() && inspection_.layers.front().outlines > 0)
    {
        roles_[upper(inspection_.layers.front().name)] = DxfLayerRole::Hall;
        hall_guessed_ = true;
    }
    refresh();
}

DxfLayerRole DxfImportModel::role(const std::string& layer) const
{
    auto it = roles_.find(upper(layer));
    return it == roles_.end() ? DxfLayerRole::Ignore : it->second;
}

void DxfImportModel::set_role(const std::string& layer, DxfLayerRole role)
{
    const std::string key = upper(layer);
    const DxfLayerRole before = this->role(layer);
    if (before == role)
        return;
    if (role != DxfLayerRole::Ignore)
        for (auto it = roles_.begin(); it != roles_.end();)
            it = it->second == role ? roles_.erase(it) : std::next(it);
    if (role == DxfLayerRole::Ignore)
        roles_.erase(key);
    else
        roles_[key] = role;
    if (role == DxfLayerRole::Hall || before == DxfLayerRole::Hall)
        hall_guessed_ = false; // the planner chose
    refresh();
}

void DxfImportModel::set_units(std::optional<DrawingUnits> units)
{
    if (units == units_)
        return;
    units_ = units;
    // Areas on the layers change with the units.
    inspection_ = drawing_.inspect(options());
    sort_candidates_first(inspection_.layers);
    refresh();
}

void DxfImportModel::set_tolerance(double metres)
{
    metres = std::clamp(metres, 0.0, 10.0);
    if (metres == tolerance_m_)
        return;
    tolerance_m_ = metres;
    inspection_ = drawing_.inspect(options());
    sort_candidates_first(inspection_.layers);
    refresh();
}

DxfImportOptions DxfImportModel::options() const
{
    DxfImportOptions o;
    o.units = units_;
    o.tolerance_m = tolerance_m_;
    // Every kind the planner did not map is read from no layer, so a layer left at Ignore stays ignored.
    o.layers = DxfLayers{"", "", "", "", "", "", ""};
    for (const DxfLayerContent& l : inspection_.layers)
    {
        std::string* slot = nullptr;
        switch (role(l.name))
        {
        case DxfLayerRole::Ignore:
            break;
        case DxfLayerRole::Hall:
            slot = &o.layers.hall;
            break;
        case DxfLayerRole::Name:
            slot = &o.layers.name;
            break;
        case DxfLayerRole::Column:
            slot = &o.layers.column;
            break;
        case DxfLayerRole::Blocked:
            slot = &o.layers.blocked;
            break;
        case DxfLayerRole::Exit:
            slot = &o.layers.exit;
            break;
        case DxfLayerRole::Entrance:
            slot = &o.layers.entrance;
            break;
        case DxfLayerRole::Freight:
            slot = &o.layers.freight;
            break;
        }
        if (slot)
            *slot = l.name;
    }
    return o;
}

void DxfImportModel::refresh()
{
    preview_ = DxfImportPreview{};
    ++revision_;
    const DxfImportOptions o = options();
    try
    {
        preview_.venue = drawing_.import(o, &preview_.summary);
        for (const Hall& h : preview_.venue->halls)
            preview_.floors.push_back(triangulate(h.outline));
        return;
    }
    catch (const InputError& e)
    {
        preview_.problems = e.problems;
    }
    preview_.summary = DxfImportSummary{};
    if (o.layers.hall.empty())
        return; // nothing to trace: the dialog asks for a hall layer
    try
    {
        preview_.hall_outlines = drawing_.outlines(o.layers.hall, o);
        for (const Polygon& outline : preview_.hall_outlines)
            preview_.floors.push_back(triangulate(outline));
    }
    catch (const InputError&)
    {
        // The problems above already say why.
    }
}

std::string DxfImportModel::project_name() const
{
    if (preview_.venue && !preview_.venue->name.empty())
        return preview_.venue->name;
    return std::filesystem::path(file()).stem().string();
}

} // namespace bp::win
