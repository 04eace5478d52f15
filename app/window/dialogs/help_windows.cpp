// Help ▸ Keyboard shortcuts and Help ▸ About.
#include "app/window/app.h"
#include "dialogs.h"

#include <imgui.h>

namespace bp::win
{

namespace
{

void shortcuts(App& app)
{
    ImGui::SetNextWindowSize(ImVec2(460 * app.ui_scale, 0), ImGuiCond_Appearing);
    if (!ImGui::Begin(label(S::KeyboardShortcuts, "shortcuts").c_str(), &app.panels_open.shortcuts,
                      ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_AlwaysAutoResize))
    {
        ImGui::End();
        return;
    }
    const std::pair<const char*, S> rows[] = {{"Ctrl+Z", S::Undo},
                                              {"Ctrl+Shift+Z, Ctrl+Y", S::Redo},
                                              {"Ctrl+S", S::Save},
                                              {"Ctrl+Shift+S", S::SaveAsEllipsis},
                                              {"Ctrl+O", S::OpenEllipsis},
                                              {"Ctrl+E", S::ExportEllipsis},
                                              {"Ctrl+F", S::FindEllipsis},
                                              {"Ctrl+A", S::SelectAll},
                                              {"F", S::FitSelection},
                                              {"Home", S::FitAll},
                                              {"1 / 2 / 3", S::ShortcutViews},
                                              {"F5", S::AutoAllocateVenue},
                                              {"Shift+F5", S::Stop},
                                              {"Esc", S::ShortcutClearSelection},
                                              {"Shift+click", S::ShortcutAddToSelection},
                                              {"Ctrl+Q", S::Quit},
                                              {"mouse wheel", S::ShortcutZoom},
                                              {"middle drag", S::ShortcutPan},
                                              {"right drag", S::ShortcutOrbit},
                                              {"left drag", S::ShortcutRubberBand},
                                              {"Ctrl+left drag", S::ShortcutMoveExhibitor},
                                              {"Arrow keys", S::ShortcutNudgeRegion},
                                              {"Arrow keys", S::ShortcutNudgeBooths},
                                              {"[ ]  wheel", S::ShortcutFootprintRows},
                                              {"L", S::ShortcutFootprintL},
                                              {"Enter", S::ShortcutTypedSize},
                                              {"R", S::ShortcutTurnRegion},
                                              {"drag a handle", S::ShortcutResizeRegion},
                                              {"Ctrl+D", S::ShortcutDuplicateRegion},
                                              {"Del", S::ShortcutRemoveRegion},
                                              {"M", S::MenuMeasure},
                                              {"H", S::MenuHallDrawing}};
    if (ImGui::BeginTable("##keys", 2, ImGuiTableFlags_RowBg))
    {
        for (auto [keys, what] : rows)
        {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(keys);
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(tr(what));
        }
        ImGui::EndTable();
    }
    ImGui::End();
}

void about(App& app)
{
    if (!ImGui::Begin(label(S::AboutEllipsis, "about").c_str(), &app.panels_open.about,
                      ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_AlwaysAutoResize))
    {
        ImGui::End();
        return;
    }
    ImGui::Text("boothplan 0.1.0");
    ImGui::TextDisabled("%s", tr(S::Tagline));
    ImGui::Separator();
    ImGui::Text("Dear ImGui %s · OpenGL: %s", IMGUI_VERSION, app.platform.gl_renderer().c_str());
    ImGui::Text("%s", trf(S::AboutFonts, {std::to_string(app.font_info.glyphs), std::to_string(app.font_info.width),
                                          std::to_string(app.font_info.height)})
                          .c_str());
    for (const std::string& f : app.font_info.files)
        ImGui::BulletText("%s", f.c_str());
    ImGui::End();
}

} // namespace

void draw_help_windows(App& app)
{
    if (app.panels_open.shortcuts)
        shortcuts(app);
    if (app.panels_open.about)
        about(app);
}

} // namespace bp::win
