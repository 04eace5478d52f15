// The menu bar: File, Edit, View, Allocate, Help.
#include "app/window/app.h"
#include "panels.h"

#include <imgui.h>

#include <filesystem>

namespace bp::win
{

namespace
{

void file_menu(App& app)
{
    const bool has_doc = app.doc.has_value();
    if (ImGui::MenuItem(tr(S::NewFromVenue)))
        app.choose_new_from_venue();
    app.probe.item("menu.file.new_from_venue");
    if (ImGui::BeginMenu(tr(S::NewSample)))
    {
        if (ImGui::MenuItem(tr(S::SampleTiny)))
            app.new_sample(SamplePreset::Tiny);
        if (ImGui::MenuItem(tr(S::SampleCismef)))
            app.new_sample(SamplePreset::Cismef);
        if (ImGui::MenuItem(tr(S::SampleCanton)))
            app.new_sample(SamplePreset::Canton);
        ImGui::EndMenu();
    }
    if (ImGui::MenuItem(tr(S::OpenEllipsis), "Ctrl+O"))
        app.choose_open();
    app.probe.item("menu.file.open");
    if (ImGui::BeginMenu(tr(S::OpenRecent), !app.settings.recent_projects.empty()))
    {
        for (const std::string& p : app.settings.recent_projects)
            if (ImGui::MenuItem(p.c_str()))
                app.open_project(p);
        ImGui::EndMenu();
    }
    ImGui::Separator();
    if (ImGui::MenuItem(tr(S::Save), "Ctrl+S", false, has_doc))
        app.save();
    app.probe.item("menu.file.save");
    if (ImGui::MenuItem(tr(S::SaveAsEllipsis), "Ctrl+Shift+S", false, has_doc))
        app.choose_save_as();
    app.probe.item("menu.file.save_as");
    ImGui::Separator();
    if (ImGui::MenuItem(tr(S::ExportEllipsis), "Ctrl+E", false, has_doc && !app.task))
        app.panels_open.export_dialog = true;
    app.probe.item("menu.file.export");
    ImGui::Separator();
    if (ImGui::MenuItem(tr(S::CloseProject), nullptr, false, has_doc))
        app.close_project();
    if (ImGui::MenuItem(tr(S::Quit), "Ctrl+Q"))
        app.quit();
    app.probe.item("menu.file.quit");
}

void edit_menu(App& app)
{
    const bool has_doc = app.doc.has_value();
    const bool can = has_doc && !app.read_only();
    std::string undo = has_doc && app.doc->can_undo() ? trf(S::UndoX, {app.doc->undo_label()}) : tr(S::Undo);
    std::string redo = has_doc && app.doc->can_redo() ? trf(S::RedoX, {app.doc->redo_label()}) : tr(S::Redo);
    if (ImGui::MenuItem((undo + "###undo").c_str(), "Ctrl+Z", false, can && app.doc->can_undo()))
        app.undo();
    app.probe.item("menu.edit.undo");
    if (ImGui::MenuItem((redo + "###redo").c_str(), "Ctrl+Shift+Z", false, can && app.doc->can_redo()))
        app.redo();
    app.probe.item("menu.edit.redo");
    ImGui::Separator();
    if (ImGui::MenuItem(tr(S::SelectAll), "Ctrl+A", false, has_doc))
        app.select_all();
    if (ImGui::MenuItem(tr(S::FindEllipsis), "Ctrl+F", false, has_doc))
        app.focus_search = true;
    ImGui::Separator();
    if (ImGui::MenuItem(tr(S::GenerateGrid), nullptr, false, can))
        app.generate_booth_grid();
}

void view_menu(App& app)
{
    Viewport& v = app.viewport;
    if (ImGui::MenuItem(tr(S::ViewPlan), "1", v.layout == ViewLayout::Plan))
        v.layout = ViewLayout::Plan;
    app.probe.item("menu.view.plan");
    if (ImGui::MenuItem(tr(S::View3D), "2", v.layout == ViewLayout::Scene3D))
        v.layout = ViewLayout::Scene3D;
    app.probe.item("menu.view.3d");
    if (ImGui::MenuItem(tr(S::ViewSplit), "3", v.layout == ViewLayout::Split))
        v.layout = ViewLayout::Split;
    app.probe.item("menu.view.split");
    ImGui::Separator();
    if (ImGui::BeginMenu(tr(S::ColourBy)))
    {
        const std::pair<ColourBy, S> keys[] = {{ColourBy::Pavilion, S::ColourPavilion},
                                               {ColourBy::Sector, S::ColourSector},
                                               {ColourBy::Status, S::ColourStatus},
                                               {ColourBy::Country, S::ColourCountry}};
        for (auto [key, name] : keys)
            if (ImGui::MenuItem(tr(name), nullptr, v.display.colour_by == key))
            {
                v.display.colour_by = key;
                v.apply_display();
            }
        ImGui::EndMenu();
    }
    bool changed = false;
    changed |= ImGui::MenuItem(tr(S::ShowLabels), nullptr, &v.display.labels);
    changed |= ImGui::MenuItem(tr(S::ShowColumns), nullptr, &v.display.columns);
    changed |= ImGui::MenuItem(tr(S::ShowViolations), nullptr, &v.display.violations);
    changed |= ImGui::MenuItem(tr(S::ShowDoorClearances), nullptr, &v.display.door_clearances);
    changed |= ImGui::MenuItem(tr(S::ShowRegions), nullptr, &v.display.pavilion_regions);
    if (changed)
        v.apply_display();
    ImGui::MenuItem(tr(S::ShowMinimap), nullptr, &v.minimap);
    ImGui::MenuItem(tr(S::ShowAllocationPanel), nullptr, &app.show_allocation_panel);
    ImGui::Separator();
    if (ImGui::MenuItem(tr(S::FitAll), "Home", false, app.doc.has_value()))
        app.fit_all();
    if (ImGui::MenuItem(tr(S::FitSelection), "F", false, app.doc.has_value()))
        app.fit_selection();
    if (ImGui::MenuItem(tr(S::MenuMeasure), "M", std::string_view(app.viewport.tool().id()) == "measure",
                        app.doc.has_value()))
        app.toggle_mode(std::make_unique<MeasureTool>());
    if (ImGui::MenuItem(tr(S::MenuHallDrawing), "H", std::string_view(app.viewport.tool().id()) == "hall-drawing",
                        app.doc.has_value() && !app.read_only()))
        app.toggle_mode(std::make_unique<HallDrawingTool>());
    ImGui::Separator();
    const bool language_open = ImGui::BeginMenu(tr(S::Language));
    app.probe.item("menu.view.language");
    if (language_open)
    {
        if (ImGui::MenuItem("English", nullptr, language() == Language::English))
            app.set_language(Language::English);
        app.probe.item("menu.view.language.en");
        if (ImGui::MenuItem("中文 (简体)", nullptr, language() == Language::Chinese))
            app.set_language(Language::Chinese);
        app.probe.item("menu.view.language.zh");
        ImGui::EndMenu();
    }
}

void allocate_menu(App& app)
{
    const bool idle = app.doc.has_value() && !app.solver.running();
    if (ImGui::MenuItem(tr(S::AutoAllocateVenue), "F5", false, idle))
        app.start_solve({});
    app.probe.item("menu.allocate.venue");
    const HallId hall = app.selection.hall;
    std::string hall_label = hall.valid() && app.doc ? trf(S::AutoAllocateHallX, {app.doc->project().hall(hall).code})
                                                     : std::string(tr(S::AutoAllocateHall));
    if (ImGui::MenuItem((hall_label + "###alloc-hall").c_str(), nullptr, false, idle && hall.valid()))
    {
        SolveScope scope;
        scope.halls.push_back(hall);
        app.start_solve(scope);
    }
    SolveScope chosen = app.selection_scope();
    if (ImGui::MenuItem(tr(S::AutoAllocateSelection), nullptr, false, idle && !chosen.exhibitors.empty()))
        app.start_solve(chosen);
    PavilionId pavilion = app.selection.pavilions.size() == 1 ? app.selection.pavilions.front() : PavilionId();
    std::string reseat = pavilion.valid() ? trf(S::ReseatPavilionX, {app.doc->project().pavilion(pavilion).name})
                                          : std::string(tr(S::ReseatPavilion));
    if (ImGui::MenuItem((reseat + "###reseat").c_str(), nullptr, false, idle && pavilion.valid()))
    {
        SolveScope scope;
        scope.reseat = pavilion;
        app.start_solve(scope);
    }
    if (ImGui::MenuItem(tr(S::Stop), "Shift+F5", false, app.solver.running()))
        app.stop_solve();
    app.probe.item("menu.allocate.stop");
    ImGui::Separator();
    if (ImGui::MenuItem(tr(S::EvaluatePlan), nullptr, false, idle))
        app.evaluate_plan();
    if (ImGui::MenuItem(tr(S::SettingsEllipsis)))
        app.panels_open.solve_settings = true;
}

} // namespace

float draw_menu_bar(App& app)
{
    float h = 0;
    if (!ImGui::BeginMainMenuBar())
        return ImGui::GetFrameHeight();
    const bool file_open = ImGui::BeginMenu(label(S::MenuFile, "file").c_str());
    app.probe.item("menu.file");
    if (file_open)
    {
        file_menu(app);
        ImGui::EndMenu();
    }
    const bool edit_open = ImGui::BeginMenu(label(S::MenuEdit, "edit").c_str());
    app.probe.item("menu.edit");
    if (edit_open)
    {
        edit_menu(app);
        ImGui::EndMenu();
    }
    const bool view_open = ImGui::BeginMenu(label(S::MenuView, "view").c_str());
    app.probe.item("menu.view");
    if (view_open)
    {
        view_menu(app);
        ImGui::EndMenu();
    }
    const bool allocate_open = ImGui::BeginMenu(label(S::MenuAllocate, "allocate").c_str());
    app.probe.item("menu.allocate");
    if (allocate_open)
    {
        allocate_menu(app);
        ImGui::EndMenu();
    }
    const bool help_open = ImGui::BeginMenu(label(S::MenuHelp, "help").c_str());
    app.probe.item("menu.help");
    if (help_open)
    {
        if (ImGui::MenuItem(tr(S::KeyboardShortcuts)))
            app.panels_open.shortcuts = true;
        if (ImGui::MenuItem(tr(S::AboutEllipsis)))
            app.panels_open.about = true;
        ImGui::EndMenu();
    }
    h = ImGui::GetWindowSize().y;
    ImGui::EndMainMenuBar();
    return h;
}

void section(const std::string& title)
{
    ImGui::Spacing();
    ImGui::TextUnformatted(title.c_str());
    ImGui::Separator();
}

bool begin_panel(const char* title_and_id, float x, float y, float w, float h, int extra_flags)
{
    ImGui::SetNextWindowPos(ImVec2(x, y));
    ImGui::SetNextWindowSize(ImVec2(w, h));
    return ImGui::Begin(title_and_id, nullptr,
                        ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoCollapse |
                            ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus | extra_flags);
}

} // namespace bp::win
