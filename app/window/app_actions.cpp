// The window's actions on documents: open, new from a venue, save, close, undo and redo, the
// recovery file, and what every change refreshes (views, checks, search, fill rates, fonts).
#include "app.h"
#include "dialogs/dxf_import_dialog.h"
#include "tools/booth_nudge.h"
#include "tools/region_edits.h"

#include "layout/grid/booth_grid.h"
#include "layout/io/project_store.h"
#include "layout/io/venue_json.h"
#include "layout/samples/samples.h"

#include <algorithm>
#include <filesystem>
#include <utility>

namespace bp::win
{

namespace fs = std::filesystem;

namespace
{

std::string lower_extension(const std::string& path)
{
    std::string e = fs::path(path).extension().string();
    for (char& c : e)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return e;
}

std::string clock_time(std::chrono::system_clock::time_point t)
{
    std::time_t tt = std::chrono::system_clock::to_time_t(t);
    std::tm tm{};
    localtime_r(&tt, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%d %H:%M:%S", &tm);
    return buf;
}

} // namespace

// [SECTION] Opening and closing ----------------------------------------------------------------

void App::open_project(const std::string& path)
{
    when_closed(
        [this, path]
        {
            Document d;
            const double t0 = platform.now_s();
            try
            {
                d = Document::open(path);
                open_times.read_ms = (platform.now_s() - t0) * 1000;
            }
            catch (const std::exception& e)
            {
                dialogs.problems(trf(S::CannotOpenX, {fs::path(path).filename().string()}), e.what());
                return;
            }
            doc = std::move(d);
            remember_project(settings, path);
            save_settings(settings);
            on_document_opened();
            if (auto offer = find_recovery(path))
                offer_recovery(*offer);
        });
}

void App::offer_recovery(const RecoveryOffer& offer)
{
    std::string rec = offer.path;
    Dialog d{"recovery", tr(S::RecoverTitle), trf(S::RecoverText, {clock_time(offer.written)}), {}, {}};
    d.choices.push_back({tr(S::RecoverRestore),
                         [this, rec]
                         {
                             try
                             {
                                 doc->restore(load_project(rec));
                             }
                             catch (const std::exception& e)
                             {
                                 dialogs.problems(tr(S::RecoverTitle), e.what());
                                 return;
                             }
                             on_document_opened();
                             status_message = tr(S::RecoverRestored);
                         },
                         "restore"});
    d.choices.push_back({tr(S::RecoverDiscard), [this] { doc->discard_recovery(); }, "discard"});
    d.choices.push_back({tr(S::RecoverLater), {}, "later"});
    dialogs.push(std::move(d));
}

void App::new_from_venue(const std::string& path)
{
    if (lower_extension(path) == ".dxf")
    {
        open_dxf_import_dialog(*this, path); // the planner maps the layers; it calls new_from_venue(Venue)
        return;
    }
    Venue venue;
    try
    {
        venue = read_venue_json(path);
    }
    catch (const InputError& e)
    {
        dialogs.problems(trf(S::CannotReadX, {fs::path(path).filename().string()}), e.problems);
        return;
    }
    std::string name = venue.name.empty() ? fs::path(path).stem().string() : venue.name;
    new_from_venue(std::move(venue), name);
}

void App::new_from_venue(Venue venue, const std::string& name)
{
    when_closed(
        [this, v = std::make_shared<Venue>(std::move(venue)), name]
        {
            Project p;
            p.venue = std::move(*v);
            doc = Document::untitled(std::move(p), name);
            on_document_opened();
            generate_booth_grid();
        });
}

void App::new_sample(SamplePreset preset)
{
    when_closed(
        [this, preset]
        {
            doc = Document::untitled(make_sample(preset, settings.solve.seed), to_string(preset));
            on_document_opened();
            generate_booth_grid();
        });
}

void App::new_recovered(Project project, const std::string& name)
{
    when_closed(
        [this, p = std::make_shared<Project>(std::move(project)), name]
        {
            doc = Document::untitled(std::move(*p), name);
            on_document_opened();
            status_message = tr(S::RecoverRestored);
        });
}

void App::generate_booth_grid()
{
    if (!doc || read_only())
        return;
    GridResult grid = generate_grid(doc->project());
    const GridReport& r = grid.report;
    apply(std::move(grid.edit));
    status_message = trf(S::GridGenerated, {std::to_string(r.modules()), std::to_string(r.halls.size())});
    if (!r.dropped.empty())
    {
        Dialog d{"message",
                 tr(S::GridDroppedTitle),
                 trf(S::GridDroppedText, {std::to_string(r.dropped.size())}),
                 {},
                 {{tr(S::Close), {}, "close"}}};
        for (const DroppedAllocation& x : r.dropped)
            d.lines.push_back(tr(x, doc->project().exhibitor(x.exhibitor).code));
        dialogs.push(std::move(d));
    }
}

void App::on_document_opened()
{
    selection = {};
    report.reset();
    const double t0 = platform.now_s();
    rebuild_derived();
    const double t1 = platform.now_s();
    viewport.set_project(doc->project());
    open_times.derived_ms = (t1 - t0) * 1000;
    open_times.scene_ms = (platform.now_s() - t1) * 1000;
    viewport.set_checks(derived.checks);
    viewport.fit_all(doc->project(), false);
    collect_project_codepoints();
    next_autosave_s_ = platform.now_s() + options.autosave_interval_s;
    redraw_frames_ = std::max(redraw_frames_, 3);
}

void App::collect_project_codepoints()
{
    project_codepoints_ = CodepointSet{};
    if (!doc)
        return;
    const Project& p = doc->project();
    project_codepoints_.add_display(p.venue.name);
    for (const Hall& h : p.venue.halls)
        project_codepoints_.add_display(h.name);
    for (const Exhibitor& x : p.exhibitors)
    {
        project_codepoints_.add_display(x.name);
        project_codepoints_.add_display(x.name_local);
        project_codepoints_.add_display(x.region);
    }
    for (const Pavilion& v : p.pavilions)
        project_codepoints_.add_display(v.name);
    for (const Sector& s : p.sectors)
        project_codepoints_.add_display(s.name);
    fonts_dirty_ = true;
}

void App::when_closed(std::function<void()> then)
{
    if (!doc || !doc->modified())
    {
        if (doc)
            doc->discard_recovery();
        then();
        return;
    }
    if (solver.running())
        solver.stop();
    Dialog d{"unsaved", tr(S::UnsavedTitle), trf(S::UnsavedText, {doc->display_name()}), {}, {}};
    d.choices.push_back({tr(S::Save),
                         [this, then]
                         {
                             after_save_ = then;
                             save();
                         },
                         "save"});
    d.choices.push_back({tr(S::DontSave),
                         [this, then]
                         {
                             doc->discard_recovery();
                             then();
                         },
                         "discard"});
    d.choices.push_back({tr(S::Cancel), {}, "cancel"});
    dialogs.push(std::move(d));
}

void App::close_project()
{
    when_closed(
        [this]
        {
            solver.stop();
            solver.join();
            solver.take_outcome();
            doc.reset();
            viewport.close_project();
            report.reset();
            selection = {};
            derived = Derived{};
        });
}

void App::quit()
{
    when_closed([this] { quit_now_ = true; });
}

// [SECTION] Saving ------------------------------------------------------------------------------

void App::save()
{
    if (!doc)
        return;
    if (!doc->has_file())
    {
        choose_save_as();
        return;
    }
    save_as(doc->path());
}

void App::save_as(const std::string& path)
{
    if (!doc)
        return;
    recovery.flush(); // a pending autosave must not land after the save and look newer
    try
    {
        doc->save_as(path);
    }
    catch (const std::exception& e)
    {
        after_save_ = nullptr;
        dialogs.message(trf(S::CannotSaveX, {fs::path(path).filename().string()}), e.what());
        return;
    }
    remember_project(settings, path);
    save_settings(settings);
    status_message = trf(S::SavedX, {doc->display_name()});
    if (auto then = std::exchange(after_save_, nullptr))
        then();
}

void App::autosave_now()
{
    next_autosave_s_ = platform.now_s() + options.autosave_interval_s;
    if (!doc || !doc->needs_autosave())
        return;
    recovery.write(doc->project(), doc->recovery_path(), doc->revision());
    doc->mark_autosaved(doc->revision());
}

// [SECTION] Undo, redo, edits -------------------------------------------------------------------

void App::apply(Edit edit)
{
    if (!doc)
        return;
    if (read_only())
    {
        status_message = tr(S::ReadOnlyWhileSolving);
        return;
    }
    after_change(doc->apply(std::move(edit)));
}

void App::toggle_mode(std::unique_ptr<Tool> mode)
{
    if (viewport.in_mode() && std::string_view(viewport.tool().id()) == mode->id())
        viewport.end_mode();
    else if (doc)
        viewport.use_tool(std::move(mode)); // its hint is in the status bar
}

bool App::change_region(RegionGesture gesture, int dx, int dy)
{
    if (!doc || selection.pavilions.size() != 1) // a pavilion picked in the list comes with its booths
        return false;
    const PavilionId id = selection.pavilions.front();
    const Project& p = doc->project();
    if (!p.pavilion(id).placed)
        return false;
    if (read_only())
    {
        status_message = tr(S::ReadOnlyWhileSolving);
        return true;
    }
    const std::string name = p.pavilion(id).name;
    RegionChange c = gesture == RegionGesture::Nudge  ? nudge_region(p, id, dx, dy)
                     : gesture == RegionGesture::Turn ? turn_region(p, id)
                                                      : remove_region(p, id);
    if (!c.edit)
    {
        status_message = trf(S::RegionRefusedX, {c.refused});
        return true;
    }
    apply(std::move(*c.edit));
    status_message = trf(gesture == RegionGesture::Nudge  ? S::RegionMovedX
                         : gesture == RegionGesture::Turn ? S::RegionTurnedX
                                                          : S::RegionRemovedX,
                         {name});
    return true;
}

void App::duplicate_region(PavilionId from, PavilionId to)
{
    if (!doc)
        return;
    if (read_only())
    {
        status_message = tr(S::ReadOnlyWhileSolving);
        return;
    }
    const Project& p = doc->project();
    RegionCopy copy = win::duplicate_region(p, from, to);
    if (!copy.change.edit)
    {
        status_message = trf(S::RegionDuplicateRefusedX, {copy.change.refused});
        return;
    }
    const std::string to_name = p.pavilion(to).name, from_name = p.pavilion(from).name;
    apply(std::move(*copy.change.edit));
    PlanSelection s;
    s.pavilions = {to};
    s.hall = doc->project().pavilion(to).placed->hall;
    select(std::move(s), false); // the arrow keys now move the copy
    status_message = trf(S::RegionDuplicatedXYZ, {display(to_name), display(from_name), copy.direction});
}

bool App::nudge_selected_booths(int dx, int dy)
{
    if (!doc || selection.booths.empty() || !selection.pavilions.empty())
        return false;
    if (read_only())
    {
        status_message = tr(S::ReadOnlyWhileSolving);
        return true;
    }
    const Project& p = doc->project();
    BoothNudge n = nudge_booths(p, selection.booths, dx, dy);
    if (!n.change.ok())
    {
        status_message = trf(S::NudgeRefusedX, {n.change.reason});
        return true;
    }
    const BlockId block = p.booth(selection.booths.front()).cells.block;
    const std::string what = tr(describe(p, *n.change.edit));
    apply(std::move(*n.change.edit));
    PlanSelection s = selection;
    s.booths.clear();
    for (const BoothCells& c : n.moved_to)
        for (BoothId id : booths_over(doc->project(), block, c))
            s.booths.push_back(id);
    std::sort(s.booths.begin(), s.booths.end());
    s.booths.erase(std::unique(s.booths.begin(), s.booths.end()), s.booths.end());
    select(std::move(s), false);
    status_message = trf(S::NudgeMovedX, {what});
    return true;
}

void App::undo()
{
    ChangeSet c;
    if (!doc || read_only())
        return;
    std::string label = doc->undo_label();
    if (doc->undo(c))
    {
        after_change(c);
        status_message = trf(S::UndidX, {label});
    }
}

void App::redo()
{
    ChangeSet c;
    if (!doc || read_only())
        return;
    std::string label = doc->redo_label();
    if (doc->redo(c))
    {
        after_change(c);
        status_message = trf(S::RedidX, {label});
    }
}

void App::after_change(const ChangeSet& changed)
{
    if (changed.empty())
        return;
    const Project& p = doc->project();
    viewport.update(p, changed);
    if (changed.booths_renumbered || changed.venue)
    {
        viewport.set_highlight({}); // a re-seat's movers, by booth ids of the plan before
        // Booth ids from before mean nothing now: keep what still exists by number.
        PlanSelection kept;
        kept.hall = selection.hall.valid() && selection.hall.index() < p.venue.halls.size() ? selection.hall : HallId();
        kept.pavilions = selection.pavilions;
        kept.exhibitor = selection.exhibitor;
        selection = kept;
    }
    if (changed.exhibitor_list)
        collect_project_codepoints();
    rebuild_derived(&changed);
    viewport.set_selection(selection);
    viewport.set_checks(derived.checks);
    if (!doc->modified())
        doc->discard_recovery(); // back at the saved state: nothing to recover
    redraw_frames_ = std::max(redraw_frames_, 2);
}

void App::rebuild_derived(const ChangeSet* changed)
{
    const Project& p = doc->project();
    const bool all = !changed || changed->booths_renumbered || changed->venue || changed->exhibitor_list;
    derived.booth_of_exhibitor = booth_of_exhibitors(p);
    derived.booths_of_block.assign(p.blocks.size(), {});
    for (size_t i = 0; i < p.booths.size(); ++i)
        if (p.booths[i].cells.block.valid() && p.booths[i].cells.block.index() < p.blocks.size())
            derived.booths_of_block[p.booths[i].cells.block.index()].push_back(BoothId(static_cast<int32_t>(i)));
    derived.hall_fill = hall_fill_rows(p);
    derived.pavilions = pavilion_rows(p, report ? &*report : nullptr);
    if (all)
        start_full_check(); // every hall: on a worker, so a big venue opens at once
    else
    {
        // Only the halls the edit touched are checked again.
        CheckReport next;
        for (const Violation& v : derived.checks.violations)
        {
            const bool touched = std::any_of(v.subjects.halls.begin(), v.subjects.halls.end(),
                                             [&](HallId h) { return changed->touches(h); });
            if (!touched)
                next.violations.push_back(v);
        }
        for (HallId h : changed->halls)
            check_hall(p, h, next);
        derived.checks = std::move(next);
    }
    derived.revision = doc->revision();
    search_dirty = true;
}

void App::start_full_check()
{
    auto snapshot = std::make_shared<Project>(doc->project());
    uint64_t revision = doc->revision();
    checks_pending_ = std::async(std::launch::async,
                                 [snapshot, revision]
                                 {
                                     CheckReport r = check_project(*snapshot);
                                     Platform::wake();
                                     return std::pair{revision, std::move(r)};
                                 });
}

} // namespace bp::win
