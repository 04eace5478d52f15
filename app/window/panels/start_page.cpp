// The start page when no project is open: recent projects, new from a venue, open, sample fairs,
// and unsaved work of an untitled project to recover.
#include "app/window/app.h"
#include "panels.h"

#include "layout/io/project_store.h"

#include <imgui.h>

#include <filesystem>

namespace bp::win
{

void draw_start_page(App& app, float x, float y, float w, float h)
{
    begin_panel("###start", x, y, w, h, ImGuiWindowFlags_NoDecoration);
    const float s = app.ui_scale;
    const float col = std::min(560 * s, w - 40 * s);
    ImGui::SetCursorPos(ImVec2(std::max(20 * s, (w - col) * 0.5f), 60 * s));
    ImGui::BeginGroup();
    ImGui::SetWindowFontScale(1.6f);
    ImGui::TextUnformatted("boothplan");
    ImGui::SetWindowFontScale(1);
    ImGui::TextDisabled("%s", tr(S::Tagline));
    ImGui::Dummy(ImVec2(0, 16 * s));
    if (ImGui::Button(tr(S::NewFromVenue), ImVec2(180 * s, 0)))
        app.choose_new_from_venue();
    app.probe.item("start.new_from_venue");
    ImGui::SameLine();
    if (ImGui::Button(tr(S::OpenEllipsis), ImVec2(180 * s, 0)))
        app.choose_open();
    app.probe.item("start.open");
    ImGui::Dummy(ImVec2(0, 12 * s));
    ImGui::TextDisabled("%s", tr(S::TrySample));
    if (ImGui::SmallButton(tr(S::SampleTiny)))
        app.new_sample(SamplePreset::Tiny);
    ImGui::SameLine();
    if (ImGui::SmallButton(tr(S::SampleCismef)))
        app.new_sample(SamplePreset::Cismef);
    app.probe.item("start.sample.cismef");
    ImGui::SameLine();
    if (ImGui::SmallButton(tr(S::SampleCanton)))
        app.new_sample(SamplePreset::Canton);
    if (auto offer = find_untitled_recovery())
    {
        ImGui::Dummy(ImVec2(0, 12 * s));
        ImGui::TextColored(ImVec4(0.7f, 0.35f, 0.0f, 1), "%s", tr(S::UntitledRecoveryFound));
        if (ImGui::Button(tr(S::RecoverRestore)))
        {
            try
            {
                Project p = load_project(offer->path);
                std::string name = p.venue.name;
                app.new_recovered(std::move(p), name);
            }
            catch (const std::exception& e)
            {
                app.dialogs.problems(tr(S::RecoverTitle), e.what());
            }
        }
        ImGui::SameLine();
        if (ImGui::Button(tr(S::RecoverDiscard)))
        {
            std::error_code ec;
            std::filesystem::remove(offer->path, ec);
        }
    }
    ImGui::Dummy(ImVec2(0, 16 * s));
    ImGui::TextDisabled("%s", tr(S::RecentProjects));
    ImGui::Separator();
    if (app.settings.recent_projects.empty())
        ImGui::TextDisabled("%s", tr(S::NoRecentProjects));
    std::string open;
    for (const std::string& p : app.settings.recent_projects)
    {
        std::error_code ec;
        bool exists = std::filesystem::exists(p, ec);
        std::string name = std::filesystem::path(p).filename().string();
        if (ImGui::Selectable((name + "##" + p).c_str(), false, exists ? 0 : ImGuiSelectableFlags_Disabled))
            open = p;
        if (ImGui::IsItemHovered())
            ImGui::SetTooltip("%s", p.c_str());
        ImGui::SameLine(col * 0.45f);
        ImGui::TextDisabled("%s", std::filesystem::path(p).parent_path().string().c_str());
    }
    ImGui::EndGroup();
    ImGui::End();
    if (!open.empty())
        app.open_project(open);
}

} // namespace bp::win
