// File ▸ Export: every format with its options (hall, colours, page size, resolution, date), then
// the file to write; the export runs on a background thread.
#include "app/window/app.h"
#include "dialogs.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <filesystem>

namespace bp::win
{

void draw_export_dialog(App& app)
{
    if (!app.panels_open.export_dialog || !app.doc)
        return;
    ExportChoice& c = app.panels_open.export_choice;
    const Project& p = app.doc->project();
    const float s = app.ui_scale;
    ImGuiIO& io = ImGui::GetIO();
    ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x * 0.5f, io.DisplaySize.y * 0.4f), ImGuiCond_Appearing,
                            ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(460 * s, 0), ImGuiCond_Appearing);
    if (!ImGui::Begin(label(S::ExportTitle, "export").c_str(), &app.panels_open.export_dialog,
                      ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_AlwaysAutoResize))
    {
        ImGui::End();
        return;
    }
    app.probe.state("window.export", 1.0);
    const S names[] = {S::FormatPdf,     S::FormatSvg, S::FormatPng,  S::FormatCsv, S::FormatXlsx,
                       S::FormatGeoJson, S::FormatDxf, S::FormatGltf, S::FormatJson};
    for (int i = 0; i < 9; ++i)
    {
        ImGui::RadioButton(
            (std::string(export_name(static_cast<WindowExport>(i))) + "  " + tr(names[i]) + "##fmt" + std::to_string(i))
                .c_str(),
            &c.format, i);
        app.probe.item(std::string("export.format.") + export_name(static_cast<WindowExport>(i)));
    }
    const WindowExport f = static_cast<WindowExport>(c.format);
    const bool map = f == WindowExport::Pdf || f == WindowExport::Svg || f == WindowExport::Png;
    ImGui::Separator();
    if (f != WindowExport::Json)
    {
        std::string current = c.hall < 0 ? tr(S::WholeVenue) : p.venue.halls[static_cast<size_t>(c.hall)].code;
        if (c.hall >= static_cast<int>(p.venue.halls.size()))
            c.hall = -1;
        if (ImGui::BeginCombo(tr(S::FieldHall), current.c_str()))
        {
            if (ImGui::Selectable(tr(S::WholeVenue), c.hall < 0))
                c.hall = -1;
            for (size_t h = 0; h < p.venue.halls.size(); ++h)
                if (ImGui::Selectable(p.venue.halls[h].code.c_str(), c.hall == static_cast<int>(h)))
                    c.hall = static_cast<int>(h);
            ImGui::EndCombo();
        }
    }
    if (map || f == WindowExport::Gltf)
    {
        const char* keys[] = {tr(S::ColourPavilion), tr(S::ColourSector), tr(S::ColourStatus), tr(S::ColourCountry)};
        ImGui::Combo(tr(S::ColourBy), &c.colour_by, keys, 4);
    }
    if (f == WindowExport::Pdf || f == WindowExport::Svg)
    {
        const char* pages[] = {"A4", "A3", "A1"};
        ImGui::Combo(tr(S::PageSize), &c.page, pages, 3);
    }
    if (f == WindowExport::Png)
        ImGui::SliderFloat(tr(S::Resolution), &c.dpi, 30, 600, "%.0f dpi");
    if (map)
        ImGui::InputTextWithHint(tr(S::PrintedDate), "YYYY-MM-DD", &c.date);
    ImGui::Separator();
    ImGui::BeginDisabled(app.task.has_value());
    if (ImGui::Button(tr(S::ExportEllipsis), ImVec2(160 * s, 0)))
    {
        ExportOptions o;
        o.hall = c.hall >= 0 ? p.venue.halls[static_cast<size_t>(c.hall)].code : std::string();
        o.colour_by = static_cast<ColourBy>(c.colour_by);
        o.page = static_cast<PageSize>(c.page);
        o.dpi = c.dpi;
        o.date = c.date;
        std::string stem =
            app.doc->has_file() ? std::filesystem::path(app.doc->path()).stem().string() : app.doc->display_name();
        if (!o.hall.empty())
            stem += "-" + o.hall;
        FileRequest r{FileRequest::Mode::Save,
                      tr(S::ExportTitle),
                      {{export_name(f), {export_extension(f)}}},
                      {},
                      stem + export_extension(f)};
        if (f == WindowExport::Gltf)
            r.filters.front().extensions.push_back(".gltf");
        app.choose_file(std::move(r), [&app, f, o](const std::string& path) { app.export_to(f, path, o); });
        app.panels_open.export_dialog = false;
    }
    app.probe.item("export.go");
    ImGui::EndDisabled();
    ImGui::End();
}

} // namespace bp::win
