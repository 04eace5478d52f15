// Exhibitor lists as CSV: strict reading (UTF-8, BOM, RFC 4180 quoting, LF/CRLF, every problem with
// its line) and writing that spreadsheet programs open with the names intact.
#include "exhibitor_list.h"

#include "file_util.h"

#include <string>
#include <string_view>
#include <vector>

namespace bp
{
// Returns the byte offset of the first invalid UTF-8 sequence, or npos.
static size_t first_invalid_utf8(const std::string& s)
{
    const auto* b = reinterpret_cast<const unsigned char*>(s.data());
    size_t i = 0, n = s.size();
    while (i < n)
    {
        unsigned char c = b[i];
        size_t len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
        if (len == 0 || i + len > n)
            return i;
        uint32_t cp = len == 1 ? c : len == 2 ? (c & 0x1Fu) : len == 3 ? (c & 0x0Fu) : (c & 0x07u);
        for (size_t k = 1; k < len; ++k)
        {
            if ((b[i + k] & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (b[i + k] & 0x3Fu);
        }
        // Overlong forms, surrogates and values past U+10FFFF are not UTF-8.
        static constexpr uint32_t kMin[5] = {0, 0, 0x80, 0x800, 0x10000};
        if (cp < kMin[len] || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF)
            return i;
        i += len;
    }
    return std::string::npos;
}

static int line_at(const std::string& s, size_t offset)
{
    return 1 + static_cast<int>(std::count(s.begin(), s.begin() + static_cast<std::ptrdiff_t>(offset), '\n'));
}

Table parse_csv_table(const std::string& raw, const std::string& file)
{
    size_t bad = first_invalid_utf8(raw);
    if (bad != std::string::npos)
        throw InputError(file, line_at(raw, bad), "",
                         "not UTF-8: invalid byte 0x" +
                             std::string(1, "0123456789ABCDEF"[static_cast<unsigned char>(raw[bad]) >> 4]) +
                             std::string(1, "0123456789ABCDEF"[static_cast<unsigned char>(raw[bad]) & 15]) +
                             " at byte offset " + std::to_string(bad) +
                             " (save the list as UTF-8; GBK and Windows-1256 are not read)");
    std::string_view s(raw);
    if (s.substr(0, 3) == "\xEF\xBB\xBF")
        s.remove_prefix(3);

    Table table{file, {}};
    std::vector<Problem> problems;
    // Bounds (exhibitor_list.h): a hostile file is refused before it takes the machine's memory.
    auto note = [&](int at, size_t column, const char* message)
    {
        problems.push_back({file, at, "column " + std::to_string(column + 1), message});
        if (problems.size() >= 100)
        {
            problems.push_back({file, at, "", "stopped after 100 problems"});
            throw InputError(problems);
        }
    };
    auto too_long = [&](int at, size_t column)
    {
        throw InputError(file, at, "column " + std::to_string(column + 1),
                         "field longer than " + std::to_string(kMaxFieldBytes >> 10) + " KiB: not an exhibitor list");
    };
    size_t cells = 0;
    int line = 1;
    size_t i = 0;
    while (i < s.size())
    {
        TableRow row{line, {}};
        std::string cell;
        bool row_done = false;
        while (!row_done)
        {
            cell.clear();
            if (i < s.size() && s[i] == '"')
            {
                int opened = line;
                ++i;
                bool closed = false;
                while (i < s.size())
                {
                    char c = s[i++];
                    if (c == '"')
                    {
                        if (i < s.size() && s[i] == '"')
                        {
                            cell += '"';
                            ++i;
                            continue;
                        }
                        closed = true;
                        break;
                    }
                    if (c == '\n')
                        ++line;
                    cell += c;
                    if (cell.size() > kMaxFieldBytes)
                        too_long(opened, row.cells.size());
                }
                if (!closed)
                    throw InputError(file, opened, "column " + std::to_string(row.cells.size() + 1),
                                     "quoted field never closed");
                if (i < s.size() && s[i] != ',' && s[i] != '\n' &&
                    !(s[i] == '\r' && i + 1 < s.size() && s[i + 1] == '\n'))
                    note(line, row.cells.size(),
                         "text after a closing quote (quote the whole field and double inner quotes)");
            }
            else
            {
                while (i < s.size() && s[i] != ',' && s[i] != '\n' &&
                       !(s[i] == '\r' && i + 1 < s.size() && s[i + 1] == '\n'))
                {
                    if (s[i] == '"')
                        note(line, row.cells.size(), "quote inside an unquoted field (quote the whole field)");
                    cell += s[i++];
                    if (cell.size() > kMaxFieldBytes)
                        too_long(line, row.cells.size());
                }
            }
            // Skip to the field's end if a problem left characters behind.
            while (i < s.size() && s[i] != ',' && s[i] != '\n' &&
                   !(s[i] == '\r' && i + 1 < s.size() && s[i + 1] == '\n'))
                ++i;
            row.cells.push_back(cell);
            if (++cells > kMaxListCells)
                throw InputError(file, line, "",
                                 "more than " + std::to_string(kMaxListCells) + " fields: not an exhibitor list");
            if (i >= s.size())
                row_done = true;
            else if (s[i] == ',')
                ++i;
            else
            {
                i += s[i] == '\r' ? 2 : 1;
                ++line;
                row_done = true;
            }
        }
        bool blank = row.cells.size() == 1 && row.cells[0].empty();
        if (!blank)
            table.rows.push_back(std::move(row));
        if (table.rows.size() > kMaxExhibitors + 1)
            throw InputError(file, line, "",
                             "more than " + std::to_string(kMaxExhibitors) +
                                 " exhibitors: refused (the largest fair, the Canton Fair, has about 32,000)");
    }
    if (!problems.empty())
        throw InputError(problems);
    if (table.rows.empty())
        throw InputError(file, 1, "", "empty file: expected a header line with id,name,country,sector,area_m2");
    return table;
}

Table read_csv_table(const std::string& path)
{
    return parse_csv_table(read_file(path, kMaxListFileBytes, "a list of exhibitors"), path);
}

std::string write_csv(const std::vector<std::vector<std::string>>& rows)
{
    std::string out = "\xEF\xBB\xBF"; // BOM: spreadsheet programs then read the names as UTF-8
    for (const auto& row : rows)
    {
        for (size_t c = 0; c < row.size(); ++c)
        {
            if (c)
                out += ',';
            const std::string& f = row[c];
            bool quote = f.find_first_of(",\"\r\n") != std::string::npos ||
                         (!f.empty() && (f.front() == ' ' || f.back() == ' '));
            if (!quote)
            {
                out += f;
                continue;
            }
            out += '"';
            for (char ch : f)
                out += ch == '"' ? std::string("\"\"") : std::string(1, ch);
            out += '"';
        }
        out += "\r\n";
    }
    return out;
}

} // namespace bp
