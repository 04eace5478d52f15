// Allocate ▸ Settings: seed, time limit, threads and the penalty weights of the solver.
#include "app/window/app.h"
#include "dialogs.h"

#include <imgui.h>

#include <cstring>

namespace bp::win
{

namespace
{

void weight(const char* name, int64_t& value)
{
    ImGui::SetNextItemWidth(140);
    ImGui::InputScalar(name, ImGuiDataType_S64, &value);
    if (value < 0)
        value = 0;
}

} // namespace

void draw_solve_settings(App& app)
{
    if (!app.panels_open.solve_settings)
        return;
    ImGui::SetNextWindowSize(ImVec2(420 * app.ui_scale, 0), ImGuiCond_Appearing);
    if (!ImGui::Begin(label(S::SolveSettingsTitle, "solve-settings").c_str(), &app.panels_open.solve_settings,
                      ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_AlwaysAutoResize))
    {
        ImGui::End();
        return;
    }
    SolveSettings& s = app.settings.solve;
    SolveSettings before = s;
    ImGui::InputScalar(tr(S::Seed), ImGuiDataType_U64, &s.seed);
    float limit = static_cast<float>(s.time_limit_s);
    if (ImGui::SliderFloat(tr(S::TimeLimit), &limit, 1, 600, "%.0f s", ImGuiSliderFlags_Logarithmic))
        s.time_limit_s = limit;
    ImGui::SliderInt(tr(S::Threads), &s.threads, 1, 2);
    ImGui::Separator();
    ImGui::TextDisabled("%s", tr(S::Weights));
    Weights& w = s.weights;
    weight(tr(S::WeightUnassigned), w.unassigned_per_m2);
    weight(tr(S::WeightPavilionSplit), w.pavilion_split_per_m2);
    weight(tr(S::WeightPavilionSpread), w.pavilion_spread);
    weight(tr(S::WeightSectorSpread), w.sector_spread_per_m2);
    weight(tr(S::WeightPreference), w.preference_unmet);
    weight(tr(S::WeightPriority), w.priority_quality);
    weight(tr(S::WeightCompetitorNear), w.competitor_near);
    weight(tr(S::WeightCompetitorFacing), w.competitor_facing);
    weight(tr(S::WeightIsolated), w.isolated_module);
    weight(tr(S::WeightMoved), w.moved);
    if (ImGui::Button(tr(S::Defaults)))
        s = SolveSettings{};
    const bool changed = s.seed != before.seed || s.time_limit_s != before.time_limit_s ||
                         s.threads != before.threads || std::memcmp(&s.weights, &before.weights, sizeof(Weights)) != 0;
    if (changed)
        save_settings(app.settings);
    ImGui::End();
}

} // namespace bp::win
