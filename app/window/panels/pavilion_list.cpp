// The pavilion list: every pavilion and delegation with its members placed, the area it needs
// (members' requests plus shared space), the area it holds, and whether it stands in one piece.
#include "app/window/app.h"
#include "app/window/tools/pavilion_tool.h"
#include "panels.h"

#include <imgui.h>

#include <algorithm>
#include <cstdio>

namespace bp::win
{

void draw_pavilion_list(App& app)
{
    const Project& p = app.doc->project();
    static bool only_split = false; // a view option of this one list
    ImGui::Checkbox(tr(S::OnlySplitPavilions), &only_split);
    if (!app.report)
    {
        ImGui::SameLine();
        if (ImGui::SmallButton(tr(S::CheckContiguity)))
            app.evaluate_plan();
    }
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY | ImGuiTableFlags_BordersInnerV |
                                  ImGuiTableFlags_Resizable | ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable("##pavilions", 4, flags))
        return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn(tr(S::ColPavilion), ImGuiTableColumnFlags_WidthStretch, 2.2f);
    ImGui::TableSetupColumn(tr(S::ColMembers), ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn(tr(S::ColArea), ImGuiTableColumnFlags_WidthStretch, 1.4f);
    ImGui::TableSetupColumn(tr(S::ColState), ImGuiTableColumnFlags_WidthStretch, 1.1f);
    ImGui::TableHeadersRow();
    std::vector<const PavilionRow*> rows;
    for (const PavilionRow& r : app.derived.pavilions)
        if (r.members > 0 && (!only_split || r.split))
            rows.push_back(&r);
    std::stable_sort(rows.begin(), rows.end(),
                     [](const PavilionRow* a, const PavilionRow* b) { return a->required_m2 > b->required_m2; });
    ImGuiListClipper clip;
    clip.Begin(static_cast<int>(rows.size()));
    while (clip.Step())
        for (int i = clip.DisplayStart; i < clip.DisplayEnd; ++i)
        {
            const PavilionRow& r = *rows[static_cast<size_t>(i)];
            const Pavilion& v = p.pavilion(r.pavilion);
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            bool selected = std::find(app.selection.pavilions.begin(), app.selection.pavilions.end(), r.pavilion) !=
                            app.selection.pavilions.end();
            std::string name = app.display(v.name) + "##pav" + std::to_string(r.pavilion.value);
            if (ImGui::Selectable(name.c_str(), selected, ImGuiSelectableFlags_SpanAllColumns))
            {
                Subjects s;
                s.pavilions.push_back(r.pavilion);
                app.select_subjects(s);
            }
            app.probe.item("pavilion." + v.name);
            // The list is the pavilions' palette: dragging a row out onto the plan places it.
            if (ImGui::IsItemActive() && ImGui::IsMouseDragging(ImGuiMouseButton_Left, 6) && !app.read_only() &&
                !app.viewport.tool_busy())
                app.viewport.begin_drag(std::make_unique<PavilionTool>(p, r.pavilion));
            ImGui::TableNextColumn();
            ImGui::Text("%d/%d", r.placed, r.members);
            ImGui::TableNextColumn();
            ImGui::Text("%.0f / %.0f m²", r.assigned_m2, r.required_m2);
            ImGui::TableNextColumn();
            if (r.placed == 0)
                ImGui::TextDisabled("%s", tr(S::StateUnplaced));
            else if (r.split)
                ImGui::TextColored(ImVec4(0.8f, 0.2f, 0.1f, 1), "%s", tr(S::StateSplit));
            else if (app.report)
                ImGui::TextColored(ImVec4(0.1f, 0.5f, 0.2f, 1), "%s", tr(S::StateWhole));
            else
                ImGui::TextDisabled("%s", tr(S::StatePlaced));
            if (r.region)
            {
                ImGui::SameLine();
                ImGui::TextDisabled("%s", tr(S::StateRegion));
            }
        }
    ImGui::EndTable();
}

} // namespace bp::win
