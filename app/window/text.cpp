// UTF-8, FriBidi pre-shaping of right-to-left names, and the codepoints the atlas needs.
#include "text.h"

#include <fribidi.h>

#include <algorithm>

namespace bp::win
{

namespace
{

bool is_rtl(uint32_t c)
{
    return (c >= 0x0590 && c <= 0x08FF) || (c >= 0xFB1D && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFF);
}

} // namespace

bool has_right_to_left(std::string_view text)
{
    // Every right-to-left codepoint starts with a lead byte of 0xD6..0xE0 or 0xEF; check fast first.
    bool maybe = false;
    for (char ch : text)
    {
        unsigned char c = static_cast<unsigned char>(ch);
        maybe = maybe || (c >= 0xD6 && c <= 0xE0) || c == 0xEF;
    }
    if (!maybe)
        return false;
    for (uint32_t c : decode_utf8(text))
        if (is_rtl(c))
            return true;
    return false;
}

std::string shape_for_display(std::string_view text)
{
    if (!has_right_to_left(text))
        return std::string(text);
    std::vector<uint32_t> logical = decode_utf8(text);
    std::vector<FriBidiChar> in(logical.begin(), logical.end()), out(logical.size() + 1);
    FriBidiParType base = FRIBIDI_PAR_ON; // the first strong letter decides
    if (!fribidi_log2vis(in.data(), static_cast<FriBidiStrIndex>(in.size()), &base, out.data(), nullptr, nullptr,
                         nullptr))
        return std::string(text);
    std::vector<uint32_t> visual;
    visual.reserve(in.size());
    for (size_t i = 0; i < in.size(); ++i)
        if (out[i] != 0xFEFF && out[i] != 0x200C && out[i] != 0x200D) // joiners have done their work
            visual.push_back(out[i]);
    return encode_utf8(visual);
}

const std::string& ShapedCache::operator()(const std::string& text)
{
    auto it = cache_.find(text);
    if (it != cache_.end())
        return it->second;
    if (cache_.size() > 100000)
        cache_.clear(); // names of a different project; keep memory bounded
    return cache_.emplace(text, shape_for_display(text)).first->second;
}

// [SECTION] CodepointSet ------------------------------------------------------------------------

namespace
{
constexpr uint32_t kMaxCodepoint = 0x30000;
}

void CodepointSet::add(uint32_t c)
{
    if (c >= kMaxCodepoint || c == 0)
        return;
    if (bits_.empty())
        bits_.assign(kMaxCodepoint / 64, 0);
    uint64_t& word = bits_[c / 64];
    uint64_t bit = uint64_t(1) << (c % 64);
    if (!(word & bit))
    {
        word |= bit;
        ++count_;
    }
}

void CodepointSet::add_text(std::string_view utf8)
{
    for (unsigned char c : utf8)
        if (c >= 0x80)
        {
            for (uint32_t cp : decode_utf8(utf8))
                add(cp);
            return;
        }
    for (unsigned char c : utf8)
        add(c);
}

void CodepointSet::add_display(std::string_view utf8)
{
    add_text(utf8);
    if (has_right_to_left(utf8))
        add_text(shape_for_display(utf8));
}

bool CodepointSet::contains(uint32_t c) const
{
    return c < kMaxCodepoint && !bits_.empty() && (bits_[c / 64] >> (c % 64)) & 1;
}

void CodepointSet::merge(const CodepointSet& o)
{
    if (o.bits_.empty())
        return;
    if (bits_.empty())
    {
        *this = o;
        return;
    }
    count_ = 0;
    for (size_t i = 0; i < bits_.size(); ++i)
    {
        bits_[i] |= o.bits_[i];
        count_ += static_cast<size_t>(__builtin_popcountll(bits_[i]));
    }
}

std::vector<uint32_t> CodepointSet::ranges(uint32_t lo, uint32_t hi) const
{
    std::vector<uint32_t> out;
    if (bits_.empty())
        return out;
    hi = std::min(hi, kMaxCodepoint - 1);
    for (uint32_t c = lo; c <= hi; ++c)
    {
        if (!contains(c))
            continue;
        uint32_t first = c;
        while (c + 1 <= hi && contains(c + 1))
            ++c;
        out.push_back(first);
        out.push_back(c);
    }
    return out;
}

bool is_cjk(uint32_t c)
{
    return (c >= 0x2E80 && c <= 0x9FFF) || (c >= 0xAC00 && c <= 0xD7AF) || (c >= 0xF900 && c <= 0xFAFF) ||
           (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFFEF) || (c >= 0x20000 && c <= 0x2FFFF);
}

bool is_arabic(uint32_t c)
{
    return (c >= 0x0600 && c <= 0x08FF) || (c >= 0xFB50 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFF);
}

} // namespace bp::win
