// The inspector: what is selected — a hall (its rules and fill), booths (number, type, area,
// status; lock, merge, split), the exhibitor in a booth (every field of the list; pin and unpin), a pavilion (members,
// area, contiguity) — and for an exhibitor or pavilion, "Why here?": the last solve's penalties that
// name it, in words.
#include "app/window/app.h"
#include "app/window/tools/booth_edits.h"
#include "app/window/tools/pavilion_footprint.h"
#include "panels.h"

#include "layout/io/countries.h"

#include <imgui.h>

#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <optional>

namespace bp::win
{

namespace
{

void field(const char* name, const std::string& value, const char* probe_id = nullptr, App* app = nullptr)
{
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextDisabled("%s", name);
    ImGui::TableNextColumn();
    ImGui::TextWrapped("%s", value.c_str());
    if (probe_id && app)
    {
        app->probe.item(probe_id);
        app->probe.state(probe_id, value);
    }
}

bool begin_fields(const char* id)
{
    if (!ImGui::BeginTable(id, 2, ImGuiTableFlags_SizingStretchProp))
        return false;
    ImGui::TableSetupColumn("k", ImGuiTableColumnFlags_WidthStretch, 0.9f);
    ImGui::TableSetupColumn("v", ImGuiTableColumnFlags_WidthStretch, 2.0f);
    return true;
}

// The one field being typed into: its text lives here between frames, and the edit is applied when
// the planner leaves the field (Enter, Tab or a click elsewhere), as one undo step.
struct Draft
{
    std::string key;
    char text[256] = {};
} g_draft;

// An editable row; true with `out` set when the planner has changed the value and left the field.
bool edit_field(const char* name, const std::string& key, const std::string& value, std::string& out,
                const char* probe_id, App& app)
{
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::AlignTextToFramePadding(); // the name level with the text in the field
    ImGui::TextDisabled("%s", name);
    ImGui::TableNextColumn();
    const bool mine = g_draft.key == key;
    char idle[sizeof g_draft.text];
    std::snprintf(idle, sizeof idle, "%s", value.c_str());
    char* buffer = mine ? g_draft.text : idle;
    ImGui::SetNextItemWidth(-1);
    ImGui::BeginDisabled(app.read_only());
    ImGui::InputText(("##" + key).c_str(), buffer, sizeof g_draft.text);
    ImGui::EndDisabled();
    app.probe.item(probe_id);
    app.probe.state(probe_id, value);
    if (ImGui::IsItemActivated() && !mine)
    {
        g_draft.key = key;
        std::memcpy(g_draft.text, idle, sizeof idle); // with what was typed in this very frame
    }
    if (ImGui::IsItemDeactivated() && g_draft.key == key)
    {
        g_draft.key.clear();
        out = g_draft.text;
        return ImGui::IsItemDeactivatedAfterEdit() && out != value;
    }
    return false;
}

// A value the planner typed that the exhibitor list would refuse (same rules as its import):
// said so, nothing changes.
bool refuse(App& app, const std::string& why)
{
    app.dialogs.message(tr(S::CannotChangeTitle), why);
    return false;
}

// The exhibitor with one typed field changed, or nullopt (and a message) when the value is refused.
bool set_typed_field(App& app, const std::string& field, const std::string& typed, Exhibitor& x)
{
    if (field == "name")
        return typed.empty() ? refuse(app, tr(S::EmptyName)) : (x.name = typed, true);
    if (field == "name_local")
        return x.name_local = typed, true;
    if (field == "country")
    {
        std::string code = typed;
        for (char& c : code)
            c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        return is_iso_country(code) ? (x.country = code, true) : refuse(app, trf(S::BadCountryX, {typed}));
    }
    if (field == "area")
    {
        char* end = nullptr;
        const double v = std::strtod(typed.c_str(), &end);
        const bool ok = !typed.empty() && end && *end == 0 && std::isfinite(v) && v > 0 &&
                        (x.booth_kind != BoothKind::Raw || v >= 36);
        return ok ? (x.area_m2 = v, true) : refuse(app, trf(S::BadAreaX, {typed}));
    }
    if (field == "priority")
    {
        int v = 0;
        auto [end, ec] = std::from_chars(typed.data(), typed.data() + typed.size(), v);
        return ec == std::errc() && end == typed.data() + typed.size() && !typed.empty()
                   ? (x.priority = v, true)
                   : refuse(app, trf(S::BadPriorityX, {typed}));
    }
    return false;
}

std::string metres(double v, const char* unit = "m")
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f %s", v, unit);
    return buf;
}


// [SECTION] Hall ------------------------------------------------------------------------------------

void hall_section(App& app, HallId id)
{
    const Project& p = app.doc->project();
    const Hall& h = p.hall(id);
    section(trf(S::HallX, {app.display(h.name)}).c_str());
    const HallRules r = p.rules(id);
    const BoothFill& fill = app.derived.hall_fill[id.index()].fill;
    Box b = bounds(h.outline);
    char fill_text[96];
    std::snprintf(fill_text, sizeof fill_text, "%.1f%%  (%d / %d, %.0f / %.0f m²)", fill.rate() * 100, fill.assigned,
                  fill.booths, fill.assigned_m2, fill.area_m2);
    if (begin_fields("##hall"))
    {
        field(tr(S::FieldCode), h.code, "inspector.hall.code", &app);
        field(tr(S::FieldLevel), std::to_string(h.level));
        field(tr(S::FieldSize),
              metres(b.width()) + " × " + metres(b.height()) + "  (" + metres(area(h.outline), "m²") + ")");
        field(tr(S::FieldCeiling), metres(h.height_m));
        field(tr(S::FieldColumns), std::to_string(h.columns.size()));
        field(tr(S::FieldDoors), std::to_string(h.doors.size()));
        field(tr(S::FieldFill), fill_text, "inspector.hall.fill", &app);
        field(tr(S::FieldModule), metres(r.module_m));
        field(tr(S::FieldAisles), metres(r.main_aisle_m) + " / " + metres(r.aisle_m));
        field(tr(S::FieldMaxRow), metres(r.max_row_m));
        field(tr(S::FieldExitClearance), metres(r.exit_clearance_m));
        field(tr(S::FieldExitDistance), r.max_exit_distance_m ? metres(*r.max_exit_distance_m) : std::string("—"));
        ImGui::EndTable();
    }
    if (ImGui::Button(trf(S::AutoAllocateHallX, {h.code}).c_str()) && !app.solver.running())
    {
        SolveScope scope;
        scope.halls.push_back(id);
        app.start_solve(scope);
    }
}

// [SECTION] Booths ----------------------------------------------------------------------------------

void set_status(App& app, const std::vector<BoothId>& booths, BoothStatus status)
{
    BoothEdit e = set_booth_status(app.doc->project(), booths, status);
    if (e.ok())
        app.apply(std::move(*e.edit));
}

// A merge or a split renumbers the booths: the selection becomes the booths over the same cells.
void reshape(App& app, BoothEdit e, BlockId block, const BoothCells& cells)
{
    if (!e.ok())
    {
        app.status_message = trf(S::BoothRefusedX, {e.reason});
        return;
    }
    app.apply(std::move(*e.edit));
    PlanSelection s = app.selection;
    s.booths = booths_over(app.doc->project(), block, cells);
    app.select(std::move(s), false);
}

// Lock and split for one booth; merge for a selection.
void booth_buttons(App& app, const std::vector<BoothId>& sel)
{
    const Project& p = app.doc->project();
    ImGui::BeginDisabled(app.read_only());
    if (sel.size() == 1)
    {
        const Booth& b = p.booth(sel.front());
        if (b.exhibitor.valid())
        {
            const bool locked = p.exhibitor(b.exhibitor).locked_booth == b.number;
            if (ImGui::Button(tr(locked ? S::UnlockBooth : S::LockBooth)))
            {
                BoothEdit e = lock_booth(p, sel.front(), !locked);
                if (e.ok())
                    app.apply(std::move(*e.edit));
            }
            app.probe.item("inspector.booth.lock");
            ImGui::SameLine();
        }
        if (b.cells.rows * b.cells.cols > 1)
        {
            const BoothCells cells = b.cells;
            if (ImGui::Button(tr(S::SplitBooth)))
                reshape(app, split_booth(p, sel.front()), cells.block, cells);
            app.probe.item("inspector.booth.split");
        }
    }
    else if (sel.size() > 1)
    {
        if (ImGui::Button(tr(S::MergeBooths)))
        {
            // The merged booth covers the first one's cells.
            const BoothCells first = p.booth(sel.front()).cells;
            reshape(app, merge_booths(p, sel), first.block, first);
        }
        app.probe.item("inspector.booths.merge");
    }
    ImGui::EndDisabled();
}

// The pavilions a copy of this one's region can be given to (Ctrl+D or Duplicate for…).
void duplicate_popup(App& app, PavilionId from)
{
    if (!ImGui::BeginPopup("##duplicate-region"))
        return;
    const Project& p = app.doc->project();
    ImGui::TextUnformatted(trf(S::RegionDuplicateTitleX, {app.display(p.pavilion(from).name)}).c_str());
    ImGui::Separator();
    for (size_t i = 0; i < p.pavilions.size(); ++i)
    {
        const PavilionId to(static_cast<int32_t>(i));
        if (to == from)
            continue;
        const std::string row = trf(S::RegionDuplicateRowXYZ, {app.display(p.pavilion(to).name),
                                                               std::to_string(p.members(to).size()),
                                                               wording_figure(pavilion_need_m2(p, to))}) +
                                "##to" + std::to_string(i);
        if (ImGui::Selectable(row.c_str()))
            app.duplicate_region(from, to);
        app.probe.item("duplicate." + p.pavilion(to).name);
    }
    ImGui::EndPopup();
}

void status_combo(App& app, const std::vector<BoothId>& booths, BoothStatus current, bool mixed)
{
    ImGui::BeginDisabled(app.read_only());
    ImGui::SetNextItemWidth(-1);
    const char* preview = mixed ? tr(S::Mixed) : tr(current);
    if (ImGui::BeginCombo("##status", preview))
    {
        for (int i = 0; i < 5; ++i)
            if (ImGui::Selectable(tr(static_cast<BoothStatus>(i)), !mixed && static_cast<int>(current) == i))
                set_status(app, booths, static_cast<BoothStatus>(i));
        ImGui::EndCombo();
    }
    app.probe.item("inspector.booth.status");
    ImGui::EndDisabled();
}

void booth_section(App& app)
{
    const Project& p = app.doc->project();
    const std::vector<BoothId>& sel = app.selection.booths;
    if (sel.size() == 1)
    {
        const Booth& b = p.booth(sel.front());
        const Block& blk = p.block(b.cells.block);
        section(trf(S::BoothX, {b.number}).c_str());
        app.probe.item("inspector.booth.title");
        char size[64];
        std::snprintf(size, sizeof size, "%.0f m²  (%d × %d)", booth_area(blk, b.cells), b.cells.cols, b.cells.rows);
        if (begin_fields("##booth"))
        {
            field(tr(S::FieldNumber), b.number, "inspector.booth.number", &app);
            field(tr(S::FieldHall), p.hall(b.hall).code);
            field(tr(S::FieldType), tr(booth_type(blk, b.cells)), "inspector.booth.type", &app);
            field(tr(S::FieldArea), size, "inspector.booth.area", &app);
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::TextDisabled("%s", tr(S::FieldStatus));
            ImGui::TableNextColumn();
            status_combo(app, sel, b.status, false);
            ImGui::EndTable();
        }
        booth_buttons(app, sel);
        return;
    }
    double area_sum = 0;
    int taken = 0;
    bool mixed = false;
    for (BoothId id : sel)
    {
        const Booth& b = p.booth(id);
        area_sum += booth_area(p.block(b.cells.block), b.cells);
        taken += b.exhibitor.valid();
        mixed = mixed || b.status != p.booth(sel.front()).status;
    }
    section(trf(S::BoothsSelectedX, {std::to_string(sel.size())}).c_str());
    app.probe.item("inspector.booths.title");
    if (begin_fields("##booths"))
    {
        field(tr(S::FieldArea), metres(area_sum, "m²"));
        field(tr(S::FieldTaken), std::to_string(taken) + " / " + std::to_string(sel.size()));
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextDisabled("%s", tr(S::FieldStatus));
        ImGui::TableNextColumn();
        status_combo(app, sel, p.booth(sel.front()).status, mixed);
        ImGui::EndTable();
    }
    booth_buttons(app, sel);
    SolveScope scope = app.selection_scope();
    ImGui::BeginDisabled(scope.exhibitors.empty() || app.solver.running());
    if (ImGui::Button(tr(S::AutoAllocateSelection)))
        app.start_solve(scope);
    ImGui::EndDisabled();
}

// [SECTION] Why here? ---------------------------------------------------------------------------

void why_here(App& app, const Subjects& subject, ExhibitorId exhibitor)
{
    section(tr(S::WhyHere));
    app.probe.item("inspector.why");
    if (!app.report)
    {
        ImGui::TextDisabled("%s", tr(S::WhyHereNoSolve));
        if (ImGui::SmallButton(tr(S::EvaluatePlan)))
            app.evaluate_plan();
        return;
    }
    if (app.report_revision != app.doc->revision())
        ImGui::TextDisabled("%s", tr(S::WhyHereStale));
    const Project& p = app.doc->project();
    std::vector<std::string> lines;
    if (exhibitor.valid())
        for (const Reason& r : explain_exhibitor_reasons(p, app.report->evaluation, current_allocation(p), exhibitor))
            lines.push_back(tr(r));
    else
        for (size_t i : penalties_naming(app.report->violation_subjects, subject))
        {
            const Penalty& v = app.report->evaluation.violations[i];
            lines.push_back(tr(Reason{ReasonKind::Penalty, {v.constraint}, v.says, v.level}));
        }
    if (lines.empty())
        ImGui::TextDisabled("%s", tr(S::WhyHereNothing));
    std::string all;
    for (const std::string& l : lines)
    {
        ImGui::Bullet();
        ImGui::TextWrapped("%s", app.display(l).c_str());
        all += l + "\n";
    }
    app.probe.state("inspector.why", all);
}

// [SECTION] Exhibitor and pavilion --------------------------------------------------------------

void exhibitor_section(App& app, ExhibitorId id, BoothId booth)
{
    const Project& p = app.doc->project();
    const Exhibitor& x = p.exhibitor(id);
    section(trf(S::ExhibitorX, {x.code}).c_str());
    std::string prefer, rivals;
    for (const Preference& pr : x.prefer)
        prefer += (prefer.empty() ? "" : "; ") + to_string(pr);
    for (ExhibitorId c : x.competitors)
        rivals += (rivals.empty() ? "" : "; ") + p.exhibitor(c).code;
    if (begin_fields("##exhibitor"))
    {
        // Names are edited as stored (the shaped display form is for reading only). A changed
        // field becomes one EditExhibitor, undone with Ctrl+Z.
        const std::string k = "x" + std::to_string(id.value) + ".";
        std::optional<Exhibitor> changed;
        auto row = [&](S name, const char* field_id, const std::string& value)
        {
            std::string typed;
            if (edit_field(tr(name), k + field_id, value, typed,
                           ("inspector.exhibitor." + std::string(field_id)).c_str(), app))
            {
                Exhibitor c = x;
                if (set_typed_field(app, field_id, typed, c))
                    changed = std::move(c);
            }
        };
        // A right-to-left name is shown shaped and read-only: a text field would show its letters
        // unjoined and in the wrong order.
        if (app.display(x.name) == x.name)
            row(S::FieldName, "name", x.name);
        else
            field(tr(S::FieldName), app.display(x.name), "inspector.exhibitor.name", &app);
        if (app.display(x.name_local) == x.name_local)
            row(S::FieldLocalName, "name_local", x.name_local);
        else
            field(tr(S::FieldLocalName), app.display(x.name_local), "inspector.exhibitor.name_local", &app);
        row(S::FieldCountry, "country", x.country);
        field(tr(S::FieldSector), x.sector.valid() ? app.display(p.sector(x.sector).name) : "—");
        char area[32];
        std::snprintf(area, sizeof area, "%g", x.area_m2);
        row(S::FieldRequestedM2, "area", area);
        field(tr(S::FieldBoothKind), tr(x.booth_kind == BoothKind::Raw ? S::BoothKindRaw : S::BoothKindShell));
        field(tr(S::FieldPavilion), x.pavilion.valid() ? app.display(p.pavilion(x.pavilion).name) : "—");
        field(tr(S::FieldPrefers), prefer.empty() ? "—" : prefer);
        field(tr(S::FieldCompetitors), rivals.empty() ? "—" : rivals);
        row(S::FieldPriority, "priority", std::to_string(x.priority));
        field(tr(S::FieldPinned), x.locked_booth.empty() ? "—" : x.locked_booth, "inspector.exhibitor.pinned", &app);
        ImGui::EndTable();
        if (changed && !app.read_only())
            app.apply(EditExhibitor{id, std::move(*changed)});
    }
    ImGui::BeginDisabled(app.read_only());
    if (!x.locked_booth.empty())
    {
        if (ImGui::Button(tr(S::Unpin)))
            app.apply(LockExhibitor{id, ""});
    }
    else if (booth.valid())
    {
        if (ImGui::Button(trf(S::PinToX, {p.booth(booth).number}).c_str()))
            app.apply(LockExhibitor{id, p.booth(booth).number});
    }
    app.probe.item("inspector.exhibitor.pin");
    ImGui::EndDisabled();
    Subjects s;
    s.exhibitors.push_back(id);
    why_here(app, s, id);
}

void pavilion_section(App& app, PavilionId id)
{
    const Project& p = app.doc->project();
    const Pavilion& v = p.pavilion(id);
    const PavilionRow& r = app.derived.pavilions[id.index()];
    section(trf(S::PavilionX, {app.display(v.name)}).c_str());
    char area_text[96];
    std::snprintf(area_text, sizeof area_text, "%.0f m² / %.0f m² (%.0f%% %s)", r.assigned_m2, r.required_m2,
                  v.shared_space_share * 100, tr(S::SharedSpace));
    if (begin_fields("##pavilion"))
    {
        field(tr(S::FieldCountry), v.country.empty() ? app.display(v.region) : v.country);
        field(tr(S::ColMembers), std::to_string(r.placed) + " / " + std::to_string(r.members),
              "inspector.pavilion.members", &app);
        field(tr(S::FieldArea), area_text);
        field(tr(S::FieldRegion), v.placed ? p.hall(v.placed->hall).code : std::string("—"));
        field(tr(S::ColState), r.placed == 0 ? tr(S::StateUnplaced)
                               : r.split     ? tr(S::StateSplit)
                               : app.report  ? tr(S::StateWhole)
                                             : tr(S::StatePlaced));
        ImGui::EndTable();
    }
    ImGui::BeginDisabled(app.solver.running() || r.members == 0);
    if (ImGui::Button(trf(S::ReseatPavilionX, {app.display(v.name)}).c_str()))
    {
        SolveScope scope;
        scope.reseat = id;
        app.start_solve(scope);
    }
    app.probe.item("inspector.pavilion.reseat");
    if (v.placed)
    {
        // The same as R and Del over the plan (arrow keys nudge it a module).
        if (ImGui::Button(tr(S::RegionTurn)))
            app.change_region(App::RegionGesture::Turn);
        app.probe.item("inspector.pavilion.turn");
        ImGui::SameLine();
        if (ImGui::Button(tr(S::RegionRemove)))
            app.change_region(App::RegionGesture::Remove);
        app.probe.item("inspector.pavilion.remove");
        ImGui::SameLine();
        if (ImGui::Button(label(S::RegionDuplicateFor, "duplicate").c_str()) || app.duplicate_region_asked)
            ImGui::OpenPopup("##duplicate-region");
        app.probe.item("inspector.pavilion.duplicate");
        app.duplicate_region_asked = false;
        duplicate_popup(app, id);
    }
    ImGui::EndDisabled();
    if (ImGui::TreeNode(tr(S::MemberList)))
    {
        for (ExhibitorId m : p.members(id))
        {
            BoothId b = app.derived.booth_of_exhibitor[m.index()];
            std::string line = (b.valid() ? p.booth(b).number : std::string(tr(S::Unassigned))) + "  " +
                               app.display(p.exhibitor(m).name) + "##m" + std::to_string(m.value);
            if (ImGui::Selectable(line.c_str()))
            {
                PlanSelection s;
                s.exhibitor = m;
                if (b.valid())
                {
                    s.booths.push_back(b);
                    s.hall = p.booth(b).hall;
                }
                app.select(std::move(s), b.valid());
            }
        }
        ImGui::TreePop();
    }
    Subjects s;
    s.pavilions.push_back(id);
    why_here(app, s, {});
}

} // namespace

void draw_inspector(App& app, float x, float y, float w, float h)
{
    begin_panel(label(S::PanelInspector, "inspector").c_str(), x, y, w, h);
    const PlanSelection& sel = app.selection;
    const Project& p = app.doc->project();
    if (sel.empty())
    {
        ImGui::TextWrapped("%s", tr(S::InspectorHint));
        ImGui::End();
        return;
    }
    ExhibitorId ex = sel.exhibitor;
    BoothId booth = sel.booths.size() == 1 ? sel.booths.front() : BoothId();
    if (!ex.valid() && booth.valid())
        ex = p.booth(booth).exhibitor;
    if (!ex.valid() && sel.booths.empty() && sel.pavilions.empty() && sel.hall.valid())
        hall_section(app, sel.hall);
    if (!sel.booths.empty())
        booth_section(app);
    if (ex.valid())
        exhibitor_section(app, ex, booth.valid() ? booth : app.derived.booth_of_exhibitor[ex.index()]);
    for (PavilionId pv : sel.pavilions)
        pavilion_section(app, pv);
    if (ex.valid() && sel.pavilions.empty() && p.exhibitor(ex).pavilion.valid() && ImGui::TreeNode(tr(S::ItsPavilion)))
    {
        pavilion_section(app, p.exhibitor(ex).pavilion);
        ImGui::TreePop();
    }
    ImGui::End();
}

} // namespace bp::win
