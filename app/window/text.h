// Text the window draws: Persian and other right-to-left names pre-shaped by FriBidi into Arabic
// presentation forms in visual order (ImGui 1.86 draws codepoints without shaping, DESIGN §6), and
// the codepoints in use, from which the font atlas builds its glyph ranges. No GL, no ImGui.
#pragma once

#include "layout/model/utf8.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace bp::win
{

using bp::decode_utf8; // invalid bytes become U+FFFD
using bp::encode_utf8;

// True when the text holds right-to-left letters (Hebrew, Arabic, Persian and their forms).
bool has_right_to_left(std::string_view text);

// The text as ImGui must draw it: unchanged when it has no right-to-left letters; otherwise joined
// (Arabic presentation forms) and in visual order, so a left-to-right renderer shows it correctly.
std::string shape_for_display(std::string_view text);

// Shaped strings kept for the frames that draw them again (names in lists, the inspector).
class ShapedCache
{
public:
    const std::string& operator()(const std::string& text);
    void clear() { cache_.clear(); }

private:
    std::unordered_map<std::string, std::string> cache_;
};

// The set of codepoints a font atlas must hold.
class CodepointSet
{
public:
    void add(uint32_t c);
    void add_text(std::string_view utf8);    // as written
    void add_display(std::string_view utf8); // as shape_for_display draws it
    bool contains(uint32_t c) const;
    void merge(const CodepointSet& other);
    size_t size() const { return count_; }
    // Sorted inclusive ranges [first, last] of the codepoints in [lo, hi], pairs as ImGui glyph ranges
    // want them (without the terminating zero).
    std::vector<uint32_t> ranges(uint32_t lo, uint32_t hi) const;

private:
    std::vector<uint64_t> bits_; // one bit per codepoint below U+30000
    size_t count_ = 0;
};

// Han, kana, CJK punctuation and full-width forms: drawn from the CJK font.
bool is_cjk(uint32_t c);
// Arabic letters and their presentation forms: drawn from the Arabic font, merged larger.
bool is_arabic(uint32_t c);

} // namespace bp::win
