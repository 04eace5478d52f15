// The screen's damage from one frame to the next (see screen_damage.h).
#include "screen_damage.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace bp::win
{

namespace
{

// 64-bit FNV-1a over words: the lists hold a few hundred kilobytes, hashed every frame.
struct Hasher
{
    uint64_t h = 1469598103934665603ull;
    void word(uint64_t w)
    {
        h ^= w;
        h *= 1099511628211ull;
    }
    void bytes(const void* data, size_t n)
    {
        const auto* p = static_cast<const unsigned char*>(data);
        size_t i = 0;
        for (; i + 8 <= n; i += 8)
        {
            uint64_t w = 0;
            std::memcpy(&w, p + i, 8);
            word(w);
        }
        uint64_t tail = 0;
        std::memcpy(&tail, p + i, n - i);
        word(tail ^ (static_cast<uint64_t>(n) << 56));
    }
    void real(float f)
    {
        uint32_t u = 0;
        std::memcpy(&u, &f, 4);
        word(u);
    }
};

uint64_t hash_of(const ImDrawList& list, size_t order)
{
    Hasher k;
    k.word(order);
    k.bytes(list.VtxBuffer.Data, static_cast<size_t>(list.VtxBuffer.Size) * sizeof(ImDrawVert));
    k.bytes(list.IdxBuffer.Data, static_cast<size_t>(list.IdxBuffer.Size) * sizeof(ImDrawIdx));
    for (const ImDrawCmd& c : list.CmdBuffer)
    {
        k.real(c.ClipRect.x), k.real(c.ClipRect.y), k.real(c.ClipRect.z), k.real(c.ClipRect.w);
        k.word(reinterpret_cast<uintptr_t>(c.TextureId));
        k.word((static_cast<uint64_t>(c.VtxOffset) << 32) ^ c.IdxOffset);
        k.word(c.ElemCount);
        k.word(reinterpret_cast<uintptr_t>(c.UserCallback));
    }
    return k.h;
}

// Where the list draws: the box of its vertices within its commands' clip rectangles (a window's
// frame is clipped to the whole screen, so clip rectangles alone say little), framebuffer pixels.
PixelRect reach_of(const ImDrawList& list, const ImDrawData& d, const PixelRect& screen)
{
    const ImVec2 off = d.DisplayPos, scale = d.FramebufferScale;
    auto to_pixels = [&](float x0, float y0, float x1, float y1)
    {
        return PixelRect{static_cast<int>(std::floor((x0 - off.x) * scale.x)),
                         static_cast<int>(std::floor((y0 - off.y) * scale.y)),
                         static_cast<int>(std::ceil((x1 - off.x) * scale.x)) + 1,
                         static_cast<int>(std::ceil((y1 - off.y) * scale.y)) + 1};
    };
    PixelRect clips;
    for (const ImDrawCmd& c : list.CmdBuffer)
        if (c.ElemCount > 0 || c.UserCallback != nullptr)
            clips.add(to_pixels(c.ClipRect.x, c.ClipRect.y, c.ClipRect.z, c.ClipRect.w).clipped(screen));
    if (list.VtxBuffer.Size == 0)
        return {};
    float x0 = list.VtxBuffer[0].pos.x, y0 = list.VtxBuffer[0].pos.y, x1 = x0, y1 = y0;
    for (const ImDrawVert& v : list.VtxBuffer)
    {
        x0 = std::min(x0, v.pos.x);
        y0 = std::min(y0, v.pos.y);
        x1 = std::max(x1, v.pos.x);
        y1 = std::max(y1, v.pos.y);
    }
    return to_pixels(x0, y0, x1, y1).clipped(clips);
}

} // namespace

void PixelRect::add(const PixelRect& r)
{
    if (r.empty())
        return;
    if (empty())
    {
        *this = r;
        return;
    }
    x0 = std::min(x0, r.x0);
    y0 = std::min(y0, r.y0);
    x1 = std::max(x1, r.x1);
    y1 = std::max(y1, r.y1);
}

PixelRect PixelRect::clipped(const PixelRect& to) const
{
    PixelRect r{std::max(x0, to.x0), std::max(y0, to.y0), std::min(x1, to.x1), std::min(y1, to.y1)};
    return r.empty() ? PixelRect{} : r;
}

std::vector<PixelRect> merge_rects(std::vector<PixelRect> rects, size_t max)
{
    std::erase_if(rects, [](const PixelRect& r) { return r.empty(); });
    for (;;)
    {
        // The pair whose bounding box adds the fewest pixels to what the two cover.
        // (Negative where they overlap.)
        size_t best_a = 0, best_b = 0;
        int64_t best = 0;
        bool found = false;
        for (size_t a = 0; a < rects.size(); ++a)
            for (size_t b = a + 1; b < rects.size(); ++b)
            {
                PixelRect box = rects[a];
                box.add(rects[b]);
                int64_t waste = int64_t(box.area()) - rects[a].area() - rects[b].area();
                if (!found || waste < best)
                    best = waste, best_a = a, best_b = b, found = true;
            }
        if (!found)
            break;
        const int64_t parts = int64_t(rects[best_a].area()) + rects[best_b].area();
        if (rects.size() <= max && best * 8 > parts)
            break;
        rects[best_a].add(rects[best_b]);
        rects.erase(rects.begin() + static_cast<std::ptrdiff_t>(best_b));
    }
    return rects;
}

std::vector<PixelRect> ScreenDamage::diff(const ImDrawData& frame, const PixelRect& screen)
{
    std::vector<PixelRect> damage;
    std::unordered_map<const ImDrawList*, Drawn> now;
    for (int i = 0; i < frame.CmdListsCount; ++i)
    {
        const ImDrawList* list = frame.CmdLists[i];
        Drawn d{hash_of(*list, static_cast<size_t>(i)), reach_of(*list, frame, screen)};
        auto was = lists_.find(list);
        if (was == lists_.end())
            damage.push_back(d.rect);
        else if (was->second.hash != d.hash || !(was->second.rect == d.rect))
        {
            damage.push_back(d.rect);
            damage.push_back(was->second.rect);
        }
        now.emplace(list, d);
    }
    for (const auto& [list, d] : lists_)
        if (!now.count(list))
            damage.push_back(d.rect); // a window closed: what it covered shows again
    lists_ = std::move(now);
    if (!known_)
    {
        known_ = true;
        return {screen};
    }
    for (PixelRect& r : damage)
        r = r.clipped(screen);
    return merge_rects(std::move(damage), kMaxRects);
}

void clip_draw_data(ImDrawData& frame, const PixelRect& rect)
{
    const ImVec2 off = frame.DisplayPos, scale = frame.FramebufferScale;
    const float x0 = static_cast<float>(rect.x0) / scale.x + off.x, y0 = static_cast<float>(rect.y0) / scale.y + off.y;
    const float x1 = static_cast<float>(rect.x1) / scale.x + off.x, y1 = static_cast<float>(rect.y1) / scale.y + off.y;
    for (int i = 0; i < frame.CmdListsCount; ++i)
        for (ImDrawCmd& c : frame.CmdLists[i]->CmdBuffer)
        {
            c.ClipRect.x = std::max(c.ClipRect.x, x0);
            c.ClipRect.y = std::max(c.ClipRect.y, y0);
            c.ClipRect.z = std::min(c.ClipRect.z, x1);
            c.ClipRect.w = std::min(c.ClipRect.w, y1);
        }
}

} // namespace bp::win
