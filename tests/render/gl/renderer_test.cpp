// The OpenGL renderer on screen (Xvfb + llvmpipe): booths appear in their key colour where the plan
// puts them, a click on a booth's pixels picks it, an edit recolours it in the next frame, a preview
// plan (the solver's so far) shows over the booths and goes again, the
// window's framebuffer state survives a frame, the 3D view draws the hall's booths, and moving 3D
// frames are drawn at half resolution until the camera stops.
#include "layout/plan/plan.h"
#include "render/gl/renderer.h"
#include "tests/render/gl/display.h"
#include "tests/support/export_fixture.h"

#include <glad/gl.h>

#include <algorithm>
#include <cmath>

using namespace bp;

namespace
{

const Project& tiny_fair()
{
    static const Project p = test::let_sample(SamplePreset::Tiny);
    return p;
}

constexpr int kW = 800, kH = 560;
const gl::ScreenRect kRect{0, 0, kW, kH};

// Where a venue point lands in the picture of the plan camera that shows `seen`.
Vec2 on_screen(const Box& seen, Vec2 p)
{
    return {(p.x - seen.min.x) / seen.width() * kW, (seen.max.y - p.y) / seen.height() * kH};
}

// Booths big enough on screen to test their middle pixel.
std::vector<BoothId> sample_booths(const Project& p, size_t n)
{
    std::vector<BoothId> out;
    for (size_t i = 0; i < p.booths.size() && out.size() < n; i += 7)
        out.push_back(BoothId(static_cast<int32_t>(i)));
    return out;
}

gl::Renderer& plain_plan(gl::Renderer& r, const Project& p)
{
    gl::DisplayOptions d;
    d.labels = false; // the middle of each booth shows its fill
    r.set_display(d);
    r.set_project(p);
    r.fit(gl::ViewKind::Plan, kRect, bounds(p.hall(HallId(0)).outline), false);
    return r;
}

} // namespace

TEST_CASE("the plan view shows every booth in its pavilion's colour where the plan puts it")
{
    test::gl_context();
    const Project& p = tiny_fair();
    gl::Renderer r;
    plain_plan(r, p);
    gl::Image img = gl::render_image(r, gl::ViewKind::Plan, kW, kH);
    Box seen = r.visible_box(kRect);
    ColourKey key(p, ColourBy::Pavilion);
    for (BoothId id : sample_booths(p, 20))
    {
        Vec2 s = on_screen(seen, centroid(footprint(p.block(p.booth(id).cells.block), p.booth(id).cells)));
        INFO("booth " << p.booth(id).number);
        CHECK(img.pixel(static_cast<int>(s.x), static_cast<int>(s.y)) == key.colour(p.booth(id)));
        // The same pixel picks the booth.
        gl::Pick pick = r.pick(gl::ViewKind::Plan, kRect, static_cast<float>(s.x), static_cast<float>(s.y));
        CHECK(pick.kind == gl::Pick::Kind::Booth);
        CHECK(pick.booth == id);
    }
    gl::FrameStats st = r.stats();
    CHECK(st.draw_calls > 3);
    CHECK(st.triangles >= static_cast<int64_t>(2 * p.booths.size()));
    CHECK(st.gpu_bytes > 0);
}

TEST_CASE("a booth given to an exhibitor shows the new colour in the next frame, without a rebuild")
{
    test::gl_context();
    Project p = tiny_fair();
    gl::Renderer r;
    plain_plan(r, p);
    gl::render_image(r, gl::ViewKind::Plan, kW, kH);
    // Take a let booth's exhibitor into a free booth, then look at the free booth's pixel.
    BoothId free, let;
    for (size_t i = 0; i < p.booths.size(); ++i)
    {
        BoothId id(static_cast<int32_t>(i));
        if (!p.booth(id).exhibitor.valid() && !free.valid())
            free = id;
        if (p.booth(id).exhibitor.valid() && ColourKey(p, ColourBy::Pavilion).colour(p.booth(id)) != 0xE6DFCC)
            let = id;
    }
    REQUIRE(free.valid());
    REQUIRE(let.valid());
    CHECK(r.needs_redraw()); // the first frame moved: a multisampled one follows
    gl::render_image(r, gl::ViewKind::Plan, kW, kH);
    CHECK_FALSE(r.needs_redraw());
    AppliedEdit a = apply_edit(p, AssignBooth{free, p.booth(let).exhibitor, BoothStatus::Sold});
    r.update(p, a.changed);
    CHECK(r.needs_redraw());
    gl::Image img = gl::render_image(r, gl::ViewKind::Plan, kW, kH);
    Vec2 s =
        on_screen(r.visible_box(kRect), centroid(footprint(p.block(p.booth(free).cells.block), p.booth(free).cells)));
    CHECK(img.pixel(static_cast<int>(s.x), static_cast<int>(s.y)) ==
          ColourKey(p, ColourBy::Pavilion).colour(p.booth(free)));
    CHECK(r.stats().patch_ms < r.stats().build_ms); // patched in place, not rebuilt
}

TEST_CASE("a preview plan shows over the booths in its colours, the others free, and goes again")
{
    test::gl_context();
    const Project& p = tiny_fair();
    gl::Renderer r;
    plain_plan(r, p);
    ColourKey key(p, ColourBy::Pavilion);
    BoothId free, let;
    for (size_t i = 0; i < p.booths.size(); ++i)
    {
        BoothId id(static_cast<int32_t>(i));
        if (!p.booth(id).exhibitor.valid() && !free.valid())
            free = id;
        if (p.booth(id).exhibitor.valid() && key.colour(p.booth(id)) != ColourKey::kFree)
            let = id;
    }
    REQUIRE(free.valid());
    REQUIRE(let.valid());
    auto middle = [&](BoothId id)
    {
        Vec2 s =
            on_screen(r.visible_box(kRect), centroid(footprint(p.block(p.booth(id).cells.block), p.booth(id).cells)));
        return std::pair{static_cast<int>(s.x), static_cast<int>(s.y)};
    };
    // The solver's plan so far puts someone on the free booth, in a colour no key gives.
    constexpr uint32_t kPreviewed = 0x12AB34;
    const Block& block = p.block(p.booth(free).cells.block);
    r.set_preview(std::vector<PreviewBooth>{{footprint(block, p.booth(free).cells), kPreviewed, block.hall}});
    CHECK(r.needs_redraw());
    gl::Image img = gl::render_image(r, gl::ViewKind::Plan, kW, kH);
    auto [fx, fy] = middle(free);
    auto [lx, ly] = middle(let);
    CHECK(img.pixel(fx, fy) == kPreviewed);
    CHECK(img.pixel(lx, ly) == ColourKey::kFree); // not in the preview: free there
    r.set_preview(PreviewPlan{});
    img = gl::render_image(r, gl::ViewKind::Plan, kW, kH);
    CHECK(img.pixel(fx, fy) == key.colour(p.booth(free)));
    CHECK(img.pixel(lx, ly) == key.colour(p.booth(let)));

    // A whole plan in row order, neighbours of one colour filled as one: every booth still shows
    // its own colour, and the ones the preview leaves out show free.
    std::vector<PreviewBooth> plan;
    std::vector<std::pair<BoothId, uint32_t>> expected;
    for (size_t i = 0; i < p.booths.size(); ++i)
    {
        const BoothId id(static_cast<int32_t>(i));
        const Booth& b = p.booth(id);
        const uint32_t colour = i % 7 == 3 ? ColourKey::kFree : (i / 4) % 2 ? 0x2040A0 : 0xA04020; // runs of four
        if (colour != ColourKey::kFree)
            plan.push_back({footprint(p.block(b.cells.block), b.cells), colour, p.block(b.cells.block).hall});
        expected.push_back({id, colour});
    }
    r.set_preview(plan);
    CHECK_FALSE(r.preview_waiting()); // near: uploaded and drawn at the next draw
    img = gl::render_image(r, gl::ViewKind::Plan, kW, kH);
    auto count_right = [&](const gl::Image& picture)
    {
        int right = 0;
        for (const auto& [id, colour] : expected)
        {
            auto [x, y] = middle(id);
            right += picture.pixel(x, y) == colour;
        }
        return right;
    };
    CHECK(count_right(img) == static_cast<int>(expected.size()));
    // Zoomed out past the hall maps, the preview is its picture painted once: the same colours.
    for (int i = 0; i < 40 && kW / r.visible_box(kRect).width() >= 1.5; ++i)
        r.zoom_at(gl::ViewKind::Plan, kRect, kW / 2.0f, kH / 2.0f, -1);
    REQUIRE(kW / r.visible_box(kRect).width() < 1.5);
    img = gl::render_image(r, gl::ViewKind::Plan, kW, kH);
    CHECK(count_right(img) == static_cast<int>(expected.size()));
    // The same in a window where the view is a rectangle off the origin (the frame keeps to it with
    // the scissor test, which the picture's painting must not inherit).
    // Another plan (the colours swapped), so that a picture left from the last one shows.
    auto swap = [](uint32_t c) { return c == 0x2040A0 ? 0xA04020u : c == 0xA04020 ? 0x2040A0u : c; };
    for (PreviewBooth& b : plan)
        b.colour = swap(b.colour);
    for (auto& e : expected)
        e.second = swap(e.second);
    // Zoomed out it is painted when it comes, and the view is drawn again with it from the next frame.
    r.set_preview(plan);
    CHECK(r.preview_waiting());
    CHECK(r.reveal_preview());
    CHECK(r.needs_redraw());
    CHECK_FALSE(r.preview_waiting());
    CHECK_FALSE(r.reveal_preview());
    constexpr int kLeft = 120, kTop = 90;
    gl::ImageTarget window(kW + kLeft, kH + kTop);
    window.bind();
    glViewport(0, 0, window.w(), window.h());
    glClear(GL_COLOR_BUFFER_BIT);
    r.draw(gl::ViewKind::Plan, gl::ScreenRect{kLeft, kTop, kW, kH}, window.w(), window.h());
    const gl::Image framed = window.read();
    int right = 0;
    for (const auto& [id, colour] : expected)
    {
        auto [x, y] = middle(id);
        right += framed.pixel(x + kLeft, y + kTop) == colour;
    }
    CHECK(right == static_cast<int>(expected.size()));
}

TEST_CASE("a frame leaves the window's framebuffer, viewport and blending as it found them")
{
    test::gl_context();
    gl::Renderer r;
    r.set_project(tiny_fair());
    gl::ImageTarget window(400, 300);
    window.bind();
    glViewport(0, 0, 400, 300);
    glClearColor(0, 0, 0, 1);
    glClear(GL_COLOR_BUFFER_BIT);
    glViewport(3, 4, 100, 90);
    glEnable(GL_BLEND);
    glDisable(GL_DEPTH_TEST);
    GLint fbo_before = 0;
    glGetIntegerv(GL_DRAW_FRAMEBUFFER_BINDING, &fbo_before);
    r.draw(gl::ViewKind::Scene3D, gl::ScreenRect{50, 40, 300, 200}, 400, 300);
    GLint fbo = 0, vp[4];
    glGetIntegerv(GL_DRAW_FRAMEBUFFER_BINDING, &fbo);
    glGetIntegerv(GL_VIEWPORT, vp);
    CHECK(fbo == fbo_before);
    CHECK(vp[0] == 3);
    CHECK(vp[3] == 90);
    CHECK(glIsEnabled(GL_BLEND));
    CHECK_FALSE(glIsEnabled(GL_DEPTH_TEST));
    // The view went into its rectangle only (GL rows go upwards: y = 300 - 40 - 200 = 60).
    gl::Image img = window.read();
    CHECK(img.pixel(10, 10) == 0x000000);
    CHECK(img.pixel(200, 140) != 0x000000);
}

TEST_CASE("the 3D view from above a booth shows its carpet in its colour, and picks it")
{
    test::gl_context();
    const Project& p = tiny_fair();
    gl::Renderer r;
    gl::DisplayOptions d;
    d.labels = false;
    r.set_display(d);
    r.set_project(p);
    BoothId id;
    for (size_t i = 0; i < p.booths.size() && !id.valid(); ++i)
        if (p.booths[i].exhibitor.valid() && p.booths[i].cells.cols >= 2)
            id = BoothId(static_cast<int32_t>(i));
    REQUIRE(id.valid());
    Vec2 c = centroid(footprint(p.block(p.booth(id).cells.block), p.booth(id).cells));
    r.look_at(c.x + 0.01, c.y - 0.5, 30, c.x, c.y, 0);
    gl::Image img = gl::render_image(r, gl::ViewKind::Scene3D, kW, kH);
    uint32_t px = img.pixel(kW / 2, kH / 2);
    // The carpet is the key colour lightened, then lit: its hue channels keep their order.
    uint32_t key = ColourKey(p, ColourBy::Pavilion).colour(p.booth(id));
    auto ch = [](uint32_t v, int s) { return static_cast<int>(v >> s & 0xFF); };
    INFO("pixel " << std::hex << px << " key " << key);
    for (int a : {16, 8, 0})
        for (int b : {16, 8, 0})
            if (ch(key, a) > ch(key, b) + 40)
                CHECK(ch(px, a) > ch(px, b));
    gl::Pick pick = r.pick(gl::ViewKind::Scene3D, kRect, kW / 2.0f, kH / 2.0f);
    CHECK(pick.kind == gl::Pick::Kind::Booth);
    CHECK(pick.booth == id);
}

TEST_CASE("flying to a booth in 3D looks at it from the aisle it opens on, even from behind it")
{
    test::gl_context();
    const Project& p = tiny_fair();
    const PlanDescription plan(p, ColourBy::Pavilion);
    // A booth open on one side only, and the camera behind it.
    const BoothLook* b = nullptr;
    int open = -1;
    for (const BoothLook& look : plan.booths())
        if (!b && std::count(std::begin(look.open), std::end(look.open), true) == 1)
        {
            b = &look;
            open =
                static_cast<int>(std::find(std::begin(look.open), std::end(look.open), true) - std::begin(look.open));
        }
    REQUIRE(b != nullptr);
    const Vec2 outward = open == 0   ? Vec2{0, 0} - b->across
                         : open == 1 ? b->across
                         : open == 2 ? Vec2{0, 0} - b->along
                                     : b->along;
    const Vec2 c = b->label.centre, behind = c - outward * 20.0;
    gl::Renderer r;
    r.set_project(p);
    r.look_at(behind.x, behind.y, 12, c.x, c.y, 0);
    r.fly_to_booth(gl::ViewKind::Scene3D, kRect, b->id);
    r.finish_animation();
    // The ground at the foot of the picture is on the camera's side: the aisle in front of the booth.
    std::optional<Vec2> foot = r.to_venue(gl::ViewKind::Scene3D, kRect, kW / 2.0f, kH - 4.0f);
    REQUIRE(foot);
    CHECK(dot(*foot - c, outward) > 2);
    gl::Pick pick = r.pick(gl::ViewKind::Scene3D, kRect, kW / 2.0f, kH / 2.0f);
    CHECK(pick.booth == b->id);
}

TEST_CASE("walking through the hall stops at booths and walls and keeps to the floor")
{
    test::gl_context();
    const Project& p = tiny_fair();
    gl::Renderer r;
    r.set_project(p);
    r.fit(gl::ViewKind::Scene3D, kRect, bounds(p.hall(HallId(0)).outline), false);
    CHECK_FALSE(r.walker());
    r.set_walk(true);
    REQUIRE(r.walker());
    const Hall& hall = p.hall(HallId(0));
    Vec2 start = *r.walker();
    double walked = 0;
    for (int i = 0; i < 600; ++i)
    {
        Vec2 before = *r.walker();
        r.walk(0.4f, 0, i % 40 == 0 ? 1.1f : 0.0f);
        Vec2 at = *r.walker();
        walked += distance(before, at);
        REQUIRE(contains(hall.outline, at));
        for (const Booth& b : p.booths)
            REQUIRE_FALSE(contains(offset(footprint(p.block(b.cells.block), b.cells), 0.25), at));
    }
    CHECK(walked > 20); // it got somewhere along the aisles
    CHECK(distance(start, *r.walker()) > 0);
    gl::Image img = gl::render_image(r, gl::ViewKind::Scene3D, kW, kH);
    CHECK(img.pixel(kW / 2, kH / 2) != img.pixel(0, 0)); // something stands in front of the walker
}

TEST_CASE("while the 3D camera moves, frames are drawn at half resolution; the still frame after is full")
{
    test::gl_context();
    const Project& p = tiny_fair();
    gl::Renderer r;
    r.set_project(p); // default display: antialias when still, moving frames at half resolution
    r.look_at(8, -14, 16, 30, 18, 0);
    gl::ImageTarget target(kW, kH);
    auto frame = [&]
    {
        target.bind();
        r.draw(gl::ViewKind::Scene3D, kRect, kW, kH);
        return target.read();
    };
    // Pixels of a half-resolution frame scaled up come in equal pairs along each row.
    auto pairs_equal = [](const gl::Image& img)
    {
        int64_t unequal = 0;
        for (int y = 0; y < img.h; ++y)
            for (int x = 0; x + 1 < img.w; x += 2)
                unequal += img.pixel(x, y) != img.pixel(x + 1, y);
        return unequal;
    };
    r.orbit(kRect, 30, 0);
    gl::Image moving = frame();
    CHECK(r.needs_redraw()); // the still frame is owed
    gl::Image still = frame();
    CHECK_FALSE(r.needs_redraw());
    CHECK(pairs_equal(moving) == 0);
    CHECK(pairs_equal(still) > kW * kH / 100);
    // The same picture: most pixels agree within a little.
    int64_t close = 0;
    for (int y = 0; y < kH; ++y)
        for (int x = 0; x < kW; ++x)
        {
            uint32_t a = moving.pixel(x, y), b = still.pixel(x, y);
            int d = 0;
            for (int s : {16, 8, 0})
                d = std::max(d, std::abs(static_cast<int>(a >> s & 0xFF) - static_cast<int>(b >> s & 0xFF)));
            close += d <= 24;
        }
    CHECK(close > static_cast<int64_t>(kW) * kH * 85 / 100);
}

TEST_CASE("fascia text is sized in the pixels drawn: a half-resolution moving frame leaves out what it would smudge")
{
    test::gl_context();
    const Project& p = tiny_fair();
    gl::ImageTarget target(kW, kH);
    // Triangles sent by a moving frame and by the still frame after it, from a camera where the
    // nearest fascias' text is between 4 and 8 pixels (2 to 4 in a half-resolution frame).
    auto sent = [&](float moving_resolution)
    {
        gl::Renderer r;
        gl::DisplayOptions d;
        d.moving_resolution = moving_resolution;
        r.set_display(d);
        r.set_project(p);
        r.look_at(23, -4.4, 11.2, 30, 18, 0);
        target.bind();
        r.draw(gl::ViewKind::Scene3D, kRect, kW, kH);
        r.draw(gl::ViewKind::Scene3D, kRect, kW, kH); // nothing moved: the still frame
        int64_t still = r.stats().triangles;
        r.orbit(kRect, 1, 0);
        r.draw(gl::ViewKind::Scene3D, kRect, kW, kH);
        return std::pair{r.stats().triangles, still};
    };
    auto [half_moving, half_still] = sent(0.5f);
    auto [full_moving, full_still] = sent(1.0f);
    CHECK(half_moving < half_still);  // the small text waits for the still frame
    CHECK(full_moving == full_still); // drawn whole, a moving frame shows the same text
    CHECK(half_still == full_still);
}

TEST_CASE("the live layer drawn over the base gives the picture drawn whole, and says which pixels it changes")
{
    test::gl_context();
    const Project& p = tiny_fair();
    gl::Renderer r;
    plain_plan(r, p);
    gl::DisplayOptions display;
    display.labels = false;
    display.antialias = gl::Antialias::Off; // every picture drawn alike
    r.set_display(display);
    gl::render_image(r, gl::ViewKind::Plan, kW, kH);
    const Box seen = r.visible_box(kRect);
    const Polygon shape = rectangle({48, 7}, {64, 19});
    r.set_overlays({gl::Overlay{HallId(0), shape, 0xC628289A, {}}});
    CHECK(r.live_changed());
    CHECK_FALSE(r.needs_redraw()); // the live layer alone does not ask for the venue again
    const gl::Image whole = gl::render_image(r, gl::ViewKind::Plan, kW, kH);
    CHECK_FALSE(r.live_changed());

    gl::ImageTarget target(kW, kH);
    target.bind();
    glViewport(0, 0, kW, kH);
    r.draw(gl::ViewKind::Plan, kRect, kW, kH, gl::Renderer::Layers::Base);
    const gl::Image base = target.read();
    r.draw(gl::ViewKind::Plan, kRect, kW, kH, gl::Renderer::Layers::Live);
    const gl::Image layered = target.read();
    const Vec2 in = on_screen(seen, {56, 13}), out = on_screen(seen, {20, 40});
    const auto ix = static_cast<int>(in.x), iy = static_cast<int>(in.y);
    const auto ox = static_cast<int>(out.x), oy = static_cast<int>(out.y);
    CHECK(base.pixel(ix, iy) != whole.pixel(ix, iy)); // the base has no red footprint
    CHECK(layered.pixel(ix, iy) == whole.pixel(ix, iy));
    CHECK(layered.pixel(ox, oy) == whole.pixel(ox, oy));

    // Moved: the pixels to draw again cover where it was and where it is, not the whole view.
    r.set_overlays({gl::Overlay{HallId(0), rectangle({50, 7}, {66, 19}), 0xC628289A, {}}});
    CHECK(r.live_changed());
    const gl::ScreenRect d = r.live_damage(gl::ViewKind::Plan, kRect);
    const Vec2 a = on_screen(seen, {48, 19}), b = on_screen(seen, {66, 7});
    CHECK(d.x <= a.x);
    CHECK(d.y <= a.y);
    CHECK(d.x + d.w >= b.x);
    CHECK(d.y + d.h >= b.y);
    CHECK(d.w * d.h < kW * kH / 4.0f);
}

TEST_CASE("the shadow map is drawn whole whatever scissor the window left set")
{
    test::gl_context();
    const Project& p = tiny_fair();
    gl::ImageTarget target(kW, kH);
    // The still frame at the hall's east end after one at its west end (the camera leaves the ground
    // the shadow map covers, so the next frame draws it again), with or without a small scissor
    // left enabled by whatever drew before (the window's interface does).
    auto east_after_west = [&](bool scissor)
    {
        gl::Renderer r;
        r.set_project(p);
        target.bind();
        r.look_at(-10, 2, 9, 6, 10, 0);
        r.draw(gl::ViewKind::Scene3D, kRect, kW, kH);
        r.draw(gl::ViewKind::Scene3D, kRect, kW, kH);
        r.look_at(44, 2, 9, 60, 10, 0);
        if (scissor)
        {
            glEnable(GL_SCISSOR_TEST);
            glScissor(0, 0, 8, 8);
        }
        r.draw(gl::ViewKind::Scene3D, kRect, kW, kH); // moving: the shadow map is drawn again
        glDisable(GL_SCISSOR_TEST);
        r.draw(gl::ViewKind::Scene3D, kRect, kW, kH);
        return target.read();
    };
    const gl::Image clean = east_after_west(false), scissored = east_after_west(true);
    int64_t differ = 0;
    for (int y = 0; y < kH; ++y)
        for (int x = 0; x < kW; ++x)
            differ += clean.pixel(x, y) != scissored.pixel(x, y);
    CHECK(differ == 0);
}
