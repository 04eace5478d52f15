// The viewport: renderer views, camera gestures, hover, the active tool and the minimap.
#include "viewport.h"

#include "ui_probe.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace bp::win
{

namespace
{

bool same_overlays(const std::vector<gl::Overlay>& a, const std::vector<gl::Overlay>& b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                      [](const gl::Overlay& x, const gl::Overlay& y)
                      { return x.hall == y.hall && x.rgba == y.rgba && x.label == y.label && x.shape == y.shape; });
}

} // namespace

void Viewport::RendererDeleter::operator()(gl::Renderer* r) const
{
    delete r;
}

Viewport::Viewport() : tool_(std::make_unique<SelectTool>()) {}
Viewport::~Viewport() = default;

void Viewport::set_project(const Project& project)
{
    if (!renderer_)
        renderer_.reset(new gl::Renderer());
    renderer_->set_project(project);
    renderer_->set_display(display);
    hover_ = {};
    venue_box_ = Box{};
    minimap_halls_.clear();
    for (const Hall& h : project.venue.halls)
    {
        minimap_halls_.push_back(h.outline);
        for (Vec2 p : h.outline)
            venue_box_.add(p);
    }
}

void Viewport::close_project()
{
    renderer_.reset();
    minimap_halls_.clear();
    hover_text.clear();
}

void Viewport::update(const Project& project, const ChangeSet& changed)
{
    if (!renderer_)
        return;
    renderer_->update(project, changed);
    if (changed.venue || !changed.halls.empty())
    {
        minimap_halls_.clear();
        venue_box_ = Box{};
        for (const Hall& h : project.venue.halls)
        {
            minimap_halls_.push_back(h.outline);
            for (Vec2 p : h.outline)
                venue_box_.add(p);
        }
    }
}

void Viewport::set_selection(const PlanSelection& s)
{
    if (!renderer_)
        return;
    gl::Selection g;
    g.booths = s.booths;
    g.pavilions = s.pavilions;
    g.hall = s.hall;
    renderer_->set_selection(g);
}

void Viewport::set_checks(const CheckReport& report)
{
    if (renderer_)
        renderer_->set_check_report(report);
}

void Viewport::set_highlight(const std::vector<BoothId>& booths)
{
    if (renderer_)
        renderer_->set_highlight(booths);
}

void Viewport::set_preview(const std::vector<PreviewBooth>& booths)
{
    if (renderer_)
        renderer_->set_preview(booths);
}

void Viewport::set_preview(PreviewPlan plan)
{
    if (renderer_)
        renderer_->set_preview(std::move(plan));
}

std::optional<Vec2> Viewport::venue_at(float x, float y) const
{
    if (!renderer_)
        return std::nullopt;
    return renderer_->to_venue(gl::ViewKind::Plan, plan_rect, x, y);
}

void Viewport::reveal_preview()
{
    if (renderer_)
        renderer_->reveal_preview();
}

bool Viewport::preview_waiting() const
{
    return renderer_ && renderer_->preview_waiting();
}

void Viewport::apply_display()
{
    if (renderer_)
        renderer_->set_display(display);
}

gl::ScreenRect Viewport::rect_for(gl::ViewKind view) const
{
    return view == gl::ViewKind::Plan ? plan_rect : scene_rect;
}

bool Viewport::view_at(float x, float y, gl::ViewKind& view) const
{
    auto in = [&](const gl::ScreenRect& r)
    { return r.w > 0 && x >= r.x && x < r.x + r.w && y >= r.y && y < r.y + r.h; };
    if (layout != ViewLayout::Scene3D && in(plan_rect))
        view = gl::ViewKind::Plan;
    else if (layout != ViewLayout::Plan && in(scene_rect))
        view = gl::ViewKind::Scene3D;
    else
        return false;
    return true;
}

namespace
{

std::string hover_line(const Project& p, const gl::Pick& pick,
                       const std::function<const std::string&(const std::string&)>& display)
{
    switch (pick.kind)
    {
    case gl::Pick::Kind::Booth:
    {
        const Booth& b = p.booth(pick.booth);
        std::string s = b.number;
        if (b.exhibitor.valid())
        {
            const Exhibitor& x = p.exhibitor(b.exhibitor);
            s += "  " + display(x.name);
            if (!x.name_local.empty())
                s += "  " + display(x.name_local);
        }
        return s;
    }
    case gl::Pick::Kind::Pavilion:
        return display(p.pavilion(pick.pavilion).name);
    case gl::Pick::Kind::Hall:
    case gl::Pick::Kind::Door:
        return p.hall(pick.hall).name;
    case gl::Pick::Kind::None:
        break;
    }
    return {};
}

} // namespace

void Viewport::place_views(const ViewportFrame& f)
{
    const float s = f.fb_scale;
    if (layout == ViewLayout::Split)
    {
        plan_rect = {f.x * s, f.y * s, std::floor(f.w * 0.5f) * s, f.h * s};
        scene_rect = {plan_rect.x + plan_rect.w, f.y * s, f.w * s - plan_rect.w, f.h * s};
    }
    else
    {
        gl::ScreenRect all{f.x * s, f.y * s, f.w * s, f.h * s};
        plan_rect = layout == ViewLayout::Plan ? all : gl::ScreenRect{};
        scene_rect = layout == ViewLayout::Scene3D ? all : gl::ScreenRect{};
    }
    if (pending_fit_ && renderer_ && f.w > 0 && f.h > 0)
    {
        Box box = pending_fit_->first;
        if (plan_rect.w > 0)
            renderer_->fit(gl::ViewKind::Plan, plan_rect, box, false);
        if (scene_rect.w > 0)
            renderer_->fit(gl::ViewKind::Scene3D, scene_rect, box, false);
        pending_fit_.reset();
    }
}

// Wheel zoom at the cursor, middle-drag pan, right-drag orbit (3D). During a gesture the wheel goes
// to the tool first (a footprint's shape); with Ctrl held it always zooms.
void Viewport::camera_gestures(ToolContext& ctx, float mx, float my, bool hovered, bool over_view, float s)
{
    ImGuiIO& io = ImGui::GetIO();
    const gl::ViewKind view = ctx.view;
    // A drag begun in a list keeps that list's item active, so the view is not "hovered" then.
    if ((hovered || tool_gesture_) && over_view && io.MouseWheel != 0 &&
        !(tool_gesture_ && !io.KeyCtrl && tool_->wheel(ctx, io.MouseWheel)))
        renderer_->zoom_at(view, rect_for(view), mx, my, io.MouseWheel);
    if (camera_button_ < 0 && hovered && over_view && (!tool_gesture_ || between_clicks_))
    {
        if (ImGui::IsMouseClicked(ImGuiMouseButton_Middle))
            camera_button_ = ImGuiMouseButton_Middle;
        else if (ImGui::IsMouseClicked(ImGuiMouseButton_Right))
            camera_button_ = ImGuiMouseButton_Right;
    }
    if (camera_button_ < 0)
        return;
    if (!ImGui::IsMouseDown(camera_button_))
        camera_button_ = -1;
    else if (io.MouseDelta.x != 0 || io.MouseDelta.y != 0)
    {
        if (camera_button_ == ImGuiMouseButton_Right && view == gl::ViewKind::Scene3D)
            renderer_->orbit(rect_for(view), io.MouseDelta.x * s, io.MouseDelta.y * s);
        else
            renderer_->pan(view, rect_for(view), io.MouseDelta.x * s, io.MouseDelta.y * s);
    }
}

// The left button: a click or drag on the minimap moves the plan; elsewhere the active tool has it
// (with the keys while its gesture is under way; Esc cancels it).
void Viewport::tool_gestures(ToolContext& ctx, const PointerEvent& e, const std::optional<Minimap>& map, bool hovered,
                             bool over_view)
{
    ImGuiIO& io = ImGui::GetIO();
    const bool over_map = map && io.MousePos.x >= map->x && io.MousePos.x < map->x + map->w &&
                          io.MousePos.y >= map->y && io.MousePos.y < map->y + map->h;
    if (!tool_gesture_ && hovered && over_map && ImGui::IsMouseClicked(ImGuiMouseButton_Left))
        minimap_drag_ = true;
    if (minimap_drag_)
    {
        if (map && ImGui::IsMouseDown(ImGuiMouseButton_Left))
            minimap_jump(*map, io.MousePos.x, io.MousePos.y);
        else
            minimap_drag_ = false;
    }
    else if (!tool_gesture_ && hovered && over_view && ImGui::IsMouseClicked(ImGuiMouseButton_Left))
        tool_gesture_ = tool_->pointer_down(ctx, e);
    else if (tool_gesture_ && between_clicks_)
    {
        // A gesture that goes on after its release (a zone's corners): the moves, then the next click.
        if (hovered && over_view && ImGui::IsMouseClicked(ImGuiMouseButton_Left))
            between_clicks_ = !tool_->pointer_down(ctx, e);
        else
            tool_->pointer_move(ctx, e);
    }
    else if (tool_gesture_)
    {
        tool_->pointer_move(ctx, e);
        if (!ImGui::IsMouseDown(ImGuiMouseButton_Left))
        {
            tool_->pointer_up(ctx, e);
            tool_gesture_ = between_clicks_ = tool_->continues();
        }
    }
    if (tool_gesture_ && tool_->typing() && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape)))
        tool_->typed(ctx, std::nullopt); // Esc leaves the size fields first, the drag goes on
    else if (tool_gesture_ && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape)))
    {
        tool_->cancel(ctx);
        tool_gesture_ = between_clicks_ = false;
        drag_cancelled_ = tool_one_shot_;
    }
    else if (tool_gesture_ && !tool_->typing())
    {
        // Keys while a gesture is under way go to the tool (GLFW key codes, as the back end sets them).
        const int mods = (io.KeyShift ? 1 : 0) | (io.KeyCtrl ? 2 : 0) | (io.KeyAlt ? 4 : 0);
        for (int k = 32; k < 349; ++k)
            if (ImGui::IsKeyPressed(k))
                tool_->key(ctx, k, mods);
        if (between_clicks_ && !tool_->continues()) // a key finished it (Enter) or gave it up
            tool_gesture_ = between_clicks_ = false;
    }
    if (!tool_gesture_ && (tool_one_shot_ || tool_->done()))
        end_mode();
}

// Hover: what is under the pointer, for the tooltip and the status bar; the cursor's venue point.
void Viewport::update_hover(const ViewportFrame& f, gl::ViewKind view, const PointerEvent& e, bool hovered,
                            bool over_view)
{
    gl::Pick pick;
    if (hovered && over_view && camera_button_ < 0)
        pick = renderer_->pick(view, rect_for(view), e.x, e.y);
    if (pick.kind != hover_.kind || pick.booth != hover_.booth || pick.hall != hover_.hall ||
        pick.pavilion != hover_.pavilion)
    {
        hover_ = pick;
        renderer_->set_hover(pick);
    }
    hover_text = hover_line(f.project, hover_, f.display);
    cursor_text.clear();
    if (e.venue)
    {
        char buf[64];
        std::snprintf(buf, sizeof buf, "x %.1f m  y %.1f m", e.venue->x, e.venue->y);
        cursor_text = buf;
    }
    if (!hover_text.empty() && !tool_gesture_ && camera_button_ < 0 && hovered)
        ImGui::SetTooltip("%s", hover_text.c_str());
}

bool Viewport::draw_ui(ViewportFrame& f)
{
    redraw_decided_.reset(); // a new frame
    const float s = f.fb_scale;
    place_views(f);
    ImGui::SetNextWindowPos(ImVec2(f.x, f.y));
    ImGui::SetNextWindowSize(ImVec2(f.w, f.h));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 0);
    ImGui::Begin("###viewport", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoBackground | ImGuiWindowFlags_NoMove |
                     ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoScrollWithMouse | ImGuiWindowFlags_NoFocusOnAppearing);
    ImGui::PopStyleVar(2);
    if (!renderer_)
    {
        ImGui::End();
        return false;
    }
    ImGui::InvisibleButton("##views", ImVec2(f.w, f.h),
                           ImGuiButtonFlags_MouseButtonLeft | ImGuiButtonFlags_MouseButtonRight |
                               ImGuiButtonFlags_MouseButtonMiddle);
    const bool hovered = ImGui::IsItemHovered();
    ImGuiIO& io = ImGui::GetIO();
    if (!ImGui::IsMouseDown(ImGuiMouseButton_Left))
        drag_cancelled_ = false;
    const float mx = io.MousePos.x * s, my = io.MousePos.y * s;
    gl::ViewKind view = gl::ViewKind::Plan;
    const bool over_view = view_at(mx, my, view);
    PlanSelection before = f.selection;
    ToolContext ctx{f.project, *renderer_, view, rect_for(view), f.selection, f.apply, f.read_only, f.say, f.solve};
    camera_gestures(ctx, mx, my, hovered, over_view, s);

    PointerEvent e;
    e.x = mx;
    e.y = my;
    e.shift = io.KeyShift;
    e.ctrl = io.KeyCtrl;
    e.alt = io.KeyAlt;
    if (over_view)
        e.venue = renderer_->to_venue(view, rect_for(view), mx, my);
    const std::optional<Minimap> map = minimap_layout(f);
    tool_gestures(ctx, e, map, hovered, over_view);
    typed_size_field(ctx, f);
    const bool changed = !(before == f.selection);
    update_hover(f, view, e, hovered, over_view);

    std::vector<gl::Overlay> overlays = tool_->overlays(ctx);
    if (!same_overlays(overlays, overlays_))
    {
        overlays_ = overlays;
        renderer_->set_overlays(std::move(overlays));
    }
    tool_status = tool_->status();
    if (f.probe)
    {
        f.probe->state("tool", tool_->id());
        f.probe->state("tool.status", tool_status);
    }
    ImDrawList* dl = ImGui::GetWindowDrawList();
    if (auto band = tool_->screen_band())
    {
        ImVec2 a(band->x / s, band->y / s), b((band->x + band->w) / s, (band->y + band->h) / s);
        dl->AddRectFilled(a, b, IM_COL32(40, 110, 220, 40));
        dl->AddRect(a, b, IM_COL32(40, 110, 220, 200));
    }
    if (layout == ViewLayout::Split)
        dl->AddLine(ImVec2(f.x + plan_rect.w / s, f.y), ImVec2(f.x + plan_rect.w / s, f.y + f.h),
                    IM_COL32(120, 120, 130, 255), 2);
    if (map)
        draw_minimap(f, *map);
    ImGui::End();
    return changed;
}

bool Viewport::views_fresh(int fb_w, int fb_h) const
{
    auto same = [](const gl::ScreenRect& a, const gl::ScreenRect& b)
    { return a.x == b.x && a.y == b.y && a.w == b.w && a.h == b.h; };
    return cache_.holds(fb_w, fb_h) && !renderer_->needs_redraw() && same(plan_rect, cached_plan_) &&
           same(scene_rect, cached_scene_);
}

PixelRect Viewport::scene_damage(int fb_w, int fb_h)
{
    PixelRect r;
    redraw_decided_ = renderer_ && !views_fresh(fb_w, fb_h);
    if (!*redraw_decided_)
    {
        // The views as kept, with only the live layer (hover, selection, a tool's shape) changed:
        // the pixels it covered and covers.
        if (renderer_ && renderer_->live_changed())
            for (auto [view, v] : {std::pair{gl::ViewKind::Plan, plan_rect}, std::pair{gl::ViewKind::Scene3D, scene_rect}})
                if (v.w > 0 && v.h > 0)
                {
                    const gl::ScreenRect d = renderer_->live_damage(view, v);
                    if (d.w > 0 && d.h > 0)
                        r.add({static_cast<int>(d.x), static_cast<int>(d.y), static_cast<int>(d.x + d.w),
                               static_cast<int>(d.y + d.h)});
                }
        return r;
    }
    for (const gl::ScreenRect& v : {plan_rect, scene_rect, cached_plan_, cached_scene_})
        if (v.w > 0 && v.h > 0)
            r.add({static_cast<int>(v.x), static_cast<int>(v.y), static_cast<int>(v.x) + static_cast<int>(v.w),
                   static_cast<int>(v.y) + static_cast<int>(v.h)});
    return r;
}

void Viewport::draw_scene(int fb_w, int fb_h)
{
    if (!renderer_)
        return;
    // Drawn at most once a frame: the frame's other passes (rectangles of damage) copy them.
    const bool redraw = redraw_decided_ ? *redraw_decided_ : !views_fresh(fb_w, fb_h);
    redraw_decided_ = false;
    if (redraw)
    {
        // Into the cache without the live layer, which is drawn over the copy below.
        const bool cached = cache_.begin(fb_w, fb_h);
        const gl::Renderer::Layers layers = cached ? gl::Renderer::Layers::Base : gl::Renderer::Layers::All;
        if (plan_rect.w > 0 && plan_rect.h > 0)
            renderer_->draw(gl::ViewKind::Plan, plan_rect, fb_w, fb_h, layers);
        if (scene_rect.w > 0 && scene_rect.h > 0)
            renderer_->draw(gl::ViewKind::Scene3D, scene_rect, fb_w, fb_h, layers);
        if (!cached)
        {
            redraw_decided_ = true; // drawn straight into the window: each pass draws them
            return;
        }
        cache_.end();
        cached_plan_ = plan_rect;
        cached_scene_ = scene_rect;
        ++views_drawn_;
    }
    cache_.copy(plan_rect);
    cache_.copy(scene_rect);
    if (plan_rect.w > 0 && plan_rect.h > 0)
        renderer_->draw(gl::ViewKind::Plan, plan_rect, fb_w, fb_h, gl::Renderer::Layers::Live);
    if (scene_rect.w > 0 && scene_rect.h > 0)
        renderer_->draw(gl::ViewKind::Scene3D, scene_rect, fb_w, fb_h, gl::Renderer::Layers::Live);
}

bool Viewport::use_tool(std::unique_ptr<Tool> tool)
{
    if (tool_gesture_)
        return false;
    tool_ = std::move(tool);
    tool_one_shot_ = false;
    mode_ = true;
    return true;
}

void Viewport::end_mode()
{
    if (tool_gesture_)
        return;
    tool_ = std::make_unique<SelectTool>();
    mode_ = tool_one_shot_ = false;
}

bool Viewport::begin_drag(std::unique_ptr<Tool> tool)
{
    if (!renderer_ || tool_gesture_ || camera_button_ >= 0 || drag_cancelled_)
        return false;
    tool_ = std::move(tool);
    tool_gesture_ = true;
    tool_one_shot_ = true;
    return true;
}

void Viewport::fit_all(const Project& project, bool animate)
{
    Box b;
    for (const Hall& h : project.venue.halls)
        for (Vec2 p : h.outline)
            b.add(p);
    if (!b.empty())
        fit_box(b, animate);
}

void Viewport::fit_box(Box box, bool animate)
{
    if (!renderer_ || box.empty())
        return;
    // Leave a margin so the subject is not flush with the edges.
    double m = std::max(3.0, 0.08 * std::max(box.width(), box.height()));
    box.add({box.min.x - m, box.min.y - m});
    box.add({box.max.x + m, box.max.y + m});
    if (plan_rect.w > 0)
        renderer_->fit(gl::ViewKind::Plan, plan_rect, box, animate);
    if (scene_rect.w > 0)
        renderer_->fit(gl::ViewKind::Scene3D, scene_rect, box, animate);
    if (plan_rect.w <= 0 && scene_rect.w <= 0)
        pending_fit_ = std::pair{box, animate};
}

void Viewport::fly_to_booth(BoothId booth)
{
    if (!renderer_)
        return;
    if (plan_rect.w > 0)
        renderer_->fly_to_booth(gl::ViewKind::Plan, plan_rect, booth);
    if (scene_rect.w > 0)
        renderer_->fly_to_booth(gl::ViewKind::Scene3D, scene_rect, booth);
}

void Viewport::pan_by(float dx, float dy)
{
    if (renderer_ && plan_rect.w > 0)
        renderer_->pan(gl::ViewKind::Plan, plan_rect, dx, dy);
}

Box Viewport::plan_visible_box() const
{
    return renderer_ && plan_rect.w > 0 ? renderer_->visible_box(plan_rect) : Box{};
}

bool Viewport::animating() const
{
    // The renderer's last frame of a still picture is antialiased. In Split the two views take
    // turns, so neither is ever "still" to it: no such frame is asked for there.
    const bool refine = renderer_ && layout != ViewLayout::Split && renderer_->needs_redraw();
    return (renderer_ && (renderer_->animating() || refine)) || (tool_gesture_ && !between_clicks_) || camera_button_ >= 0 ||
           minimap_drag_;
}

gl::FrameStats Viewport::stats() const
{
    return renderer_ ? renderer_->stats() : gl::FrameStats{};
}

} // namespace bp::win
