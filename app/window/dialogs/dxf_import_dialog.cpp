// The DXF import dialog: the layer table (a click on a layer's role maps it), units and tolerance,
// the preview of the outlines the mapping gives, and the summary or the importer's problems, live.
// "Create project" goes through App::new_from_venue; "Cancel" changes nothing.
#include "dxf_import_dialog.h"

#include "app/window/app.h"
#include "layout/io/gltf_mesh.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <limits>

namespace bp::win
{

namespace
{

constexpr const char* kPopup = "###dxf-import";

enum class Tone
{
    Mapped,
    Warning,
    Problem
};

// Text colours that read on the window's background, light or dark.
ImVec4 tone(Tone t)
{
    const ImVec4 bg = ImGui::GetStyleColorVec4(ImGuiCol_WindowBg);
    const bool light = bg.x + bg.y + bg.z > 1.5f;
    switch (t)
    {
    case Tone::Mapped:
        return light ? ImVec4(0.05f, 0.35f, 0.75f, 1) : ImVec4(0.45f, 0.75f, 1, 1);
    case Tone::Warning:
        return light ? ImVec4(0.6f, 0.35f, 0, 1) : ImVec4(1, 0.8f, 0.4f, 1);
    case Tone::Problem:
        return light ? ImVec4(0.7f, 0.08f, 0.05f, 1) : ImVec4(1, 0.55f, 0.5f, 1);
    }
    return ImVec4(1, 1, 1, 1);
}

std::string figure(double v, int decimals)
{
    char buf[48];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
    return buf;
}

std::string area_text(double m2)
{
    return figure(m2, m2 < 10 ? 2 : (m2 < 1000 ? 1 : 0));
}

std::string length_text(double m)
{
    return m < 1 ? figure(m * 100, 1) + " cm" : figure(m, 2) + " m";
}

// "260 LINE, 8 ARC": what the layer holds, most first.
std::string holds(const DxfLayerContent& l)
{
    if (l.total == 0)
        return tr(S::DxfNoEntities);
    std::vector<std::pair<int, std::string>> types;
    for (const auto& [type, n] : l.entities)
        types.push_back({-n, type});
    std::sort(types.begin(), types.end());
    std::string s;
    for (const auto& [n, type] : types)
        s += (s.empty() ? "" : ", ") + std::to_string(-n) + " " + type;
    return s;
}

std::string outlines_cell(const DxfLayerContent& l)
{
    if (l.outlines == 1)
        return trf(S::DxfOutlineOneX, {area_text(l.largest_m2)});
    if (l.outlines > 1)
        return trf(S::DxfOutlinesX, {std::to_string(l.outlines), area_text(l.smallest_m2), area_text(l.largest_m2)});
    if (l.open_gap_m > 0)
        return trf(S::DxfOpenBy, {length_text(l.open_gap_m)});
    return l.total ? "0" : "";
}

const char* units_label(DrawingUnits u)
{
    switch (u)
    {
    case DrawingUnits::Millimetre:
        return tr(S::DxfUnitMm);
    case DrawingUnits::Centimetre:
        return tr(S::DxfUnitCm);
    case DrawingUnits::Metre:
        return tr(S::DxfUnitM);
    case DrawingUnits::Inch:
        return tr(S::DxfUnitIn);
    case DrawingUnits::Foot:
        return tr(S::DxfUnitFt);
    }
    return "";
}

void draw_units_and_tolerance(App& app, DxfImportModel& m)
{
    // The automatic choice names what the drawing says, whatever is chosen now.
    const std::string auto_label = trf(S::DxfUnitsAuto, {m.drawing_units(), m.drawing_units_source()});
    ImGui::SetNextItemWidth(300 * app.ui_scale);
    const std::string current = m.units() ? units_label(*m.units()) : auto_label;
    if (ImGui::BeginCombo((std::string(tr(S::DxfUnits)) + "###dxf-units").c_str(), current.c_str()))
    {
        if (ImGui::Selectable((auto_label + "##auto").c_str(), !m.units()))
            m.set_units(std::nullopt);
        app.probe.item("dxf.units.auto");
        for (DrawingUnits u : {DrawingUnits::Millimetre, DrawingUnits::Centimetre, DrawingUnits::Metre,
                               DrawingUnits::Inch, DrawingUnits::Foot})
        {
            if (ImGui::Selectable(units_label(u), m.units() == u))
                m.set_units(u);
            app.probe.item(std::string("dxf.units.") + to_string(u));
        }
        ImGui::EndCombo();
    }
    app.probe.item("dxf.units");
    ImGui::SameLine(0, 24 * app.ui_scale);
    float cm = static_cast<float>(m.tolerance_m() * 100);
    ImGui::SetNextItemWidth(120 * app.ui_scale);
    if (ImGui::InputFloat((std::string(tr(S::DxfTolerance)) + "###dxf-tolerance").c_str(), &cm, 1, 10, "%.1f cm",
                          ImGuiInputTextFlags_EnterReturnsTrue) ||
        ImGui::IsItemDeactivatedAfterEdit())
        m.set_tolerance(cm / 100.0);
    app.probe.item("dxf.tolerance");
}

// One row per layer; the role cell opens the roles, a click on one maps the layer.
void draw_layer_table(App& app, DxfImportModel& m, ImVec2 size)
{
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY | ImGuiTableFlags_BordersInnerV |
                                  ImGuiTableFlags_Resizable | ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable("##dxf-layers", 5, flags, size))
        return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn(tr(S::DxfColLayer), ImGuiTableColumnFlags_WidthStretch, 1.2f);
    ImGui::TableSetupColumn(tr(S::DxfColHolds), ImGuiTableColumnFlags_WidthStretch, 1.6f);
    ImGui::TableSetupColumn(tr(S::DxfColOutlines), ImGuiTableColumnFlags_WidthStretch, 1.2f);
    ImGui::TableSetupColumn(tr(S::DxfColTexts), ImGuiTableColumnFlags_WidthStretch, 0.5f);
    ImGui::TableSetupColumn(tr(S::DxfColRole), ImGuiTableColumnFlags_WidthStretch, 1.1f);
    ImGui::TableHeadersRow();
    const std::vector<DxfLayerContent> layers = m.layers(); // a copy: a click re-inspects the drawing
    for (size_t i = 0; i < layers.size(); ++i)
    {
        const DxfLayerContent& l = layers[i];
        const DxfLayerRole role = m.role(l.name);
        ImGui::PushID(static_cast<int>(i));
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        if (role != DxfLayerRole::Ignore)
            ImGui::TextColored(tone(Tone::Mapped), "%s", l.name.c_str());
        else
            ImGui::TextUnformatted(l.name.c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(holds(l).c_str());
        if (ImGui::IsItemHovered() && !l.problem.empty())
            ImGui::SetTooltip("%s", l.problem.c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(outlines_cell(l).c_str());
        ImGui::TableNextColumn();
        if (l.texts)
            ImGui::Text("%d", l.texts);
        ImGui::TableNextColumn();
        ImGui::SetNextItemWidth(-1);
        if (ImGui::BeginCombo("##role", role_label(role)))
        {
            for (int r = 0; r < kDxfLayerRoleCount; ++r)
            {
                const auto choice = static_cast<DxfLayerRole>(r);
                if (ImGui::Selectable(role_label(choice), choice == role))
                    m.set_role(l.name, choice);
                app.probe.item("dxf.role." + std::to_string(r));
            }
            ImGui::EndCombo();
        }
        app.probe.item("dxf.layer." + l.name);
        ImGui::PopID();
    }
    ImGui::EndTable();
}

struct PreviewFrame
{
    ImVec2 origin; // screen point of the drawing's lower left
    float k = 1;   // pixels per metre
    double min_x = 0, min_y = 0;
    ImVec2 at(Vec2 p) const
    {
        return ImVec2(origin.x + static_cast<float>((p.x - min_x) * k),
                      origin.y - static_cast<float>((p.y - min_y) * k));
    }
};

void draw_polygon(ImDrawList* dl, const PreviewFrame& f, const Polygon& poly, ImU32 colour, float thickness)
{
    std::vector<ImVec2> pts;
    pts.reserve(poly.size());
    for (Vec2 p : poly)
        pts.push_back(f.at(p));
    dl->AddPolyline(pts.data(), static_cast<int>(pts.size()), colour, ImDrawFlags_Closed, thickness);
}

void fill(ImDrawList* dl, const PreviewFrame& f, const Polygon& poly,
          const std::vector<std::array<uint32_t, 3>>& triangles, ImU32 colour)
{
    // Without the anti-aliased fringe each triangle would draw, the shared edges show as seams.
    const ImDrawListFlags before = dl->Flags;
    dl->Flags &= ~ImDrawListFlags_AntiAliasedFill;
    for (const auto& t : triangles)
        dl->AddTriangleFilled(f.at(poly[t[0]]), f.at(poly[t[1]]), f.at(poly[t[2]]), colour);
    dl->Flags = before;
}

// The outlines the mapping gives, fitted to the panel: halls filled and named, columns and blocked
// zones marked, doors drawn thick.
void draw_preview(App& app, const DxfImportModel& m, ImVec2 size)
{
    ImGui::BeginChild("##dxf-preview", size, true);
    app.probe.item("dxf.preview.panel");
    const DxfImportPreview& pv = m.preview();
    const std::vector<Polygon>* outlines = &pv.hall_outlines;
    std::vector<Polygon> hall_polys;
    if (pv.venue)
    {
        for (const Hall& h : pv.venue->halls)
            hall_polys.push_back(h.outline);
        outlines = &hall_polys;
    }
    Box b{{std::numeric_limits<double>::max(), std::numeric_limits<double>::max()},
          {std::numeric_limits<double>::lowest(), std::numeric_limits<double>::lowest()}};
    for (const Polygon& poly : *outlines)
        for (Vec2 p : poly)
            b = {{std::min(b.min.x, p.x), std::min(b.min.y, p.y)}, {std::max(b.max.x, p.x), std::max(b.max.y, p.y)}};
    if (outlines->empty() || b.max.x <= b.min.x || b.max.y <= b.min.y)
    {
        ImGui::TextDisabled("%s", tr(S::DxfNothingToPreview));
        ImGui::EndChild();
        return;
    }
    const ImVec2 p0 = ImGui::GetCursorScreenPos();
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    const float margin = 12 * app.ui_scale;
    const double w = b.max.x - b.min.x, h = b.max.y - b.min.y;
    PreviewFrame f;
    f.k = static_cast<float>(std::min((avail.x - 2 * margin) / w, (avail.y - 2 * margin) / h));
    f.min_x = b.min.x;
    f.min_y = b.min.y;
    f.origin = ImVec2(p0.x + (avail.x - static_cast<float>(w) * f.k) * 0.5f,
                      p0.y + avail.y - (avail.y - static_cast<float>(h) * f.k) * 0.5f);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    for (size_t i = 0; i < pv.floors.size() && i < outlines->size(); ++i)
        fill(dl, f, (*outlines)[i], pv.floors[i], IM_COL32(70, 130, 200, 110));
    for (const Polygon& poly : *outlines)
        draw_polygon(dl, f, poly, IM_COL32(120, 180, 255, 255), 1.5f);
    if (pv.venue)
        for (const Hall& hall : pv.venue->halls)
        {
            for (const Polygon& c : hall.columns)
            {
                // A column narrower than a few pixels would vanish at this scale: a dot marks it.
                const float across = static_cast<float>(std::sqrt(area(c))) * f.k;
                if (across < 4 * app.ui_scale)
                    dl->AddCircleFilled(f.at(centroid(c)), 2.5f * app.ui_scale, IM_COL32(40, 40, 40, 255));
                else
                    fill(dl, f, c, triangulate(c), IM_COL32(40, 40, 40, 255));
                draw_polygon(dl, f, c, IM_COL32(40, 40, 40, 255), 1);
            }
            for (const Polygon& z : hall.blocked)
            {
                fill(dl, f, z, triangulate(z), IM_COL32(220, 70, 60, 120));
                draw_polygon(dl, f, z, IM_COL32(240, 90, 80, 255), 1.5f);
            }
            for (const Door& d : hall.doors)
                dl->AddLine(f.at(d.span.a), f.at(d.span.b), IM_COL32(80, 220, 110, 255), 4 * app.ui_scale);
            const std::string& label = hall.name.empty() ? hall.code : hall.name;
            const ImVec2 ts = ImGui::CalcTextSize(label.c_str());
            const ImVec2 c = f.at(centroid(hall.outline));
            dl->AddText(ImVec2(c.x - ts.x * 0.5f, c.y - ts.y * 0.5f), ImGui::GetColorU32(ImGuiCol_Text), label.c_str());
        }
    ImGui::EndChild();
}

void bullet_lines(const std::vector<std::string>& lines, ImVec4 colour)
{
    for (const std::string& l : lines)
    {
        ImGui::PushStyleColor(ImGuiCol_Text, colour);
        ImGui::Bullet();
        ImGui::SameLine();
        ImGui::TextWrapped("%s", l.c_str());
        ImGui::PopStyleColor();
    }
}

// The summary the importer gives for this mapping, or its problems (nothing would be created).
void draw_summary(App& app, const DxfImportModel& m, ImVec2 size)
{
    ImGui::BeginChild("##dxf-summary", size, true);
    app.probe.item("dxf.summary");
    const DxfImportPreview& pv = m.preview();
    if (!pv.venue)
    {
        std::vector<std::string> lines;
        for (const Problem& p : pv.problems)
            lines.push_back(p.to_string());
        if (m.options().layers.hall.empty())
            ImGui::TextWrapped("%s", tr(S::DxfChooseHall));
        else
        {
            ImGui::TextColored(tone(Tone::Problem), "%s", tr(S::DxfProblems));
            bullet_lines(lines, tone(Tone::Problem));
        }
        ImGui::EndChild();
        return;
    }
    const DxfImportSummary& s = pv.summary;
    ImGui::TextDisabled("%s", tr(S::DxfSummaryTitle));
    ImGui::TextWrapped("%s",
                       trf(S::DxfCountsX, {std::to_string(s.halls), std::to_string(s.columns),
                                           std::to_string(s.blocked), std::to_string(s.doors), s.units, s.units_source})
                           .c_str());
    ImGui::TextWrapped("%s", trf(S::DxfTextsX, {std::to_string(s.texts_ignored), std::to_string(s.texts_outside),
                                                std::to_string(s.gaps_bridged)})
                                 .c_str());
    if (!s.warnings.empty())
    {
        ImGui::TextColored(tone(Tone::Warning), "%s", tr(S::DxfWarnings));
        bullet_lines(s.warnings, tone(Tone::Warning));
    }
    if (ImGui::BeginTable("##dxf-halls", 3, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp))
    {
        ImGui::TableSetupColumn(tr(S::DxfHallCode));
        ImGui::TableSetupColumn(tr(S::DxfHallArea));
        ImGui::TableSetupColumn("");
        ImGui::TableHeadersRow();
        for (size_t i = 0; i < s.hall_list.size() && i < pv.venue->halls.size(); ++i)
        {
            const DxfImportSummary::HallFound& h = s.hall_list[i];
            const Hall& hall = pv.venue->halls[i];
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(
                (hall.name.empty() || hall.name == h.code ? h.code : h.code + "  " + hall.name).c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(area_text(h.area_m2).c_str());
            ImGui::TableNextColumn();
            if (h.numbered)
                ImGui::TextDisabled("%s", tr(S::DxfNumbered));
        }
        ImGui::EndTable();
    }
    std::string ignored;
    for (size_t i = 0; i < s.ignored.size() && i < 8; ++i)
        ignored += (i ? ", " : "") + s.ignored[i].first + " (" + std::to_string(s.ignored[i].second) + ")";
    if (s.ignored.size() > 8)
        ignored += ", …";
    if (!ignored.empty())
        ImGui::TextWrapped("%s", trf(S::DxfIgnoredX, {ignored}).c_str());
    ImGui::EndChild();
}

// The drawing's own words (layer and hall names, the importer's messages) need their glyphs in the atlas.
void use_glyphs(App& app, const DxfImportModel& m)
{
    static uint64_t seen = 0; // one dialog at a time: the revision last fed
    if (m.revision() == seen)
        return;
    seen = m.revision();
    for (const DxfLayerContent& l : m.layers())
        app.use_glyphs_of(l.name);
    const DxfImportPreview& pv = m.preview();
    if (pv.venue)
        for (const Hall& h : pv.venue->halls)
            app.use_glyphs_of(h.name);
    for (const std::string& w : pv.summary.warnings)
        app.use_glyphs_of(w);
    for (const Problem& p : pv.problems)
        app.use_glyphs_of(p.to_string());
}

} // namespace

void open_dxf_import_dialog(App& app, const std::string& path)
{
    try
    {
        app.panels_open.dxf_import = std::make_shared<DxfImportModel>(DxfImportModel::read(path));
    }
    catch (const InputError& e)
    {
        app.dialogs.problems(trf(S::CannotReadX, {std::filesystem::path(path).filename().string()}), e.problems);
        return;
    }
    app.request_redraw(3);
}

void draw_dxf_import_dialog(App& app)
{
    std::shared_ptr<DxfImportModel> model = app.panels_open.dxf_import;
    if (!model || app.dialogs.open())
        return;
    DxfImportModel& m = *model;
    use_glyphs(app, m);
    const std::string popup =
        std::string(tr(S::DxfImportTitle)) + " — " + std::filesystem::path(m.file()).filename().string() + kPopup;
    if (!ImGui::IsPopupOpen(popup.c_str()))
        ImGui::OpenPopup(popup.c_str());
    const float s = app.ui_scale;
    ImGuiIO& io = ImGui::GetIO();
    ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x * 0.5f, io.DisplaySize.y * 0.5f), ImGuiCond_Appearing,
                            ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(
        ImVec2(std::min(1180 * s, io.DisplaySize.x * 0.96f), std::min(760 * s, io.DisplaySize.y * 0.94f)),
        ImGuiCond_Appearing);
    if (!ImGui::BeginPopupModal(popup.c_str(), nullptr, ImGuiWindowFlags_NoSavedSettings))
        return;
    app.probe.state("dialog", "dxf-import");
    app.probe.state("dxf.halls", static_cast<double>(m.preview().venue ? m.preview().venue->halls.size() : 0));
    app.probe.state("dxf.problems", static_cast<double>(m.preview().problems.size()));
    app.probe.state("dxf.hall_layer", m.options().layers.hall);
    app.probe.state("dxf.units", m.units() ? to_string(*m.units()) : "auto");
    app.probe.state("dxf.warnings", static_cast<double>(m.preview().summary.warnings.size()));
    std::string names;
    if (m.preview().venue)
        for (const Hall& h : m.preview().venue->halls)
            names += (names.empty() ? "" : "|") + h.name;
    app.probe.state("dxf.names", names);
    ImGui::TextWrapped("%s", trf(S::DxfImportIntro, {std::filesystem::path(m.file()).filename().string()}).c_str());
    if (m.hall_guessed())
        ImGui::TextColored(tone(Tone::Mapped), "%s", trf(S::DxfHallGuessed, {m.options().layers.hall}).c_str());
    draw_units_and_tolerance(app, m);
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    const float buttons = ImGui::GetFrameHeightWithSpacing() + 8 * s;
    const float top_h = std::max(200 * s, (avail.y - buttons) * 0.58f);
    const float left_w = avail.x * 0.56f;
    draw_layer_table(app, m, ImVec2(left_w, top_h));
    ImGui::SameLine();
    draw_preview(app, m, ImVec2(0, top_h));
    draw_summary(app, m, ImVec2(0, std::max(80 * s, ImGui::GetContentRegionAvail().y - buttons)));
    bool create = false, cancel = false;
    ImGui::BeginDisabled(!m.can_create());
    create = ImGui::Button(tr(S::DxfCreateProject), ImVec2(160 * s, 0));
    ImGui::EndDisabled();
    app.probe.item("dxf.create");
    ImGui::SameLine();
    cancel = ImGui::Button(tr(S::Cancel), ImVec2(110 * s, 0));
    app.probe.item("dxf.cancel");
    if (create || cancel)
    {
        ImGui::CloseCurrentPopup();
        app.panels_open.dxf_import.reset();
        if (create && m.can_create())
            app.new_from_venue(*m.preview().venue, m.project_name()); // asks about unsaved changes first
        app.request_redraw(3);
    }
    ImGui::EndPopup();
}

} // namespace bp::win
