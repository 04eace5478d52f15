// What changed on screen since the last frame the window presented. The panels are Dear ImGui draw
// lists (one per ImGui window); a list whose drawing is the same as last frame's needs no pixels
// drawn again, so a frame where only the progress bar moved redraws the allocation panel and
// leaves the rest of the window as it is (llvmpipe's time goes with the pixels it fills).
#pragma once

#include <cstddef>
#include <cstdint>
#include <unordered_map>
#include <vector>

struct ImDrawData;
struct ImDrawList;

namespace bp::win
{

// A rectangle of framebuffer pixels, origin at the top left, [x0, x1) x [y0, y1).
struct PixelRect
{
    int x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    bool empty() const { return x1 <= x0 || y1 <= y0; }
    int area() const { return empty() ? 0 : (x1 - x0) * (y1 - y0); }
    void add(const PixelRect& r); // grows to the bounding box of both
    PixelRect clipped(const PixelRect& to) const;
    friend bool operator==(const PixelRect&, const PixelRect&) = default;
};

class ScreenDamage
{
public:
    // Compares this frame's draw lists with those of the frame before (in framebuffer pixels, the
    // draw data's scale applied) and returns where they differ: the old and new places of every
    // list drawn differently, added, removed or reordered, merged into at most kMaxRects
    // rectangles (two are merged when their bounding box wastes little). The first frame, and the
    // first after forget(), is damaged everywhere in `screen`.
    std::vector<PixelRect> diff(const ImDrawData& frame, const PixelRect& screen);
    static constexpr size_t kMaxRects = 3;
    // The pixels on screen can no longer be trusted (an expose, a new font texture).
    void forget()
    {
        lists_.clear();
        known_ = false;
    }

private:
    struct Drawn
    {
        uint64_t hash = 0;
        PixelRect rect;
    };
    std::unordered_map<const ImDrawList*, Drawn> lists_;
    bool known_ = false;
};

// Merges rectangles into at most `max` (fewer where a bounding box costs less than 1/8 more
// pixels than its parts); empty ones are dropped.
std::vector<PixelRect> merge_rects(std::vector<PixelRect> rects, size_t max);

// Restricts every draw command of the frame to `rect` (framebuffer pixels): what lies outside is
// left as the last frame drew it.
void clip_draw_data(ImDrawData& frame, const PixelRect& rect);

} // namespace bp::win
