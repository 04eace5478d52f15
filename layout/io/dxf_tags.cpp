// Strict ASCII DXF reading: tags, header units, entities (see dxf_tags.h).
#include "dxf_tags.h"

#include "layout/model/diagnostics.h"

#include <charconv>
#include <cmath>
#include <cstring>

namespace bp
{

namespace
{

constexpr size_t kMaxBytes = size_t(1) << 30;

std::string_view trim(std::string_view s)
{
    while (!s.empty() && (s.back() == '\r' || s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    return s;
}

std::vector<DxfTag> split_tags(const std::string& bytes, const std::string& file)
{
    if (bytes.size() > kMaxBytes)
        throw InputError(file, 0, "", "file larger than 1 GiB");
    if (bytes.compare(0, 18, "AutoCAD Binary DXF") == 0)
        throw InputError(file, 1, "", "binary DXF is not supported; save the drawing as ASCII DXF");
    std::vector<DxfTag> tags;
    size_t pos = 0;
    int line = 0;
    auto next_line = [&](std::string_view& out)
    {
        if (pos >= bytes.size())
            return false;
        size_t end = bytes.find('\n', pos);
        if (end == std::string::npos)
            end = bytes.size();
        out = std::string_view(bytes).substr(pos, end - pos);
        pos = end + 1;
        ++line;
        return true;
    };
    std::string_view code_line, value_line;
    while (next_line(code_line))
    {
        int code_at = line;
        std::string_view c = trim(code_line);
        if (c.empty() && pos >= bytes.size())
            break; // trailing newline
        int code = 0;
        auto [ptr, ec] = std::from_chars(c.data(), c.data() + c.size(), code);
        if (ec != std::errc() || ptr != c.data() + c.size() || code < 0 || code > 1071)
            throw InputError(file, code_at, "",
                             "expected a DXF group code (an integer 0-1071), found '" + std::string(c.substr(0, 40)) +
                                 "'");
        if (!next_line(value_line))
            throw InputError(file, code_at, "",
                             "group code " + std::to_string(code) + " has no value (file truncated?)");
        std::string_view v = value_line;
        while (!v.empty() && v.back() == '\r')
            v.remove_suffix(1);
        tags.push_back({code, std::string(code == 1 || code == 3 ? v : trim(v)), code_at});
        if (code == 0 && tags.back().value == "EOF")
            return tags;
    }
    throw InputError(file, line, "", "no 0/EOF at the end (file truncated?)");
}

} // namespace

double dxf_number(const DxfTag& tag, const std::string& file)
{
    double v = 0;
    const char* b = tag.value.data();
    auto [ptr, ec] = std::from_chars(b, b + tag.value.size(), v);
    if (ec != std::errc() || ptr != b + tag.value.size() || !std::isfinite(v) || std::fabs(v) > 1e12)
        throw InputError(file, tag.line + 1, "",
                         "group " + std::to_string(tag.code) + ": '" + tag.value.substr(0, 40) + "' is not a number");
    return v;
}

int dxf_int(const DxfTag& tag, const std::string& file)
{
    int v = 0;
    const char* b = tag.value.data();
    auto [ptr, ec] = std::from_chars(b, b + tag.value.size(), v);
    if (ec != std::errc() || ptr != b + tag.value.size())
        throw InputError(file, tag.line + 1, "",
                         "group " + std::to_string(tag.code) + ": '" + tag.value.substr(0, 40) + "' is not an integer");
    return v;
}

DxfDrawing read_dxf(const std::string& bytes, const std::string& file)
{
    std::vector<DxfTag> tags = split_tags(bytes, file);
    DxfDrawing d;
    size_t i = 0, n = tags.size();
    while (i < n)
    {
        const DxfTag& t = tags[i];
        if (t.code == 0 && t.value == "EOF")
            break;
        if (t.code == 999) // comment
        {
            ++i;
            continue;
        }
        if (t.code != 0 || t.value != "SECTION")
            throw InputError(file, t.line, "",
                             "expected 0/SECTION, found " + std::to_string(t.code) + "/" + t.value.substr(0, 40));
        if (i + 1 >= n || tags[i + 1].code != 2)
            throw InputError(file, t.line, "", "SECTION without a name");
        std::string name = tags[i + 1].value;
        int section_line = t.line;
        i += 2;
        DxfEntity* current = nullptr;
        bool in_polyline = false;
        while (true)
        {
            if (i >= n || (tags[i].code == 0 && tags[i].value == "EOF"))
                throw InputError(file, section_line, "", "section " + name + " is not closed by 0/ENDSEC");
            const DxfTag& tag = tags[i];
            if (tag.code == 0 && tag.value == "ENDSEC")
            {
                ++i;
                break;
            }
            if (name == "HEADER" && tag.code == 9 && tag.value == "$INSUNITS")
            {
                if (i + 1 >= n || tags[i + 1].code != 70)
                    throw InputError(file, tag.line, "", "$INSUNITS without its 70 value");
                d.insunits = dxf_int(tags[i + 1], file);
                i += 2;
                continue;
            }
            if (name == "ENTITIES")
            {
                if (tag.code == 0)
                {
                    if (tag.value == "VERTEX" && in_polyline)
                    {
                        current->vertices.emplace_back();
                        if (current->vertices.size() > 1000000)
                            throw InputError(file, tag.line, "", "polyline with more than a million vertices");
                    }
                    else if (tag.value == "SEQEND" && in_polyline)
                        in_polyline = false;
                    else
                    {
                        if (in_polyline)
                            throw InputError(file, tag.line, "", "POLYLINE not closed by SEQEND before " + tag.value);
                        d.entities.push_back({tag.value, "0", tag.line, {}, {}});
                        current = &d.entities.back();
                        in_polyline = tag.value == "POLYLINE";
                    }
                }
                else if (!current)
                    throw InputError(file, tag.line, "",
                                     "group " + std::to_string(tag.code) + " before the first entity");
                else if (in_polyline && !current->vertices.empty())
                    current->vertices.back().push_back(tag);
                else
                {
                    if (tag.code == 8)
                        current->layer = tag.value;
                    current->tags.push_back(tag);
                }
            }
            ++i;
        }
        if (in_polyline)
            throw InputError(file, section_line, "", "POLYLINE not closed by SEQEND");
    }
    return d;
}

std::string dxf_text(const std::string& raw, bool mtext)
{
    std::string out;
    auto put = [&](uint32_t cp)
    {
        if (cp < 0x80)
            out += static_cast<char>(cp);
        else if (cp < 0x800)
        {
            out += static_cast<char>(0xC0 | (cp >> 6));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        }
        else
        {
            out += static_cast<char>(0xE0 | (cp >> 12));
            out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        }
    };
    for (size_t i = 0; i < raw.size(); ++i)
    {
        char c = raw[i];
        if (c == '\\' && i + 1 < raw.size())
        {
            char k = raw[i + 1];
            if ((k == 'U' || k == 'u') && i + 6 < raw.size() + 0 && raw[i + 2] == '+')
            {
                uint32_t cp = 0;
                auto [ptr, ec] = std::from_chars(raw.data() + i + 3, raw.data() + std::min(raw.size(), i + 7), cp, 16);
                if (ec == std::errc() && ptr == raw.data() + i + 7)
                {
                    put(cp);
                    i += 6;
                    continue;
                }
            }
            if (mtext)
            {
                if (k == 'P' || k == '~')
                {
                    out += ' ';
                    ++i;
                    continue;
                }
                if (k == '\\' || k == '{' || k == '}')
                {
                    out += k;
                    ++i;
                    continue;
                }
                if (std::strchr("fFHCcTQWApLlOoKk", k))
                {
                    // \fArial|b0;  \H2.5;  \L (no argument) ...
                    if (std::strchr("LlOoKk", k))
                        ++i;
                    else
                    {
                        size_t semi = raw.find(';', i);
                        i = semi == std::string::npos ? raw.size() : semi;
                    }
                    continue;
                }
            }
        }
        if (mtext && (c == '{' || c == '}'))
            continue;
        out += c;
    }
    // Trim.
    size_t b = out.find_first_not_of(" \t"), e = out.find_last_not_of(" \t");
    return b == std::string::npos ? std::string() : out.substr(b, e - b + 1);
}

} // namespace bp
