// The planner window's frame loop: wait for events (the CPU idles), draw on demand, lay out the
// panels around the viewport, route shortcuts.
#include "app.h"
#include "dialogs/dxf_import_dialog.h"

#include "panels/panels.h"

#include <GLFW/glfw3.h>
#include <imgui.h>

#include <algorithm>
#include <cmath>

namespace bp::win
{

App::App(Platform& p, AppOptions o) : platform(p), options(std::move(o)), fonts_(default_font_sources())
{
    settings = load_settings();
    if (options.language)
        settings.language = *options.language;
    win::set_language(settings.language);
    file_dialog.allow_native(options.native_dialogs);
    if (!options.probe_path.empty())
        probe.open(options.probe_path);
    ui_scale = platform.content_scale();
    ImGuiStyle& style = ImGui::GetStyle();
    ImGui::StyleColorsLight(&style);
    style.WindowRounding = 0;
    style.FrameRounding = 3;
    style.ScrollbarRounding = 3;
    style.WindowBorderSize = 1;
    style.ScaleAllSizes(ui_scale);
    next_autosave_s_ = platform.now_s() + options.autosave_interval_s;
    if (!options.project.empty())
        open_project(options.project);
}

App::~App()
{
    solver.stop();
    solver.join();
    recovery.flush();
}

// [SECTION] Frame loop ------------------------------------------------------------------------

double App::wait_timeout() const
{
    if (redraw_frames_ > 0 || viewport.animating() || (task && task->result.valid()))
        return 0; // more frames to draw now
    double t = -1;
    if (solver.running())
        t = 0.1; // the progress bar and the live score, ~10 times a second
    if (doc && doc->needs_autosave())
    {
        double until = std::max(0.01, next_autosave_s_ - platform.now_s());
        t = t < 0 ? until : std::min(t, until);
    }
    if (task)
        t = t < 0 ? 0.1 : std::min(t, 0.1);
    return t;
}

int App::run()
{
    while (step(-1))
    {
    }
    recovery.flush();
    return 0;
}

bool App::step(double max_wait_s)
{
    double t = wait_timeout();
    if (max_wait_s >= 0)
        t = t < 0 ? max_wait_s : std::min(t, max_wait_s);
    platform.wait_events(t);
    if (platform.take_event_count() > 0)
        redraw_frames_ = std::max(redraw_frames_, 3); // ImGui settles hover and popups over a few frames
    if (platform.close_requested())
    {
        platform.set_close_requested(false);
        quit();
        redraw_frames_ = std::max(redraw_frames_, 2);
    }
    if (quit_now_)
        return false;
    const bool timed = solver.running() || viewport.animating() || task.has_value() ||
                       (doc && doc->needs_autosave() && platform.now_s() >= next_autosave_s_);
    if (redraw_frames_ > 0 || timed)
    {
        frame();
        if (redraw_frames_ > 0)
            --redraw_frames_;
    }
    return true;
}

void App::frame()
{
    const double t0 = platform.now_s();
    for (const std::string& path : platform.take_dropped_paths())
        if (path.size() > 10 && path.ends_with(".boothplan"))
            open_project(path);
    ensure_fonts();
    platform.begin_frame();
    handle_shortcuts();
    poll_solver();
    show_interim_plan();
    poll_background();
    // While the solver has the cores, frames are drawn without multisampling (llvmpipe pays
    // about three times the frame for it); the still picture is antialiased again afterwards.
    const gl::Antialias aa = solver.running() ? gl::Antialias::Off : gl::Antialias::WhenStill;
    if (viewport.display.antialias != aa)
    {
        viewport.display.antialias = aa;
        viewport.apply_display();
    }
    if (doc && doc->needs_autosave() && platform.now_s() >= next_autosave_s_)
        autosave_now();
    layout_and_draw();
    draw_dialogs();
    update_title();
    if (probe.on())
    {
        int wx = 0, wy = 0;
        platform.window_position(wx, wy);
        write_probe_state();
        probe.end_frame(frame_times.frames, wx, wy);
    }
    platform.end_frame([&](int w, int h) { viewport.draw_scene(w, h); },
                       [&](int w, int h) { return viewport.scene_damage(w, h); });
    ++frame_times.frames;
    frame_times.last_ms = (platform.now_s() - t0) * 1000;
}

void App::ensure_fonts()
{
    if (!fonts_dirty_ && ImGui::GetIO().Fonts->IsBuilt())
        return;
    fonts_dirty_ = false;
    CodepointSet needed;
    for (size_t i = 0; i < string_count(); ++i)
        for (Language l : {Language::English, Language::Chinese})
            needed.add_text(string_at(i, l));
    needed.add_text("0123456789.,:;·…×²—–→▸✓'\"()[]{}<>/\\|!?@#$%^&*+-=_~`");
    needed.merge(project_codepoints_);
    if (!fonts_.missing(needed) && ImGui::GetIO().Fonts->IsBuilt())
        return;
    font_info = fonts_.build(*ImGui::GetIO().Fonts, needed, std::round(15.0f * ui_scale));
    platform.rebuild_font_texture();
}

void App::layout_and_draw()
{
    ImGuiIO& io = ImGui::GetIO();
    const float W = io.DisplaySize.x, H = io.DisplaySize.y;
    const float menu_h = draw_menu_bar(*this);
    const float status_h = ImGui::GetFrameHeight() + 6 * ui_scale;
    draw_status_bar(*this, 0, H - status_h, W, status_h);
    const float top = menu_h, bottom = H - status_h;
    if (!doc)
    {
        draw_start_page(*this, 0, top, W, bottom - top);
        return;
    }
    const float left_w = std::round(std::min(320 * ui_scale, W * 0.25f));
    const float right_w = std::round(std::min(360 * ui_scale, W * 0.28f));
    const float alloc_h = show_allocation_panel ? std::round(std::min(270 * ui_scale, (bottom - top) * 0.4f)) : 0;
    draw_left_panel(*this, 0, top, left_w, bottom - top);
    draw_inspector(*this, W - right_w, top, right_w, bottom - top);
    const float cx = left_w, cw = W - left_w - right_w, ch = bottom - top - alloc_h;
    if (show_allocation_panel)
        draw_allocation_panel(*this, cx, top + ch, cw, alloc_h);
    ViewportFrame f{doc->project(),
                    selection,
                    [this](Edit e) { apply(std::move(e)); },
                    [this](const std::string& s) -> const std::string& { return display(s); },
                    read_only(),
                    cx,
                    top,
                    cw,
                    ch,
                    platform.framebuffer_scale()};
    f.probe = &probe;
    f.say = [this](const std::string& s) { status_message = s; };
    f.solve = [this](SolveScope scope) { start_solve(std::move(scope)); };
    probe.rect("viewport", cx, top, cw, ch);
    if (viewport.draw_ui(f))
        viewport.set_selection(selection);
}

void App::draw_dialogs()
{
    draw_export_dialog(*this);
    draw_solve_settings(*this);
    draw_help_windows(*this);
    draw_dxf_import_dialog(*this);
    file_dialog.draw(settings, ui_scale, probe);
    if (!file_dialog.active())
        dialogs.draw(ui_scale, probe);
}

void App::update_title()
{
    std::string t = "boothplan";
    if (doc)
        t = (doc->modified() ? "* " : "") + doc->display_name() + " — boothplan";
    if (t != title_)
    {
        title_ = t;
        platform.set_title(t);
    }
}

// [SECTION] Shortcuts -------------------------------------------------------------------------

void App::handle_shortcuts()
{
    const bool typing = ImGui::GetIO().WantTextInput;
    const bool modal = dialogs.open() || file_dialog.active();
    for (const KeyPress& k : platform.take_key_presses())
    {
        const bool ctrl = k.mods & GLFW_MOD_CONTROL, shift = k.mods & GLFW_MOD_SHIFT;
        if (modal)
            continue; // the dialog has the keyboard
        if (ctrl)
        {
            // Undo and redo belong to the text field being typed in (it takes its own Ctrl+Z), and
            // are not taken during a gesture under way: the tool works on the plan as it stood.
            const bool plan_history = !typing && !viewport.tool_busy();
            switch (k.key)
            {
            case GLFW_KEY_Z:
                if (plan_history)
                    shift ? redo() : undo();
                break;
            case GLFW_KEY_Y:
                if (plan_history)
                    redo();
                break;
            case GLFW_KEY_S:
                if (shift)
                    choose_save_as();
                else
                    save();
                break;
            case GLFW_KEY_O:
                choose_open();
                break;
            case GLFW_KEY_F:
                focus_search = true;
                break;
            case GLFW_KEY_A:
                if (!typing)
                    select_all();
                break;
            case GLFW_KEY_Q:
                quit();
                break;
            case GLFW_KEY_E:
                panels_open.export_dialog = doc.has_value();
                break;
            case GLFW_KEY_D:
                if (!typing && doc && selection.pavilions.size() == 1 &&
                    doc->project().pavilion(selection.pavilions.front()).placed)
                    duplicate_region_asked = true;
                break;
            default:
                break;
            }
            continue;
        }
        if (typing || viewport.tool_busy())
            continue; // a text field, or a gesture under way (Enter, Backspace, L, [ ] go to its tool)
        // The selected pavilion's region: arrows nudge it a module (held, they repeat), R turns it,
        // Del takes it off the hall. Selected booths: arrows nudge them a module along their block.
        const int dx = k.key == GLFW_KEY_RIGHT ? 1 : k.key == GLFW_KEY_LEFT ? -1 : 0;
        const int dy = k.key == GLFW_KEY_UP ? 1 : k.key == GLFW_KEY_DOWN ? -1 : 0;
        if ((dx || dy) && (change_region(RegionGesture::Nudge, dx, dy) || nudge_selected_booths(dx, dy)))
            continue;
        if (k.repeat)
            continue;
        if (k.key == GLFW_KEY_R && change_region(RegionGesture::Turn))
            continue;
        if (k.key == GLFW_KEY_DELETE && change_region(RegionGesture::Remove))
            continue;
        switch (k.key)
        {
        case GLFW_KEY_F:
            fit_selection();
            break;
        case GLFW_KEY_HOME:
            fit_all();
            break;
        case GLFW_KEY_ESCAPE:
            if (viewport.in_mode())
                viewport.end_mode(); // Esc ends measuring or drawing first
            else if (!viewport.animating())
                select({}, false);
            break;
        case GLFW_KEY_M:
            toggle_mode(std::make_unique<MeasureTool>());
            break;
        case GLFW_KEY_H:
            toggle_mode(std::make_unique<HallDrawingTool>());
            break;
        case GLFW_KEY_F5:
            if (shift)
                stop_solve();
            else
                start_solve({});
            break;
        case GLFW_KEY_1:
            viewport.layout = ViewLayout::Plan;
            break;
        case GLFW_KEY_2:
            viewport.layout = ViewLayout::Scene3D;
            break;
        case GLFW_KEY_3:
            viewport.layout = ViewLayout::Split;
            break;
        default:
            break;
        }
    }
}

} // namespace bp::win
