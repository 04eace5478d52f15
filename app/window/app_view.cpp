// The window's actions on what the planner sees: selection, flying the view, language, file
// dialogs for each purpose, exports on a background thread, and the state the test probe reports.
#include "app.h"

#include "layout/io/exhibitor_list.h"
#include "layout/io/file_util.h"
#include "layout/io/project_json.h"
#include "layout/io/xlsx_table.h"

#include <filesystem>

namespace bp::win
{

namespace fs = std::filesystem;

// [SECTION] Selection and the camera -------------------------------------------------------------

void App::select(PlanSelection s, bool fly)
{
    std::sort(s.booths.begin(), s.booths.end());
    s.booths.erase(std::unique(s.booths.begin(), s.booths.end()), s.booths.end());
    selection = std::move(s);
    viewport.set_selection(selection);
    if (fly)
        fit_selection();
}

void App::select_subjects(const Subjects& subjects)
{
    if (!doc)
        return;
    const Project& p = doc->project();
    PlanSelection s;
    s.booths = booths_of(p, subjects);
    s.pavilions = subjects.pavilions;
    if (!subjects.halls.empty())
        s.hall = subjects.halls.front();
    else if (!s.booths.empty())
        s.hall = p.booth(s.booths.front()).hall;
    if (subjects.exhibitors.size() == 1)
        s.exhibitor = subjects.exhibitors.front();
    select(std::move(s), false);
    if (auto box = box_of(p, subjects))
        viewport.fit_box(*box);
}

void App::select_all()
{
    if (!doc)
        return;
    PlanSelection s;
    const Project& p = doc->project();
    for (size_t i = 0; i < p.booths.size(); ++i)
        if (!selection.hall.valid() || p.booths[i].hall == selection.hall)
            s.booths.push_back(BoothId(static_cast<int32_t>(i)));
    s.hall = selection.hall;
    select(std::move(s), false);
}

void App::fit_all()
{
    if (doc)
        viewport.fit_all(doc->project());
}

void App::fit_selection()
{
    if (!doc)
        return;
    Subjects s;
    s.booths = selection.booths;
    s.pavilions = selection.pavilions;
    if (selection.exhibitor.valid())
        s.exhibitors.push_back(selection.exhibitor);
    if (selection.hall.valid() && s.booths.empty() && s.pavilions.empty() && s.exhibitors.empty())
        s.halls.push_back(selection.hall);
    if (auto box = box_of(doc->project(), s))
        viewport.fit_box(*box);
    else
        fit_all();
}

void App::set_language(Language l)
{
    settings.language = l;
    win::set_language(l);
    save_settings(settings);
}

// [SECTION] File dialogs for each purpose -------------------------------------------------------

namespace
{

FileFilter projects_filter()
{
    return {tr(S::FilterProjects), {".boothplan"}};
}

FileFilter all_files()
{
    return {tr(S::FilterAllFiles), {}};
}

std::string folder_of(const std::optional<Document>& doc)
{
    return doc && doc->has_file() ? fs::path(doc->path()).parent_path().string() : std::string();
}

} // namespace

void App::choose_file(FileRequest request, std::function<void(const std::string&)> then)
{
    if (request.folder.empty())
        request.folder = folder_of(doc);
    file_dialog.open(std::move(request), std::move(then));
}

void App::choose_open()
{
    FileRequest r{FileRequest::Mode::Open, tr(S::OpenProjectTitle), {projects_filter(), all_files()}, {}, {}};
    choose_file(std::move(r), [this](const std::string& path) { open_project(path); });
}

void App::choose_save_as()
{
    if (!doc)
        return;
    std::string name = doc->has_file() ? fs::path(doc->path()).filename().string() : doc->display_name() + ".boothplan";
    FileRequest r{FileRequest::Mode::Save, tr(S::SaveAsTitle), {projects_filter()}, {}, name};
    choose_file(std::move(r), [this](const std::string& path) { save_as(path); });
}

void App::choose_new_from_venue()
{
    FileRequest r{FileRequest::Mode::Open,
                  tr(S::NewFromVenueTitle),
                  {{tr(S::FilterVenues), {".json", ".dxf"}},
                   {tr(S::FilterVenueJson), {".json"}},
                   {tr(S::FilterVenueDxf), {".dxf"}},
                   all_files()},
                  {},
                  {}};
    choose_file(std::move(r), [this](const std::string& path) { new_from_venue(path); });
}

// [SECTION] Export ----------------------------------------------------------------------------------

namespace
{
// What each export is called in the menu and the extension its file gets.
struct ExportLook
{
    WindowExport format;
    const char* name;
    const char* extension;
};
constexpr ExportLook kExportLooks[] = {
    {WindowExport::Pdf, "PDF", ".pdf"},    {WindowExport::Svg, "SVG", ".svg"},
    {WindowExport::Png, "PNG", ".png"},    {WindowExport::Csv, "CSV", ".csv"},
    {WindowExport::Xlsx, "XLSX", ".xlsx"}, {WindowExport::GeoJson, "GeoJSON", ".geojson"},
    {WindowExport::Dxf, "DXF", ".dxf"},    {WindowExport::Gltf, "glTF", ".glb"},
    {WindowExport::Json, "JSON", ".json"}};

const ExportLook& export_look(WindowExport f)
{
    for (const ExportLook& look : kExportLooks)
        if (look.format == f)
            return look;
    return kExportLooks[0]; // every format is listed
}
} // namespace

const char* export_extension(WindowExport f)
{
    return export_look(f).extension;
}

const char* export_name(WindowExport f)
{
    return export_look(f).name;
}

namespace
{

std::optional<ExportFormat> export_format(WindowExport f)
{
    switch (f)
    {
    case WindowExport::Pdf:
        return ExportFormat::Pdf;
    case WindowExport::Svg:
        return ExportFormat::Svg;
    case WindowExport::Png:
        return ExportFormat::Png;
    case WindowExport::Xlsx:
        return ExportFormat::Xlsx;
    case WindowExport::GeoJson:
        return ExportFormat::GeoJson;
    case WindowExport::Dxf:
        return ExportFormat::Dxf;
    case WindowExport::Gltf:
        return ExportFormat::Gltf;
    case WindowExport::Csv:
    case WindowExport::Json:
        break;
    }
    return std::nullopt;
}

// The exhibitor-to-booth list, only one hall's rows when the options name a hall.
std::string booth_list_csv(const Project& p, const ExportOptions& o)
{
    auto rows = exhibitor_booth_rows(p);
    if (!o.hall.empty() && !rows.empty())
    {
        auto col = std::find(rows[0].begin(), rows[0].end(), std::string("hall"));
        if (col != rows[0].end())
        {
            size_t k = static_cast<size_t>(col - rows[0].begin());
            std::vector<std::vector<std::string>> kept{rows[0]};
            for (size_t i = 1; i < rows.size(); ++i)
                if (k < rows[i].size() && rows[i][k] == o.hall)
                    kept.push_back(rows[i]);
            rows = std::move(kept);
        }
    }
    return write_csv(rows);
}

} // namespace

void App::export_to(WindowExport format, const std::string& path, const ExportOptions& export_options)
{
    if (!doc || task)
        return;
    auto snapshot = std::make_shared<Project>(doc->project());
    BackgroundTask t;
    t.what = trf(S::ExportingX, {fs::path(path).filename().string()});
    t.done = trf(S::ExportedX, {path});
    t.result = std::async(std::launch::async,
                          [snapshot, format, path, export_options]() -> std::string
                          {
                              std::string error;
                              try
                              {
                                  switch (format)
                                  {
                                  case WindowExport::Csv:
                                      write_file_atomically(path, booth_list_csv(*snapshot, export_options));
                                      break;
                                  case WindowExport::Json:
                                      write_file_atomically(path, write_project_json(*snapshot));
                                      break;
                                  default:
                                      export_project(*snapshot, *export_format(format), path, export_options);
                                  }
                              }
                              catch (const std::exception& e)
                              {
                                  error = e.what();
                              }
                              Platform::wake();
                              return error;
                          });
    task = std::move(t);
}

// [SECTION] What the test probe reports ----------------------------------------------------------

void App::write_probe_state()
{
    probe.state("language", to_string(settings.language));
    probe.state("solver.running", solver.running() ? 1.0 : 0.0);
    probe.state("task", task ? task->what : std::string());
    probe.state("status", status_message);
    probe.state("fonts.glyphs", static_cast<double>(font_info.glyphs));
    probe.state("fonts.atlas", std::to_string(font_info.width) + "x" + std::to_string(font_info.height));
    if (!doc)
    {
        probe.state("document", "");
        return;
    }
    probe.state("document", doc->has_file() ? doc->path() : doc->display_name());
    probe.state("modified", doc->modified() ? 1.0 : 0.0);
    probe.state("undo", doc->undo_english());
    probe.state("redo", doc->redo_english());
    probe.state("undo.shown", doc->undo_label());
    probe.state("revision", static_cast<double>(doc->revision()));
    probe.state("autosaved_revision", static_cast<double>(recovery.written_revision()));
    int placed = 0;
    for (const Booth& b : doc->project().booths)
        placed += b.exhibitor.valid();
    probe.state("placed", static_cast<double>(placed));
    if (last_reseat)
    {
        probe.state("reseat.pavilion", doc->project().pavilion(last_reseat->pavilion).name);
        probe.state("reseat.members_moved", static_cast<double>(last_reseat->members));
        probe.state("reseat.others_moved", static_cast<double>(last_reseat->others));
    }
    probe.state("booths", static_cast<double>(doc->project().booths.size()));
    std::string booths;
    for (BoothId b : selection.booths)
        booths += (booths.empty() ? "" : " ") + doc->project().booth(b).number;
    probe.state("selection.booths", booths);
    probe.state("report", report ? (report->from_solve ? "solve" : "plan") : "");
    if (report)
        probe.state("report.score", std::to_string(report->evaluation.score.hard) + "/" +
                                        std::to_string(report->evaluation.score.medium) + "/" +
                                        std::to_string(report->evaluation.score.soft));
    probe.state("stop_latency_s", last_stop_latency_s);
    probe.state("checks.hard", static_cast<double>(derived.checks.hard()));
    const gl::Pick& hover = viewport.hover();
    probe.state("hover", hover.kind == gl::Pick::Kind::Booth ? doc->project().booth(hover.booth).number : "");
    Box vis = viewport.plan_visible_box();
    if (!vis.empty())
        probe.state("plan_visible", std::to_string(vis.min.x) + "," + std::to_string(vis.min.y) + "," +
                                        std::to_string(vis.max.x) + "," + std::to_string(vis.max.y));
    probe.state("fb_scale", platform.framebuffer_scale());
    const gl::ScreenRect& r = viewport.plan_rect;
    probe.state("plan_rect", std::to_string(r.x) + "," + std::to_string(r.y) + "," + std::to_string(r.w) + "," +
                                 std::to_string(r.h));
    const gl::ScreenRect& s3 = viewport.scene_rect;
    probe.state("scene_rect", std::to_string(s3.x) + "," + std::to_string(s3.y) + "," + std::to_string(s3.w) + "," +
                                  std::to_string(s3.h));
    probe.state("cursor", viewport.cursor_text); // the floor point under the pointer, in either view
}

} // namespace bp::win
