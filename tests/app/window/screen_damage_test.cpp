// The screen's damage between frames, from real Dear ImGui draw data (no display, no GL): a frame
// drawn again unchanged damages nothing, a changed panel damages its own rectangle only, a moved or
// closed one its old place too, and clipping keeps every command inside the damage.
#include "app/window/screen_damage.h"

#include <catch2/catch.hpp>
#include <imgui.h>

#include <string>

using namespace bp::win;

namespace
{

struct Panel
{
    bool shown = true;
    float x = 300, y = 200;
    std::string text = "Progress 10 %";
};

// One ImGui frame of two panels: "Venue" at (0, 0) 200 x 100, and `b` (200 x 100).
ImDrawData& frame(const Panel& b)
{
    ImGui::GetIO().DeltaTime = 1.0f / 60;
    ImGui::NewFrame();
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(ImVec2(200, 100));
    ImGui::Begin("Venue", nullptr, ImGuiWindowFlags_NoSavedSettings);
    ImGui::TextUnformatted("Hall 1.1");
    ImGui::End();
    if (b.shown)
    {
        ImGui::SetNextWindowPos(ImVec2(b.x, b.y));
        ImGui::SetNextWindowSize(ImVec2(200, 100));
        ImGui::Begin("Allocation", nullptr, ImGuiWindowFlags_NoSavedSettings);
        ImGui::TextUnformatted(b.text.c_str());
        ImGui::End();
    }
    ImGui::Render();
    return *ImGui::GetDrawData();
}

struct Context
{
    Context(float fb_scale = 1)
    {
        ImGui::CreateContext();
        ImGuiIO& io = ImGui::GetIO();
        io.IniFilename = nullptr;
        io.DisplaySize = ImVec2(800, 600);
        io.DisplayFramebufferScale = ImVec2(fb_scale, fb_scale);
        unsigned char* pixels = nullptr;
        int w = 0, h = 0;
        io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
        for (int i = 0; i < 3; ++i)
            frame(Panel{}); // windows settle over their first frames
    }
    ~Context() { ImGui::DestroyContext(); }
};

// Within `box` give or take a few pixels (a window's border and its antialiased fringe).
// The bounding box of a frame's damage.
PixelRect box_of(const std::vector<PixelRect>& rects)
{
    PixelRect b;
    for (const PixelRect& r : rects)
        b.add(r);
    return b;
}

bool inside(const PixelRect& r, const PixelRect& box)
{
    constexpr int kSlack = 4;
    return r.x0 >= box.x0 - kSlack && r.y0 >= box.y0 - kSlack && r.x1 <= box.x1 + kSlack && r.y1 <= box.y1 + kSlack;
}

} // namespace

TEST_CASE("the first frame is damaged everywhere, the same frame again nowhere")
{
    Context c;
    ScreenDamage d;
    const PixelRect screen{0, 0, 800, 600};
    CHECK(d.diff(frame(Panel{}), screen) == std::vector<PixelRect>{screen});
    CHECK(d.diff(frame(Panel{}), screen).empty());
    CHECK(d.diff(frame(Panel{}), screen).empty());
    d.forget();
    CHECK(d.diff(frame(Panel{}), screen) == std::vector<PixelRect>{screen});
}

TEST_CASE("a changed panel damages its own rectangle, not the other panel's")
{
    Context c;
    ScreenDamage d;
    const PixelRect screen{0, 0, 800, 600};
    d.diff(frame(Panel{}), screen);
    Panel b;
    b.text = "Progress 20 %";
    PixelRect r = box_of(d.diff(frame(b), screen));
    REQUIRE_FALSE(r.empty());
    CHECK(inside(r, {300, 200, 500, 300}));
    CHECK(r.area() > 150 * 60); // the panel's whole rectangle
    CHECK(d.diff(frame(b), screen).empty());
}

TEST_CASE("a moved panel damages where it was and where it is; a closed one where it was")
{
    Context c;
    ScreenDamage d;
    const PixelRect screen{0, 0, 800, 600};
    d.diff(frame(Panel{}), screen);
    Panel moved;
    moved.x = 500;
    moved.y = 400;
    PixelRect r = box_of(d.diff(frame(moved), screen));
    CHECK(inside({300, 200, 700, 500}, r));
    CHECK(inside(r, {300, 200, 700, 500}));
    Panel closed = moved;
    closed.shown = false;
    r = box_of(d.diff(frame(closed), screen));
    CHECK(inside({500, 400, 700, 500}, r));
    CHECK(inside(r, {500, 400, 700, 500}));
}

TEST_CASE("damage is in framebuffer pixels on a HiDPI screen")
{
    Context c(2);
    ScreenDamage d;
    const PixelRect screen{0, 0, 1600, 1200};
    d.diff(frame(Panel{}), screen);
    Panel b;
    b.text = "Progress 20 %";
    PixelRect r = box_of(d.diff(frame(b), screen));
    REQUIRE_FALSE(r.empty());
    CHECK(inside(r, {600, 400, 1000, 600}));
    CHECK(r.x1 > 900);
}

TEST_CASE("rectangles far apart stay apart, near ones merge, never more than the limit")
{
    // A panel at the top and the status bar at the bottom: two passes, not the whole window.
    std::vector<PixelRect> apart = merge_rects({{0, 0, 100, 100}, {0, 900, 1600, 930}}, 3);
    CHECK(apart.size() == 2);
    // Overlapping: one.
    std::vector<PixelRect> near = merge_rects({{0, 0, 100, 100}, {10, 10, 110, 110}}, 3);
    REQUIRE(near.size() == 1);
    CHECK(near[0] == PixelRect{0, 0, 110, 110});
    std::vector<PixelRect> many;
    for (int i = 0; i < 10; ++i)
        many.push_back({i * 200, i * 100, i * 200 + 10, i * 100 + 10});
    many.push_back({});
    std::vector<PixelRect> few = merge_rects(many, 3);
    CHECK(few.size() == 3);
    PixelRect all = box_of(many), got = box_of(few);
    CHECK(got == all); // every pixel of damage is still covered
}

TEST_CASE("clipping keeps every command inside the damage")
{
    Context c;
    ImDrawData& data = frame(Panel{});
    clip_draw_data(data, {350, 220, 450, 260});
    int drawn = 0;
    for (int i = 0; i < data.CmdListsCount; ++i)
        for (const ImDrawCmd& cmd : data.CmdLists[i]->CmdBuffer)
        {
            if (cmd.ClipRect.z <= cmd.ClipRect.x || cmd.ClipRect.w <= cmd.ClipRect.y)
                continue; // nothing of it is drawn
            ++drawn;
            CHECK(cmd.ClipRect.x >= 350);
            CHECK(cmd.ClipRect.y >= 220);
            CHECK(cmd.ClipRect.z <= 450);
            CHECK(cmd.ClipRect.w <= 260);
        }
    CHECK(drawn >= 1); // the allocation panel's commands that reach into it
}
