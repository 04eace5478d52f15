// Exhibitor lists: validation of every row, import into a project, list export (the CSV itself is
// read and written in csv_table.cpp).
//
// Index:
//   [SECTION] Row validation and import
//   [SECTION] Exhibitor-to-booth list
#include "exhibitor_list.h"

#include "countries.h"
#include "file_util.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <map>
#include <set>
#include <unordered_map>

namespace bp
{

// [SECTION] Row validation and import ------------------------------------------------------------

static std::string trim(const std::string& s)
{
    size_t a = s.find_first_not_of(" \t"), b = s.find_last_not_of(" \t");
    return a == std::string::npos ? std::string() : s.substr(a, b - a + 1);
}

static std::string lower(std::string s)
{
    for (char& c : s)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

static std::vector<std::string> split_list(const std::string& s)
{
    std::vector<std::string> out;
    size_t start = 0;
    while (start <= s.size())
    {
        size_t end = s.find(';', start);
        std::string part = trim(s.substr(start, end == std::string::npos ? std::string::npos : end - start));
        if (!part.empty())
            out.push_back(part);
        if (end == std::string::npos)
            break;
        start = end + 1;
    }
    return out;
}

// A colour from a name, stable across runs and platforms (FNV-1a, then kept mid-bright).
static uint32_t colour_for(const std::string& name)
{
    uint32_t h = 2166136261u;
    for (unsigned char c : name)
        h = (h ^ c) * 16777619u;
    uint32_t r = 80 + (h & 0xFF) % 150, g = 80 + ((h >> 8) & 0xFF) % 150, b = 80 + ((h >> 16) & 0xFF) % 150;
    return (r << 16) | (g << 8) | b;
}

namespace
{

const char* const kColumns[] = {"id",          "name",     "name_local",  "country",  "region",
                                "sector",      "area_m2",  "booth_kind",  "pavilion", "prefer",
                                "competitors", "priority", "locked_booth"};
const char* const kRequired[] = {"id", "name", "country", "sector", "area_m2"};

// Reading a table into the lists of a ReplaceExhibitors edit. Sectors and pavilions start as the
// project's and grow by the names the rows bring.
class ListReader
{
public:
    ListReader(const Project& project, const Table& table) : project_(project), table_(table), file_(table.file)
    {
        next_.sectors = project.sectors;
        next_.pavilions = project.pavilions;
        for (size_t i = 0; i < next_.sectors.size(); ++i)
            sector_ids_.emplace(next_.sectors[i].name, static_cast<int32_t>(i));
        for (size_t i = 0; i < next_.pavilions.size(); ++i)
            pavilion_ids_.emplace(next_.pavilions[i].name, static_cast<int32_t>(i));
        for (const Block& b : project.blocks)
            module_numbers_.insert(b.numbers.begin(), b.numbers.end());
    }

    ExhibitorImport read()
    {
        if (table_.rows.empty())
            throw InputError(file_, 1, "", "empty list: expected a header line");
        if (table_.rows[0].cells.size() > 1000)
            throw InputError(file_, table_.rows[0].line, "",
                             "a header of more than 1000 columns: not an exhibitor list");
        read_header();
        collect_ids();
        for (size_t r = 1; r < table_.rows.size(); ++r)
            read_row(table_.rows[r]);
        if (table_.rows.size() < 2)
            warnings_.push_back({file_, table_.rows[0].line, "", "no exhibitors below the header"});
        if (!errors_.empty())
            throw InputError(errors_);
        link_competitors();
        hold_booths();
        next_.label = EditLabel(EditWords::ImportExhibitorList, {file_});
        return {std::move(next_), std::move(warnings_)};
    }

private:
    // Enough problems to fix the file; a hostile one never fills memory with them.
    void error(Problem p)
    {
        errors_.push_back(std::move(p));
        if (errors_.size() >= 100)
        {
            errors_.push_back({file_, errors_.back().line, "", "stopped after 100 problems"});
            throw InputError(errors_);
        }
    }

    // Header: case-insensitive names in any order.
    void read_header()
    {
        const TableRow& header = table_.rows[0];
        for (size_t c = 0; c < header.cells.size(); ++c)
        {
            std::string name = lower(trim(header.cells[c]));
            bool known = std::find(std::begin(kColumns), std::end(kColumns), name) != std::end(kColumns);
            if (!known)
                warnings_.push_back({file_, header.line, header.cells[c], "unknown column ignored"});
            else if (col_.count(name))
                error({file_, header.line, name, "column appears twice"});
            else
                col_[name] = c;
        }
        for (const char* req : kRequired)
            if (!col_.count(req))
                errors_.push_back({file_, header.line, req, "required column missing"});
        if (!errors_.empty())
            throw InputError(errors_);
    }

    // First pass: ids, so competitor references can be checked regardless of order.
    void collect_ids()
    {
        for (size_t r = 1; r < table_.rows.size(); ++r)
        {
            const TableRow& row = table_.rows[r];
            if (row.cells.size() != table_.rows[0].cells.size())
                continue; // reported by read_row
            std::string id = trim(row.cells[col_["id"]]);
            if (!id.empty() && !first_line_.emplace(id, row.line).second)
                error({file_, row.line, "id",
                       "duplicate exhibitor id " + id + " (first on line " + std::to_string(first_line_[id]) + ")"});
        }
    }

    struct Row
    {
        ListReader& reader;
        const TableRow& row;
        std::string get(const char* name) const
        {
            auto it = reader.col_.find(name);
            return it == reader.col_.end() ? std::string() : trim(row.cells[it->second]);
        }
        void bad(const char* column, std::string msg) const
        {
            reader.error({reader.file_, row.line, column, std::move(msg)});
        }
    };

    void read_row(const TableRow& table_row)
    {
        const size_t width = table_.rows[0].cells.size();
        if (table_row.cells.size() != width)
        {
            error(
                {file_, table_row.line, "",
                 "has " + std::to_string(table_row.cells.size()) + " fields, the header has " + std::to_string(width)});
            return;
        }
        const Row row{*this, table_row};
        // In the order of the columns, so problems are listed as a planner reads the row.
        Exhibitor e;
        read_identity(row, e);
        read_sector(row, e);
        read_area(row, e);
        read_pavilion(row, e);
        read_preferences(row, e);
        competitor_codes_.push_back(split_list(row.get("competitors")));
        if (competitor_codes_.back().size() > 100)
        {
            row.bad("competitors", "more than 100 competitors");
            competitor_codes_.back().clear();
        }
        for (const std::string& c : competitor_codes_.back())
        {
            if (!first_line_.count(c))
                row.bad("competitors", "unknown exhibitor id " + c);
            else if (c == e.code)
                row.bad("competitors", "an exhibitor cannot be its own competitor");
        }
        read_priority_and_pin(row, e);
        next_.exhibitors.push_back(std::move(e));
    }

    static void read_identity(const Row& row, Exhibitor& e)
    {
        e.code = row.get("id");
        if (e.code.empty())
            row.bad("id", "empty");
        e.name = row.get("name");
        if (e.name.empty())
            row.bad("name", "empty");
        e.name_local = row.get("name_local");
        e.country = row.get("country");
        for (char& c : e.country)
            c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        if (!is_iso_country(e.country))
            row.bad("country", "'" + row.get("country") + "' is not an ISO 3166-1 alpha-2 code (CN, IR, HK, ...)");
        e.region = row.get("region");
    }

    static void read_area(const Row& row, Exhibitor& e)
    {
        std::string area = row.get("area_m2");
        double a = 0;
        auto [ptr, ec] = std::from_chars(area.data(), area.data() + area.size(), a);
        if (area.empty() || ec != std::errc() || ptr != area.data() + area.size() || !std::isfinite(a))
            row.bad("area_m2", "'" + area + "' is not a number");
        else if (a <= 0)
            row.bad("area_m2", "must be > 0, is " + area);
        e.area_m2 = a;
        std::string kind = lower(row.get("booth_kind"));
        if (auto k = parse_booth_kind(kind.empty() ? "shell" : kind))
            e.booth_kind = *k;
        else
            row.bad("booth_kind", "'" + row.get("booth_kind") + "' is neither shell nor raw");
        if (e.booth_kind == BoothKind::Raw && a > 0 && a < 36)
            row.bad("area_m2", "raw space needs at least 36 m², asks " + area);
    }

    // The exhibitor's sector and pavilion are created when the list names a new one.
    void read_sector(const Row& row, Exhibitor& e)
    {
        std::string sector = row.get("sector");
        if (sector.empty())
            row.bad("sector", "empty");
        else
            e.sector = find_or_add<SectorId>(next_.sectors, sector_ids_, sector,
                                             [&] {
                                                 return Sector{sector, colour_for(sector), std::nullopt};
                                             });
    }

    void read_pavilion(const Row& row, Exhibitor& e)
    {
        std::string pavilion = row.get("pavilion");
        if (pavilion.empty())
            return;
        e.pavilion = find_or_add<PavilionId>(next_.pavilions, pavilion_ids_, pavilion,
                                             [&]
                                             {
                                                 Pavilion v;
                                                 v.name = pavilion;
                                                 v.country = e.country;
                                                 v.region = e.region;
                                                 v.colour = colour_for(pavilion);
                                                 // National pavilions reserve shared space.
                                                 v.shared_space_share = e.country != "CN" ? 0.3 : 0.0;
                                                 return v;
                                             });
    }

    // Found by name in INDEX, so that a list of 10^5 exhibitors in as many pavilions imports in linear time.
    template <class IdT, class T, class Make>
    static IdT find_or_add(std::vector<T>& list, std::unordered_map<std::string, int32_t>& index,
                           const std::string& name, Make make)
    {
        auto [it, added] = index.emplace(name, static_cast<int32_t>(list.size()));
        if (added)
            list.push_back(make());
        return IdT(it->second);
    }

    void read_preferences(const Row& row, Exhibitor& e) const
    {
        std::vector<std::string> prefs = split_list(row.get("prefer"));
        if (prefs.size() > 16)
        {
            row.bad("prefer", "more than 16 preferences");
            prefs.clear();
        }
        for (const std::string& p : prefs)
        {
            auto pref = parse_preference(lower(p.substr(0, 5)) == "hall:" ? "hall:" + p.substr(5) : lower(p));
            if (!pref)
                row.bad("prefer", "'" + p + "' is not one of corner, island, main_aisle, entrance, hall:ID");
            else if (pref->kind == PreferenceKind::Hall && !project_.venue.halls.empty() &&
                     !project_.find_hall(pref->hall))
                row.bad("prefer", "hall '" + pref->hall + "' is not in the venue");
            else
                e.prefer.push_back(*pref);
        }
    }

    void read_priority_and_pin(const Row& row, Exhibitor& e) const
    {
        std::string priority = row.get("priority");
        if (!priority.empty())
        {
            auto [pp, pec] = std::from_chars(priority.data(), priority.data() + priority.size(), e.priority);
            if (pec != std::errc() || pp != priority.data() + priority.size())
                row.bad("priority", "'" + priority + "' is not an integer");
        }
        e.locked_booth = row.get("locked_booth");
        if (!e.locked_booth.empty() && !module_numbers_.empty() &&
            !module_numbers_.count(e.locked_booth.substr(0, e.locked_booth.find('-'))))
            row.bad("locked_booth", "booth " + e.locked_booth + " is not in the booth grid");
    }

    void link_competitors()
    {
        for (size_t i = 0; i < next_.exhibitors.size(); ++i)
            by_code_.emplace(next_.exhibitors[i].code, ExhibitorId(static_cast<int32_t>(i)));
        for (size_t i = 0; i < next_.exhibitors.size(); ++i)
            for (const std::string& c : competitor_codes_[i])
                next_.exhibitors[i].competitors.push_back(by_code_.at(c));
    }

    // Booths keep exhibitors that are still on the list; the others' booths become free.
    void hold_booths()
    {
        next_.holders.reserve(project_.booths.size());
        for (const Booth& b : project_.booths)
        {
            BoothHolder h{b.exhibitor, b.status};
            if (b.exhibitor)
            {
                auto it = by_code_.find(project_.exhibitor(b.exhibitor).code);
                h = it != by_code_.end() ? BoothHolder{it->second, b.status} : BoothHolder{};
            }
            next_.holders.push_back(h);
        }
    }

    const Project& project_;
    const Table& table_;
    const std::string& file_;
    ReplaceExhibitors next_;
    std::vector<Problem> errors_, warnings_;
    std::map<std::string, size_t> col_;
    std::set<std::string> module_numbers_;
    std::unordered_map<std::string, int> first_line_;
    std::vector<std::vector<std::string>> competitor_codes_;
    std::unordered_map<std::string, ExhibitorId> by_code_;
    std::unordered_map<std::string, int32_t> sector_ids_, pavilion_ids_; // names to indices in next_
};

} // namespace

ExhibitorImport import_exhibitors(const Project& project, const Table& table)
{
    return ListReader(project, table).read();
}

// [SECTION] Exhibitor-to-booth list -----------------------------------------------------------------

static std::string number_text(double v)
{
    char buf[32];
    auto [p, ec] = std::to_chars(buf, buf + sizeof buf, v);
    return ec == std::errc() ? std::string(buf, p) : std::string("0");
}

std::vector<std::vector<std::string>> exhibitor_booth_rows(const Project& p)
{
    std::vector<BoothId> booth_of(p.exhibitors.size());
    for (size_t i = 0; i < p.booths.size(); ++i)
        if (p.booths[i].exhibitor)
            booth_of[p.booths[i].exhibitor.index()] = BoothId(static_cast<int32_t>(i));

    std::vector<size_t> order(p.exhibitors.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    auto key = [&](size_t i)
    {
        BoothId b = booth_of[i];
        if (!b)
            return std::tuple(1, std::string(), std::string(), p.exhibitors[i].code);
        const Booth& booth = p.booth(b);
        return std::tuple(0, p.hall(booth.hall).code, booth.number, p.exhibitors[i].code);
    };
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return key(a) < key(b); });

    std::vector<std::vector<std::string>> rows;
    rows.push_back({"id", "name", "name_local", "country", "region", "sector", "area_m2", "booth_kind", "pavilion",
                    "prefer", "competitors", "priority", "locked_booth", "booth", "hall", "booth_area_m2",
                    "booth_type"});
    for (size_t i : order)
    {
        const Exhibitor& e = p.exhibitors[i];
        std::string prefer, rivals;
        for (const Preference& pr : e.prefer)
            prefer += (prefer.empty() ? "" : ";") + to_string(pr);
        for (ExhibitorId c : e.competitors)
            rivals += (rivals.empty() ? "" : ";") + p.exhibitor(c).code;
        std::vector<std::string> row = {e.code,
                                        e.name,
                                        e.name_local,
                                        e.country,
                                        e.region,
                                        e.sector ? p.sector(e.sector).name : "",
                                        number_text(e.area_m2),
                                        to_string(e.booth_kind),
                                        e.pavilion ? p.pavilion(e.pavilion).name : "",
                                        prefer,
                                        rivals,
                                        std::to_string(e.priority),
                                        e.locked_booth};
        if (BoothId b = booth_of[i])
        {
            const Booth& booth = p.booth(b);
            const Block& block = p.block(booth.cells.block);
            row.insert(row.end(), {booth.number, p.hall(booth.hall).code, number_text(booth_area(block, booth.cells)),
                                   to_string(booth_type(block, booth.cells))});
        }
        else
            row.insert(row.end(), {"", "", "", ""});
        rows.push_back(std::move(row));
    }
    return rows;
}

} // namespace bp
