// The allocation panel: run auto-allocation (whole venue, one hall, the selection) with a progress
// bar, the live score and a convergence plot, and Stop; then the score by constraint, the violations
// (a click flies there and selects them), the unassigned exhibitors with their reasons, and the fill
// rate per hall and per pavilion as bar charts.
#include "app/window/app.h"
#include "panels.h"

#include <imgui.h>

#include <cstdio>
#include <string_view>

namespace bp::win
{

namespace
{

std::string score_text(const Score& s)
{
    return std::to_string(s.hard) + " / " + std::to_string(s.medium) + " / " + std::to_string(s.soft);
}

const char* phase_name(SolvePhase phase)
{
    switch (phase)
    {
    case SolvePhase::Construct:
        return tr(S::PhaseConstruct);
    case SolvePhase::Search:
        return tr(S::PhaseSearch);
    case SolvePhase::Polish:
        return tr(S::PhasePolish);
    case SolvePhase::Done:
        break;
    }
    return tr(S::PhaseDone);
}

void run_controls(App& app, float width)
{
    const bool running = app.solver.running();
    const char* scopes[] = {tr(S::ScopeVenue), tr(S::ScopeHall), tr(S::ScopeSelection)};
    ImGui::SetNextItemWidth(width * 0.42f);
    ImGui::BeginDisabled(running);
    ImGui::Combo("##scope", &app.allocation_scope, scopes, 3);
    ImGui::SameLine();
    SolveScope scope;
    bool possible = true;
    if (app.allocation_scope == 1)
    {
        possible = app.selection.hall.valid();
        if (possible)
            scope.halls.push_back(app.selection.hall);
    }
    else if (app.allocation_scope == 2)
    {
        scope = app.selection_scope();
        possible = !scope.exhibitors.empty();
    }
    ImGui::BeginDisabled(!possible);
    if (ImGui::Button(tr(S::AutoAllocate)))
        app.start_solve(scope);
    app.probe.item("alloc.run");
    ImGui::EndDisabled();
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::BeginDisabled(!running || app.solver.stopping());
    if (ImGui::Button(tr(S::Stop)))
        app.stop_solve();
    app.probe.item("alloc.stop");
    ImGui::EndDisabled();

    SolveProgress pr = app.solver.progress();
    char overlay[96];
    std::snprintf(overlay, sizeof overlay, "%s  %.0f%%  %.1f s", phase_name(pr.phase), pr.fraction * 100, pr.time_s);
    ImGui::ProgressBar(pr.started ? static_cast<float>(pr.fraction) : 0.0f, ImVec2(width, 0), pr.started ? overlay : "");
    app.probe.item("alloc.progress");
    app.probe.state("alloc.fraction", pr.fraction);
    app.probe.state("alloc.phase", to_string(pr.phase));
    ImGui::Text("%s %s", tr(S::LiveScore), score_text(pr.best).c_str());
    // The convergence plot: the best score so far over the run.
    std::vector<float> values;
    values.reserve(pr.history.size());
    for (const ScoreSample& s : pr.history)
        values.push_back(plot_value(s.best));
    float lo = 0, hi = 0;
    for (float v : values)
    {
        lo = std::min(lo == 0 ? v : lo, v);
        hi = std::max(hi == 0 ? v : hi, v);
    }
    ImGui::PlotLines("##convergence", values.empty() ? nullptr : values.data(), static_cast<int>(values.size()), 0,
                     tr(S::Convergence), lo, hi + 1, ImVec2(width, ImGui::GetContentRegionAvail().y));
    app.probe.item("alloc.plot");
    app.probe.state("alloc.samples", static_cast<double>(values.size()));
}

void constraint_tab(App& app)
{
    const AllocationReport& r = *app.report;
    ImGui::Text("%s %s   %s", r.from_solve ? tr(S::SolveResultLabel) : tr(S::PlanEvaluatedLabel),
                score_text(r.evaluation.score).c_str(), r.from_solve ? tr(r.status) : "");
    const Metrics& m = r.evaluation.metrics;
    ImGui::TextDisabled(
        "%s", trf(S::MetricsLine, {std::to_string(m.assigned), std::to_string(m.exhibitors),
                                   std::to_string(m.pavilions_contiguous), std::to_string(m.pavilions),
                                   std::to_string(m.preferences_met), std::to_string(m.preferences_requested)})
                  .c_str());
    if (!ImGui::BeginTable("##by-constraint", 4, ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY))
        return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn(tr(S::ColConstraint));
    ImGui::TableSetupColumn(tr(S::ColLevel));
    ImGui::TableSetupColumn(tr(S::ColCount));
    ImGui::TableSetupColumn(tr(S::ColPenalty));
    ImGui::TableHeadersRow();
    for (const ConstraintTotal& t : r.by_constraint)
    {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        const std::string_view name = tr_constraint(t.constraint);
        ImGui::TextUnformatted(name.data(), name.data() + name.size());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(tr(t.level));
        ImGui::TableNextColumn();
        ImGui::Text("%d", t.count);
        ImGui::TableNextColumn();
        ImGui::Text("%lld", static_cast<long long>(t.penalty));
    }
    ImGui::EndTable();
}

void violations_tab(App& app)
{
    const AllocationReport& r = *app.report;
    ImGuiListClipper clip;
    ImGui::BeginChild("##violations");
    clip.Begin(static_cast<int>(r.evaluation.violations.size()));
    std::string shown; // the lines on screen, for the tests
    while (clip.Step())
        for (int i = clip.DisplayStart; i < clip.DisplayEnd; ++i)
        {
            const Penalty& v = r.evaluation.violations[static_cast<size_t>(i)];
            ImVec4 colour = v.level == PenaltyLevel::Hard     ? ImVec4(0.8f, 0.1f, 0.1f, 1)
                            : v.level == PenaltyLevel::Medium ? ImVec4(0.75f, 0.4f, 0.0f, 1)
                                                              : ImVec4(0.3f, 0.3f, 0.35f, 1);
            ImGui::PushStyleColor(ImGuiCol_Text, colour);
            std::string text =
                trf(S::ViolationLineXY, {tr_constraint(v.constraint), app.display(tr(v.says))}) + "##v" + std::to_string(i);
            const float room = ImGui::GetContentRegionAvail().x; // a Selectable is as wide as its label
            if (ImGui::Selectable(text.c_str()))
                app.select_subjects(r.violation_subjects[static_cast<size_t>(i)]);
            ImGui::PopStyleColor();
            // A line wider than the tab (a pavilion's reason names its figures and booths): whole, wrapped, on hover.
            const std::string_view line(text.data(), text.find("##v"));
            if (ImGui::IsItemHovered() &&
                ImGui::CalcTextSize(line.data(), line.data() + line.size()).x > room)
            {
                ImGui::BeginTooltip();
                ImGui::PushTextWrapPos(ImGui::GetFontSize() * 36);
                ImGui::TextUnformatted(line.data(), line.data() + line.size());
                ImGui::PopTextWrapPos();
                ImGui::EndTooltip();
            }
            if (app.probe.on())
            {
                app.probe.item("alloc.violation." + std::to_string(i));
                shown += text.substr(0, text.find("##v")) + "\n";
            }
        }
    ImGui::EndChild();
    app.probe.state("alloc.violations", shown);
}

void unassigned_tab(App& app)
{
    const AllocationReport& r = *app.report;
    const Project& p = app.doc->project();
    if (r.unassigned.empty())
        ImGui::TextDisabled("%s", tr(S::EveryonePlaced));
    ImGuiListClipper clip;
    ImGui::BeginChild("##unassigned");
    clip.Begin(static_cast<int>(r.unassigned.size()));
    std::string shown; // the lines on screen, for the tests
    while (clip.Step())
        for (int i = clip.DisplayStart; i < clip.DisplayEnd; ++i)
        {
            const UnassignedRow& u = r.unassigned[static_cast<size_t>(i)];
            const Exhibitor& x = p.exhibitor(u.exhibitor);
            std::string text;
            if (!u.reason.empty() && !u.reason.args.empty() && u.reason.args[0] == x.code)
            {
                // The reason names the exhibitor by its code first: the name goes beside it, once.
                Wording reason = u.reason;
                reason.args[0] = x.code + "  " + x.name;
                text = app.display(tr(reason));
            }
            else
                text = x.code + "  " + app.display(x.name) + " — " +
                       (u.reason.empty() ? std::string(tr(S::NoReasonGiven)) : app.display(tr(u.reason)));
            text += "##u" + std::to_string(i);
            if (ImGui::Selectable(text.c_str()))
            {
                PlanSelection s;
                s.exhibitor = u.exhibitor;
                app.select(std::move(s), false);
            }
            if (app.probe.on())
                shown += text.substr(0, text.find("##u")) + "\n";
        }
    ImGui::EndChild();
    app.probe.state("alloc.unassigned", shown);
}

void fill_tab(App& app, float width)
{
    const Project& p = app.doc->project();
    std::vector<float> halls;
    for (const HallFillRow& r : app.derived.hall_fill)
        halls.push_back(static_cast<float>(r.fill.rate() * 100));
    std::vector<float> pavilions;
    std::vector<PavilionId> pav_ids;
    for (const PavilionRow& r : app.derived.pavilions)
        if (r.members > 0 && r.required_m2 > 0)
        {
            pavilions.push_back(static_cast<float>(std::min(150.0, 100 * r.assigned_m2 / r.required_m2)));
            pav_ids.push_back(r.pavilion);
        }
    const float h = (ImGui::GetContentRegionAvail().y - ImGui::GetTextLineHeightWithSpacing() * 2) * 0.5f;
    ImGui::TextDisabled("%s", tr(S::FillPerHall));
    ImGui::PlotHistogram("##fill-halls", halls.empty() ? nullptr : halls.data(), static_cast<int>(halls.size()), 0,
                         nullptr, 0, 100, ImVec2(width, h));
    app.probe.item("alloc.fill.halls");
    if (ImGui::IsItemHovered() && !halls.empty())
    {
        float t = (ImGui::GetIO().MousePos.x - ImGui::GetItemRectMin().x) / std::max(1.0f, ImGui::GetItemRectSize().x);
        size_t i = std::min(halls.size() - 1, static_cast<size_t>(std::max(0.0f, t) * halls.size()));
        ImGui::SetTooltip("%s: %.1f%%", p.venue.halls[i].name.c_str(), halls[i]);
    }
    ImGui::TextDisabled("%s", tr(S::FillPerPavilion));
    ImGui::PlotHistogram("##fill-pavilions", pavilions.empty() ? nullptr : pavilions.data(),
                         static_cast<int>(pavilions.size()), 0, nullptr, 0, 130, ImVec2(width, h));
    if (ImGui::IsItemHovered() && !pavilions.empty())
    {
        float t = (ImGui::GetIO().MousePos.x - ImGui::GetItemRectMin().x) / std::max(1.0f, ImGui::GetItemRectSize().x);
        size_t i = std::min(pavilions.size() - 1, static_cast<size_t>(std::max(0.0f, t) * pavilions.size()));
        ImGui::SetTooltip("%s: %.0f%%", app.display(p.pavilion(pav_ids[i]).name).c_str(), pavilions[i]);
    }
}

} // namespace

void draw_allocation_panel(App& app, float x, float y, float w, float h)
{
    begin_panel(label(S::PanelAllocation, "allocation").c_str(), x, y, w, h);
    const float left = std::max(260 * app.ui_scale, w * 0.38f);
    ImGui::BeginChild("##run", ImVec2(left, 0));
    run_controls(app, left - 8 * app.ui_scale);
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginChild("##results");
    if (!app.report)
    {
        ImGui::TextWrapped("%s", tr(S::NoReportYet));
        if (ImGui::Button(tr(S::EvaluatePlan)) && !app.solver.running())
            app.evaluate_plan();
        fill_tab(app, ImGui::GetContentRegionAvail().x);
    }
    else if (ImGui::BeginTabBar("##result-tabs"))
    {
        const AllocationReport& r = *app.report;
        if (ImGui::BeginTabItem(label(S::TabScore, "tab-score").c_str()))
        {
            constraint_tab(app);
            ImGui::EndTabItem();
        }
        std::string vl = trf(S::TabViolationsX, {std::to_string(r.evaluation.violations.size())}) + "###tab-violations";
        if (ImGui::BeginTabItem(vl.c_str()))
        {
            violations_tab(app);
            ImGui::EndTabItem();
        }
        app.probe.item("alloc.tab.violations");
        std::string ul = trf(S::TabUnassignedX, {std::to_string(r.unassigned.size())}) + "###tab-unassigned";
        if (ImGui::BeginTabItem(ul.c_str()))
        {
            unassigned_tab(app);
            ImGui::EndTabItem();
        }
        app.probe.item("alloc.tab.unassigned");
        if (ImGui::BeginTabItem(label(S::TabFill, "tab-fill").c_str()))
        {
            fill_tab(app, ImGui::GetContentRegionAvail().x);
            ImGui::EndTabItem();
        }
        app.probe.item("alloc.tab.fill");
        ImGui::EndTabBar();
    }
    ImGui::EndChild();
    ImGui::End();
}

} // namespace bp::win
